package io.jenkins.plugins.pleskbackup.report;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import java.io.PrintStream;
import java.util.List;

/** Writes the result of a status query to the build log: one line per task. */
public final class TaskConsole {

    private TaskConsole() {
    }

    public static void print(PrintStream out, String serverName, TaskFilter filter, List<BackupTask> tasks) {
        out.println(Messages.TaskConsole_Header(serverName, tasks.size(), filter.describe()));
        for (BackupTask task : tasks) {
            out.println(Messages.TaskConsole_Task(task.id(), task.status().text(), task.ownerDescription(),
                    task.started() == null ? "?" : task.started().toString(),
                    task.filename().isEmpty() ? "-" : task.filename(), task.prefix().isEmpty() ? "-" : task.prefix(),
                    task.protocol().isEmpty() ? "-" : task.protocol()));
        }
    }
}
