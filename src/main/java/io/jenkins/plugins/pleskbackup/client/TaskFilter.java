package io.jenkins.plugins.pleskbackup.client;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The filter of one {@code get-tasks-info} operation. Plesk accepts zero or one filter element
 * ({@code BackupGetBackupStatusInput} in {@code backup.xsd}): a task id, or the owner of the tasks. Without a filter
 * Plesk lists the tasks of the user who sent the request.
 */
public final class TaskFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code BackupTaskIdType}: an optional minus sign and digits. */
    private static final Pattern TASK_ID = Pattern.compile("-?[0-9]{1,18}");

    private static final TaskFilter NONE = new TaskFilter(null, null);

    private final String taskId;
    private final BackupTarget owner;

    private TaskFilter(String taskId, BackupTarget owner) {
        this.taskId = taskId;
        this.owner = owner;
    }

    /** No filter: the tasks of the user who sends the request. */
    public static TaskFilter none() {
        return NONE;
    }

    /** One task by id; the id must be a whole number. */
    public static TaskFilter taskId(String taskId) {
        return new TaskFilter(requireTaskId(taskId), null);
    }

    /** The tasks of a server, reseller, customer or webspace. */
    public static TaskFilter owner(BackupTarget owner) {
        return new TaskFilter(null, Objects.requireNonNull(owner, "owner"));
    }

    /**
     * Checks a task id as Plesk's schema does and returns it without surrounding whitespace or leading zeros.
     * Plesk returns ids in that form, so {@code 05472} must become {@code 5472} to match the task it names.
     *
     * @throws IllegalArgumentException with a message for the user when the id is not a whole number
     */
    public static String requireTaskId(String taskId) {
        String trimmed = taskId == null ? "" : taskId.strip();
        if (!TASK_ID.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("The task id '" + trimmed
                    + "' is not valid: Plesk task ids are whole numbers such as 5472.");
        }
        return Long.toString(Long.parseLong(trimmed));
    }

    /** The task id, or {@code null} when this filter does not select one task. */
    public String taskId() {
        return taskId;
    }

    /** The owner, or {@code null} when this filter selects a task id or nothing. */
    public BackupTarget owner() {
        return owner;
    }

    public boolean isNone() {
        return taskId == null && owner == null;
    }

    /** Description for messages, for example {@code task-id 5472}, {@code customer-id 7} or {@code no filter}. */
    public String describe() {
        if (taskId != null) {
            return "task-id " + taskId;
        }
        return owner != null ? owner.describe() : "no filter";
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TaskFilter)) {
            return false;
        }
        TaskFilter that = (TaskFilter) other;
        return Objects.equals(taskId, that.taskId) && Objects.equals(owner, that.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskId, owner);
    }

    @Override
    public String toString() {
        return describe();
    }
}
