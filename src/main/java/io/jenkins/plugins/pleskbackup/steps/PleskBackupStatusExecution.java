package io.jenkins.plugins.pleskbackup.steps;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.connection.PleskConnections;
import io.jenkins.plugins.pleskbackup.connection.ResolvedServer;
import io.jenkins.plugins.pleskbackup.connection.ServerReference;
import io.jenkins.plugins.pleskbackup.report.StatusGate;
import io.jenkins.plugins.pleskbackup.report.TaskConsole;
import io.jenkins.plugins.pleskbackup.report.TaskResults;
import io.jenkins.plugins.pleskbackup.wait.RequiredStatuses;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs one status query on a pooled thread. The query is short and bounded by the server's timeouts, so a blocking
 * execution is enough. If the controller restarts in the middle of it, Pipeline fails the step, and the script may
 * simply run it again.
 */
final class PleskBackupStatusExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final ServerReference server;
    private final TaskFilter filter;
    private final RequiredStatuses required;

    PleskBackupStatusExecution(StepContext context, ServerReference server, TaskFilter filter,
            RequiredStatuses required) {
        super(context);
        this.server = server;
        this.filter = filter;
        this.required = required;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        ResolvedServer resolved = PleskConnections.resolve(server, run);
        String serverName = resolved.displayName();

        List<BackupTask> tasks;
        try {
            tasks = PleskConnections.client(resolved.settings()).listTasks(filter);
        } catch (PleskException e) {
            throw new AbortException(e.getMessage());
        }
        TaskConsole.print(listener.getLogger(), serverName, filter, tasks);

        if (required != null) {
            StatusGate.check(listener.getLogger(), serverName, filter, tasks, required);
        }
        return TaskResults.status(serverName, filter, tasks);
    }

    @Override
    public String getStatus() {
        return Messages.PleskBackupStatusStep_Status(filter.describe(), server);
    }
}
