package io.jenkins.plugins.pleskbackup.client;

import java.util.List;

/**
 * The outcome of one {@code get-tasks-info} operation of a batched request: the tasks, or the error Plesk reported
 * for this operation alone. Other operations of the same packet may still have succeeded.
 *
 * @param filter the filter the operation was sent with
 * @param tasks the tasks Plesk listed; empty when {@code error} is set
 * @param error the operation's error, or {@code null}
 */
public record TaskQueryResult(TaskFilter filter, List<BackupTask> tasks, PleskOperationException error) {

    public TaskQueryResult {
        tasks = List.copyOf(tasks);
    }

    /** Returns the tasks, or throws the operation's error. */
    public List<BackupTask> tasksOrThrow() throws PleskOperationException {
        if (error != null) {
            throw error;
        }
        return tasks;
    }
}
