package io.jenkins.plugins.pleskbackup.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.pleskbackup.forms.FormChecks;
import io.jenkins.plugins.pleskbackup.connection.ServerReference;
import io.jenkins.plugins.pleskbackup.forms.RequiredStatusField;
import io.jenkins.plugins.pleskbackup.forms.TaskFilterFields;
import io.jenkins.plugins.pleskbackup.wait.RequiredStatuses;
import java.util.List;
import java.util.function.UnaryOperator;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code pleskBackupStatus}: one {@code get-tasks-info} call with at most one filter. Returns the tasks as a map (see
 * {@code TaskResults}), and with {@code require} fails the build unless the one matching task is in one of the given
 * statuses.
 */
public final class PleskBackupStatusStep extends PleskServerStep {

    private final TaskFilterFields filter = new TaskFilterFields();
    private List<String> require;

    @DataBoundConstructor
    public PleskBackupStatusStep() {
        // Every parameter is optional: with none, the step lists the tasks of the configured user.
    }

    public String getTaskId() {
        return filter.getTaskId();
    }

    @DataBoundSetter
    public void setTaskId(String taskId) {
        filter.setTaskId(taskId);
    }

    public boolean isServer() {
        return filter.isServer();
    }

    /** Lists server-level tasks. */
    @DataBoundSetter
    public void setServer(boolean server) {
        filter.setServer(server);
    }

    public String getCustomerId() {
        return filter.getCustomerId();
    }

    @DataBoundSetter
    public void setCustomerId(String customerId) {
        filter.setCustomerId(customerId);
    }

    public String getCustomerLogin() {
        return filter.getCustomerLogin();
    }

    @DataBoundSetter
    public void setCustomerLogin(String customerLogin) {
        filter.setCustomerLogin(customerLogin);
    }

    public String getResellerId() {
        return filter.getResellerId();
    }

    @DataBoundSetter
    public void setResellerId(String resellerId) {
        filter.setResellerId(resellerId);
    }

    public String getResellerLogin() {
        return filter.getResellerLogin();
    }

    @DataBoundSetter
    public void setResellerLogin(String resellerLogin) {
        filter.setResellerLogin(resellerLogin);
    }

    public String getWebspaceId() {
        return filter.getWebspaceId();
    }

    @DataBoundSetter
    public void setWebspaceId(String webspaceId) {
        filter.setWebspaceId(webspaceId);
    }

    public String getWebspaceName() {
        return filter.getWebspaceName();
    }

    @DataBoundSetter
    public void setWebspaceName(String webspaceName) {
        filter.setWebspaceName(webspaceName);
    }

    /** Statuses the single matching task must have, for example {@code ['finished']}; null for no gate. */
    public List<String> getRequire() {
        return require == null ? null : List.copyOf(require);
    }

    @DataBoundSetter
    public void setRequire(List<String> require) {
        this.require = RequiredStatusField.normalize(require);
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        try {
            ServerReference server = serverReference();
            RequiredStatuses required = require == null ? null : RequiredStatuses.parse(require);
            return new PleskBackupStatusExecution(context, server, filter.toTaskFilter(UnaryOperator.identity()),
                    required);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    @Extension
    public static final class DescriptorImpl extends PleskServerStepDescriptor {

        @Override
        public String getFunctionName() {
            return "pleskBackupStatus";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PleskBackupStatusStep_DisplayName();
        }

        /** Turns the comma-separated "require" text box of the Snippet Generator into the list the step takes. */
        @Override
        public Step newInstance(StaplerRequest2 req, @NonNull JSONObject formData) throws Descriptor.FormException {
            return super.newInstance(req, RequiredStatusField.toList(formData));
        }

        @POST
        public FormValidation doCheckTaskId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.checkTaskId(item, value, false);
        }

        @POST
        public FormValidation doCheckCustomerId(@AncestorInPath Item item, @QueryParameter String value) {
            return TaskFilterFields.checkId(item, value, "customer id");
        }

        @POST
        public FormValidation doCheckResellerId(@AncestorInPath Item item, @QueryParameter String value) {
            return TaskFilterFields.checkId(item, value, "reseller id");
        }

        @POST
        public FormValidation doCheckWebspaceId(@AncestorInPath Item item, @QueryParameter String value) {
            return TaskFilterFields.checkId(item, value, "webspace id");
        }

        @POST
        public FormValidation doCheckRequire(@AncestorInPath Item item, @QueryParameter String value) {
            return RequiredStatusField.check(item, value);
        }
    }
}
