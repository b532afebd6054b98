package io.jenkins.plugins.pleskbackup.builders;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.connection.PleskConnections;
import io.jenkins.plugins.pleskbackup.connection.ResolvedServer;
import io.jenkins.plugins.pleskbackup.forms.FormChecks;
import io.jenkins.plugins.pleskbackup.forms.RequiredStatusField;
import io.jenkins.plugins.pleskbackup.forms.TaskFilterFields;
import io.jenkins.plugins.pleskbackup.report.StatusGate;
import io.jenkins.plugins.pleskbackup.report.TaskConsole;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.wait.RequiredStatuses;
import java.util.List;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * "Check Plesk backup status" for freestyle jobs: the same query and gate as {@code pleskBackupStatus}. When one task
 * matches, its fields become environment variables for later build steps.
 */
public final class PleskBackupStatusBuilder extends PleskServerBuilder {

    private final TaskFilterFields filter = new TaskFilterFields();
    private List<String> require;

    @DataBoundConstructor
    public PleskBackupStatusBuilder() {
        // Every field is optional.
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

    public List<String> getRequire() {
        return require == null ? null : List.copyOf(require);
    }

    @DataBoundSetter
    public void setRequire(List<String> require) {
        this.require = RequiredStatusField.normalize(require);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, AbortException {
        TaskFilter taskFilter;
        RequiredStatuses required;
        try {
            taskFilter = filter.toTaskFilter(env::expand);
            required = require == null ? null : RequiredStatuses.parse(require);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        ResolvedServer resolved = resolveServer(run);
        String serverName = resolved.displayName();

        List<BackupTask> tasks;
        try {
            tasks = PleskConnections.client(resolved.settings()).listTasks(taskFilter);
        } catch (PleskException e) {
            throw new AbortException(e.getMessage());
        }
        TaskConsole.print(listener.getLogger(), serverName, taskFilter, tasks);
        if (tasks.size() == 1) {
            PleskBackupEnvironmentAction.record(run, tasks.get(0));
        }
        if (required != null) {
            StatusGate.check(listener.getLogger(), serverName, taskFilter, tasks, required);
        }
    }

    @Extension
    public static final class DescriptorImpl extends PleskServerBuilderDescriptor {

        public DescriptorImpl() {
            for (String field : List.of("serverName", "url", "credentialsId", "certificateFingerprint", "taskId",
                    "server", "customerId", "customerLogin", "resellerId", "resellerLogin", "webspaceId",
                    "webspaceName", "require")) {
                addHelpFileRedirect(field, PleskBackupStatusStep.class, field);
            }
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PleskBackupStatusBuilder_DisplayName();
        }

        @Override
        public Builder newInstance(StaplerRequest2 req, @NonNull JSONObject formData)
                throws Descriptor.FormException {
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
