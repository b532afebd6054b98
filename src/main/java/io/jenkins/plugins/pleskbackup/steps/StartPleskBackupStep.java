package io.jenkins.plugins.pleskbackup.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.client.BackupRequest;
import io.jenkins.plugins.pleskbackup.forms.FormChecks;
import io.jenkins.plugins.pleskbackup.forms.TaskFilterFields;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code startPleskBackup}: starts a server, reseller, customer or webspace backup and returns the new task's id, to
 * hand to {@code waitForPleskBackup}.
 */
public final class StartPleskBackupStep extends PleskServerStep {

    private final TaskFilterFields target = new TaskFilterFields();
    private String storage = "local";
    private String prefix;
    private String description;
    private Integer splitSize;
    private String content = "all";
    private boolean onlyConfiguration;

    @DataBoundConstructor
    public StartPleskBackupStep() {
        // The target is given with exactly one of the owner setters.
    }

    public boolean isServer() {
        return target.isServer();
    }

    /** Backs up the whole server. */
    @DataBoundSetter
    public void setServer(boolean server) {
        target.setServer(server);
    }

    public String getResellerId() {
        return target.getResellerId();
    }

    @DataBoundSetter
    public void setResellerId(String resellerId) {
        target.setResellerId(resellerId);
    }

    public String getResellerLogin() {
        return target.getResellerLogin();
    }

    @DataBoundSetter
    public void setResellerLogin(String resellerLogin) {
        target.setResellerLogin(resellerLogin);
    }

    public String getCustomerId() {
        return target.getCustomerId();
    }

    @DataBoundSetter
    public void setCustomerId(String customerId) {
        target.setCustomerId(customerId);
    }

    public String getCustomerLogin() {
        return target.getCustomerLogin();
    }

    @DataBoundSetter
    public void setCustomerLogin(String customerLogin) {
        target.setCustomerLogin(customerLogin);
    }

    public String getWebspaceId() {
        return target.getWebspaceId();
    }

    @DataBoundSetter
    public void setWebspaceId(String webspaceId) {
        target.setWebspaceId(webspaceId);
    }

    public String getWebspaceName() {
        return target.getWebspaceName();
    }

    @DataBoundSetter
    public void setWebspaceName(String webspaceName) {
        target.setWebspaceName(webspaceName);
    }

    /** {@code local} (Plesk's own repository, the default) or {@code ftp} (the owner's FTP storage). */
    public String getStorage() {
        return storage;
    }

    @DataBoundSetter
    public void setStorage(String storage) {
        this.storage = storage == null || storage.isBlank() ? "local" : storage.strip().toLowerCase(Locale.ROOT);
    }

    public String getPrefix() {
        return prefix;
    }

    @DataBoundSetter
    public void setPrefix(String prefix) {
        this.prefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
    }

    /** Description stored with the backup; by default the job and build number. */
    public String getDescription() {
        return description;
    }

    @DataBoundSetter
    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Volume size in kilobytes to split the backup into; none for a single file. */
    public Integer getSplitSize() {
        return splitSize;
    }

    @DataBoundSetter
    public void setSplitSize(Integer splitSize) {
        this.splitSize = splitSize == null || splitSize == 0 ? null : splitSize;
    }

    /** {@code all} (default), {@code hosting} (no mail) or {@code mail} (only mail). */
    public String getContent() {
        return content;
    }

    @DataBoundSetter
    public void setContent(String content) {
        this.content = content == null || content.isBlank() ? "all" : content.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isOnlyConfiguration() {
        return onlyConfiguration;
    }

    @DataBoundSetter
    public void setOnlyConfiguration(boolean onlyConfiguration) {
        this.onlyConfiguration = onlyConfiguration;
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        try {
            BackupRequest.Builder request = BackupRequest.builder(target.toBackupTarget(UnaryOperator.identity()))
                    .storage(parseStorage(storage))
                    .prefix(prefix)
                    .splitSizeKilobytes(splitSize)
                    .content(parseContent(content))
                    .onlyConfiguration(onlyConfiguration);
            return new StartPleskBackupExecution(context, serverReference(), new BackupRequestTemplate(request,
                    description));
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    static BackupRequest.Storage parseStorage(String storage) {
        switch (storage) {
            case "local":
                return BackupRequest.Storage.LOCAL;
            case "ftp":
                return BackupRequest.Storage.FTP;
            default:
                throw new IllegalArgumentException(Messages.StartPleskBackupStep_InvalidStorage(storage));
        }
    }

    static BackupRequest.Content parseContent(String content) {
        switch (content) {
            case "all":
                return BackupRequest.Content.ALL;
            case "hosting":
                return BackupRequest.Content.ONLY_HOSTING;
            case "mail":
                return BackupRequest.Content.ONLY_MAIL;
            default:
                throw new IllegalArgumentException(Messages.StartPleskBackupStep_InvalidContent(content));
        }
    }

    @Extension
    public static final class DescriptorImpl extends PleskServerStepDescriptor {

        @Override
        public String getFunctionName() {
            return "startPleskBackup";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.StartPleskBackupStep_DisplayName();
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
        public ListBoxModel doFillStorageItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (FormChecks.canConfigure(item)) {
                model.add(Messages.StartPleskBackupStep_StorageLocal(), "local");
                model.add(Messages.StartPleskBackupStep_StorageFtp(), "ftp");
            }
            return model;
        }

        @POST
        public ListBoxModel doFillContentItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (FormChecks.canConfigure(item)) {
                model.add(Messages.StartPleskBackupStep_ContentAll(), "all");
                model.add(Messages.StartPleskBackupStep_ContentHosting(), "hosting");
                model.add(Messages.StartPleskBackupStep_ContentMail(), "mail");
            }
            return model;
        }

        @POST
        public FormValidation doCheckSplitSize(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormChecks.canConfigure(item) || value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            return FormValidation.validateNonNegativeInteger(value);
        }
    }
}
