package io.jenkins.plugins.pleskbackup.builders;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.connection.PleskConnections;
import io.jenkins.plugins.pleskbackup.connection.ResolvedServer;
import io.jenkins.plugins.pleskbackup.forms.FormChecks;
import io.jenkins.plugins.pleskbackup.forms.WaitFields;
import io.jenkins.plugins.pleskbackup.forms.WaitOptions;
import io.jenkins.plugins.pleskbackup.report.StopBackupOnAbort;
import io.jenkins.plugins.pleskbackup.report.WaitConsole;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import io.jenkins.plugins.pleskbackup.wait.BlockingTaskWait;
import io.jenkins.plugins.pleskbackup.wait.TaskWaiter;
import io.jenkins.plugins.pleskbackup.wait.Verdict;
import io.jenkins.plugins.pleskbackup.wait.WaitResult;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import io.jenkins.plugins.pleskbackup.wait.WaitState;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Wait for Plesk backup" for freestyle jobs. Uses the engine and outcome policy of {@code waitForPleskBackup}, but
 * waits on the executor's thread, since a freestyle build step cannot suspend; aborting the build interrupts the
 * wait at once. The task id may refer to environment variables, for example {@code ${PLESK_BACKUP_TASK_ID}}.
 */
public final class WaitForPleskBackupBuilder extends PleskServerBuilder {

    private final String taskId;
    private final WaitFields wait = new WaitFields();

    @DataBoundConstructor
    public WaitForPleskBackupBuilder(String taskId) {
        this.taskId = taskId == null ? null : taskId.strip();
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTimeout() {
        return wait.getTimeout();
    }

    @DataBoundSetter
    public void setTimeout(String timeout) {
        wait.setTimeout(timeout);
    }

    public String getMaxPollInterval() {
        return wait.getMaxPollInterval();
    }

    @DataBoundSetter
    public void setMaxPollInterval(String maxPollInterval) {
        wait.setMaxPollInterval(maxPollInterval);
    }

    public String getFailureResult() {
        return wait.getFailureResult();
    }

    @DataBoundSetter
    public void setFailureResult(String failureResult) {
        wait.setFailureResult(failureResult);
    }

    public String getTimeoutResult() {
        return wait.getTimeoutResult();
    }

    @DataBoundSetter
    public void setTimeoutResult(String timeoutResult) {
        wait.setTimeoutResult(timeoutResult);
    }

    public boolean isStopBackupOnAbort() {
        return wait.isStopBackupOnAbort();
    }

    @DataBoundSetter
    public void setStopBackupOnAbort(boolean stopBackupOnAbort) {
        wait.setStopBackupOnAbort(stopBackupOnAbort);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, AbortException {
        String id;
        WaitOptions options;
        try {
            id = TaskFilter.requireTaskId(env.expand(taskId == null ? "" : taskId));
            options = wait.toOptions();
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        ResolvedServer resolved = resolveServer(run);
        PleskClient client = PleskConnections.client(resolved.settings());
        WaitSettings settings = options.applyTo(resolved.waitDefaults());
        WaitConsole console = new WaitConsole(listener.getLogger(), resolved.displayName(), id);

        TaskWaiter waiter = new TaskWaiter(settings, () -> ThreadLocalRandom.current().nextDouble());
        WaitState state = waiter.begin(resolved.displayName(), id, System.currentTimeMillis());
        console.started(settings);
        WaitResult result;
        try {
            result = BlockingTaskWait.withSystemClock(waiter).run(state, client::getTask, console::event);
        } catch (PleskException e) {
            throw new AbortException(e.getMessage());
        } catch (InterruptedException e) {
            if (options.stopBackupOnAbort()) {
                StopBackupOnAbort.stop(client, id, resolved.displayName(), listener.getLogger());
            }
            throw e;
        }

        if (result.lastTask() != null) {
            PleskBackupEnvironmentAction.record(run, result.lastTask());
        }
        console.outcome(result, settings);
        Verdict verdict = options.policy().verdictFor(result.outcome());
        if (verdict == Verdict.UNSTABLE) {
            run.setResult(Result.UNSTABLE);
            console.markedUnstable();
        } else if (verdict == Verdict.FAILURE) {
            throw new AbortException(console.describeOutcome(result, settings));
        }
    }

    @Extension
    public static final class DescriptorImpl extends PleskServerBuilderDescriptor {

        public DescriptorImpl() {
            for (String field : List.of("serverName", "url", "credentialsId", "certificateFingerprint", "taskId",
                    "timeout", "maxPollInterval", "failureResult", "timeoutResult", "stopBackupOnAbort")) {
                addHelpFileRedirect(field, WaitForPleskBackupStep.class, field);
            }
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WaitForPleskBackupBuilder_DisplayName();
        }

        @POST
        public FormValidation doCheckTaskId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.checkTaskId(item, value, true);
        }

        @POST
        public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.checkDuration(item, value);
        }

        @POST
        public FormValidation doCheckMaxPollInterval(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.checkDuration(item, value);
        }

        @POST
        public ListBoxModel doFillFailureResultItems(@AncestorInPath Item item) {
            return FormChecks.fillUnsuccessfulResults(item);
        }

        @POST
        public ListBoxModel doFillTimeoutResultItems(@AncestorInPath Item item) {
            return FormChecks.fillUnsuccessfulResults(item);
        }
    }
}
