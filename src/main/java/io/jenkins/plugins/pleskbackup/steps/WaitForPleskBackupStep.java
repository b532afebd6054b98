package io.jenkins.plugins.pleskbackup.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.forms.FormChecks;
import io.jenkins.plugins.pleskbackup.forms.WaitFields;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code waitForPleskBackup}: waits until a Plesk backup task is finished, failed or stopped, or until its own
 * timeout, without holding an executor or a thread in between polls, and survives a controller restart.
 */
public final class WaitForPleskBackupStep extends PleskServerStep {

    private final String taskId;
    private final WaitFields wait = new WaitFields();
    private boolean propagate = true;

    /**
     * @param taskId the task id, for example {@code '5472'} or {@code started.taskId} from {@code startPleskBackup}
     */
    @DataBoundConstructor
    public WaitForPleskBackupStep(String taskId) {
        this.taskId = taskId == null ? null : taskId.strip();
    }

    public String getTaskId() {
        return taskId;
    }

    /** Maximum wait, for example {@code 90m} or {@code 2h}; default from the server configuration. */
    public String getTimeout() {
        return wait.getTimeout();
    }

    @DataBoundSetter
    public void setTimeout(String timeout) {
        wait.setTimeout(timeout);
    }

    /** Upper bound of the interval between polls, for example {@code 60s}; default from the server configuration. */
    public String getMaxPollInterval() {
        return wait.getMaxPollInterval();
    }

    @DataBoundSetter
    public void setMaxPollInterval(String maxPollInterval) {
        wait.setMaxPollInterval(maxPollInterval);
    }

    /** Build result for a failed or stopped task: {@code FAILURE} (default) or {@code UNSTABLE}. */
    public String getFailureResult() {
        return wait.getFailureResult();
    }

    @DataBoundSetter
    public void setFailureResult(String failureResult) {
        wait.setFailureResult(failureResult);
    }

    /** Build result when the timeout passes: {@code FAILURE} (default) or {@code UNSTABLE}. */
    public String getTimeoutResult() {
        return wait.getTimeoutResult();
    }

    @DataBoundSetter
    public void setTimeoutResult(String timeoutResult) {
        wait.setTimeoutResult(timeoutResult);
    }

    /** Whether aborting the build also sends {@code stop-backup} to Plesk. */
    public boolean isStopBackupOnAbort() {
        return wait.isStopBackupOnAbort();
    }

    @DataBoundSetter
    public void setStopBackupOnAbort(boolean stopBackupOnAbort) {
        wait.setStopBackupOnAbort(stopBackupOnAbort);
    }

    /**
     * Whether an unsuccessful outcome changes the build result (default). With {@code false} the step only returns
     * the outcome, and the script decides.
     */
    public boolean isPropagate() {
        return propagate;
    }

    @DataBoundSetter
    public void setPropagate(boolean propagate) {
        this.propagate = propagate;
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        try {
            String id = TaskFilter.requireTaskId(taskId);
            return new WaitForPleskBackupExecution(context, serverReference(), id, wait.toOptions(), propagate);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    @Extension
    public static final class DescriptorImpl extends PleskServerStepDescriptor {

        @Override
        public String getFunctionName() {
            return "waitForPleskBackup";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WaitForPleskBackupStep_DisplayName();
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
