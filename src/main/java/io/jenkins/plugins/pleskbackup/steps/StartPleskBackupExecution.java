package io.jenkins.plugins.pleskbackup.steps;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.pleskbackup.client.BackupRequest;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.connection.PleskConnections;
import io.jenkins.plugins.pleskbackup.connection.ResolvedServer;
import io.jenkins.plugins.pleskbackup.connection.ServerReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Sends one {@code backup-*} operation on a pooled thread. A restart in the middle fails the step rather than
 * repeating it, since sending it twice would start two backups.
 */
final class StartPleskBackupExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final ServerReference server;
    private final BackupRequestTemplate template;

    StartPleskBackupExecution(StepContext context, ServerReference server, BackupRequestTemplate template) {
        super(context);
        this.server = server;
        this.template = template;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        ResolvedServer resolved = PleskConnections.resolve(server, run);
        BackupRequest request = template.toRequest(Messages.StartPleskBackupStep_DefaultDescription(
                run.getFullDisplayName()));

        String taskId;
        try {
            taskId = PleskConnections.client(resolved.settings()).startBackup(request);
        } catch (PleskException e) {
            throw new AbortException(e.getMessage());
        }
        listener.getLogger().println(Messages.StartPleskBackupStep_Started(request.target().describe(),
                resolved.displayName(), taskId));

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("serverName", resolved.displayName());
        values.put("taskId", taskId);
        values.put("operation", request.operationName());
        values.put("target", request.target().describe());
        return values;
    }

    @Override
    public String getStatus() {
        return Messages.StartPleskBackupStep_Status(template.target().describe(), server);
    }
}
