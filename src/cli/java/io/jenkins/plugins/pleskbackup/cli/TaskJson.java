package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.OwnerKind;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import java.util.List;

/**
 * Writes the result of {@code status --json} as one JSON object (RFC 8259) on one line:
 *
 * <pre>
 * {"server":"plesk.example.com:8443","filter":{"type":"customer-id","value":"7"},
 *  "tasks":[{"taskId":"5472","status":"working","ownerType":"customer","ownerId":"7",
 *            "started":"2008-10-25T01:21:26Z","startedEpochSeconds":1224897686,
 *            "prefix":"","filename":"","protocol":"local"}]}
 * </pre>
 *
 * Ids are strings, exactly as Plesk sent them. {@code ownerId}, {@code started} and {@code startedEpochSeconds} are
 * {@code null} when Plesk gave no value; {@code filter.type} is {@code none}, {@code task-id}, {@code server} or the
 * owner element such as {@code webspace-name}. Every character outside printable ASCII is written as a JSON Unicode
 * escape (backslash, {@code u}, four hex digits), so the output stays valid whatever encoding the terminal uses.
 */
final class TaskJson {

    private TaskJson() {
    }

    static String write(String serverName, TaskFilter filter, List<BackupTask> tasks) {
        StringBuilder json = new StringBuilder(256 + 256 * tasks.size());
        json.append("{\"server\":").append(string(serverName));
        json.append(",\"filter\":").append(filter(filter));
        json.append(",\"tasks\":[");
        for (int i = 0; i < tasks.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(task(tasks.get(i)));
        }
        return json.append("]}").toString();
    }

    private static String filter(TaskFilter filter) {
        String type;
        String value;
        if (filter.taskId() != null) {
            type = "task-id";
            value = filter.taskId();
        } else if (filter.owner() != null) {
            type = filter.owner().kind().element();
            value = filter.owner().value();
        } else {
            type = "none";
            value = null;
        }
        return "{\"type\":" + string(type) + ",\"value\":" + string(value) + "}";
    }

    private static String task(BackupTask task) {
        StringBuilder json = new StringBuilder();
        json.append("{\"taskId\":").append(string(task.id()));
        json.append(",\"status\":").append(string(task.status().text()));
        json.append(",\"ownerType\":").append(string(task.ownerKind().displayName()));
        json.append(",\"ownerId\":").append(string(task.ownerKind() == OwnerKind.SERVER ? null : task.ownerId()));
        json.append(",\"started\":").append(task.started() == null ? "null"
                : string(TaskTable.formatInstant(task.started())));
        json.append(",\"startedEpochSeconds\":").append(task.started() == null ? "null"
                : Long.toString(task.started().getEpochSecond()));
        json.append(",\"prefix\":").append(string(task.prefix()));
        json.append(",\"filename\":").append(string(task.filename()));
        json.append(",\"protocol\":").append(string(task.protocol()));
        return json.append('}').toString();
    }

    /** Returns a JSON string literal, or {@code null} for a null value. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    literal.append("\\\"");
                    break;
                case '\\':
                    literal.append("\\\\");
                    break;
                case '\n':
                    literal.append("\\n");
                    break;
                case '\r':
                    literal.append("\\r");
                    break;
                case '\t':
                    literal.append("\\t");
                    break;
                case '\b':
                    literal.append("\\b");
                    break;
                case '\f':
                    literal.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c > 0x7E) {
                        // Escapes UTF-16 units one by one, which keeps surrogate pairs intact as JSON requires.
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                    break;
            }
        }
        return literal.append('"').toString();
    }
}
