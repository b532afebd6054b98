package io.jenkins.plugins.pleskbackup.report;

import hudson.AbortException;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.wait.RequiredStatuses;
import java.io.PrintStream;
import java.util.List;

/** The {@code require} gate of the status step and builder: exactly one task, in one of the required statuses. */
public final class StatusGate {

    private StatusGate() {
    }

    /**
     * Passes and logs a line saying so, or fails the build with a message naming the task, its status and the
     * server.
     */
    public static void check(PrintStream log, String serverName, TaskFilter filter, List<BackupTask> tasks,
            RequiredStatuses required) throws AbortException {
        if (tasks.size() != 1) {
            throw new AbortException(Messages.StatusGate_NeedsOneTask(required, tasks.size(), filter.describe(),
                    serverName));
        }
        BackupTask task = tasks.get(0);
        if (!required.accepts(task.status())) {
            throw new AbortException(Messages.StatusGate_Failed(task.id(), serverName, task.status().text(),
                    required));
        }
        log.println(Messages.StatusGate_Passed(task.id(), serverName, task.status().text(), required));
    }
}
