package io.jenkins.plugins.pleskbackup.client;

/**
 * Plesk answered {@code get-tasks-info} for a task id successfully but listed no such task: the id is wrong, belongs to
 * another user, or Plesk has already dropped the task from its list.
 */
public final class PleskTaskNotFoundException extends PleskException {

    private static final long serialVersionUID = 1L;

    private final String taskId;

    public PleskTaskNotFoundException(String serverName, String taskId) {
        super(serverName, null, "Plesk server '" + serverName + "' lists no backup task with id " + taskId + ". The"
                + " id is wrong, the task belongs to a user these credentials cannot see, or Plesk has already removed"
                + " it from its task list.", null);
        this.taskId = taskId;
    }

    public String getTaskId() {
        return taskId;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
