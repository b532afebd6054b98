package io.jenkins.plugins.pleskbackup.report;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.OwnerKind;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.wait.Verdict;
import io.jenkins.plugins.pleskbackup.wait.WaitResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values steps return to Pipeline scripts: plain maps of strings, numbers, booleans and lists, which are
 * serializable and which sandboxed scripts read without script approval ({@code result.status},
 * {@code result.tasks[0].filename}).
 */
public final class TaskResults {

    private TaskResults() {
    }

    /**
     * One task: {@code taskId}, {@code status} (as Plesk wrote it, for example {@code finished}), {@code ownerType}
     * ({@code server}, {@code reseller}, {@code customer} or {@code webspace}), {@code ownerId} (null for the server),
     * {@code started} (ISO-8601 UTC, or null), {@code startedEpochSeconds} (or null), {@code prefix},
     * {@code filename} and {@code protocol}.
     */
    public static Map<String, Object> task(BackupTask task) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("taskId", task.id());
        values.put("status", task.status().text());
        values.put("ownerType", task.ownerKind().displayName());
        values.put("ownerId", task.ownerKind() == OwnerKind.SERVER ? null : task.ownerId());
        values.put("started", task.started() == null ? null : task.started().toString());
        values.put("startedEpochSeconds", task.started() == null ? null : task.started().getEpochSecond());
        values.put("prefix", task.prefix());
        values.put("filename", task.filename());
        values.put("protocol", task.protocol());
        return values;
    }

    /**
     * Result of {@code pleskBackupStatus}: {@code serverName}, {@code filter}, {@code count} and {@code tasks}; when
     * exactly one task matched, also that task's fields at the top level.
     */
    public static Map<String, Object> status(String serverName, TaskFilter filter, List<BackupTask> tasks) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("serverName", serverName);
        values.put("filter", filter.describe());
        values.put("count", tasks.size());
        List<Map<String, Object>> taskValues = new ArrayList<>(tasks.size());
        for (BackupTask task : tasks) {
            taskValues.add(task(task));
        }
        values.put("tasks", taskValues);
        if (tasks.size() == 1) {
            values.putAll(task(tasks.get(0)));
        }
        return values;
    }

    /**
     * Result of {@code waitForPleskBackup}: the keys of {@link #status} for a {@code task-id} query (the task's fields
     * when Plesk reported it, {@code count} 1 or 0, {@code tasks}), plus {@code outcome} ({@code FINISHED},
     * {@code FAILED}, {@code STOPPED}, {@code TIMED_OUT} or {@code TASK_NOT_FOUND}), {@code result} ({@code SUCCESS},
     * {@code UNSTABLE} or {@code FAILURE}), {@code succeeded} (whether the result is SUCCESS) and
     * {@code waitedSeconds}. Scripts can therefore read both steps' results the same way.
     */
    public static Map<String, Object> wait(String serverName, String taskId, WaitResult result, Verdict verdict,
            String lastStatusText) {
        List<BackupTask> tasks = result.lastTask() == null ? List.of() : List.of(result.lastTask());
        Map<String, Object> values = status(serverName, TaskFilter.taskId(taskId), tasks);
        if (tasks.isEmpty()) {
            values.put("taskId", taskId);
            values.put("status", lastStatusText);
        }
        values.put("outcome", result.outcome().name());
        values.put("result", verdict.name());
        values.put("waitedSeconds", result.waitedMillis() / 1000);
        values.put("succeeded", verdict == Verdict.SUCCESS);
        return values;
    }

    /** Status as shown in environment variables: upper case, for example {@code FINISHED}. */
    public static String environmentStatus(BackupTask task) {
        return task.status().isKnown() ? task.status().name() : task.status().text().toUpperCase(Locale.ROOT);
    }
}
