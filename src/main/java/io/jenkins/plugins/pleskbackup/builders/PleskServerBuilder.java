package io.jenkins.plugins.pleskbackup.builders;

import hudson.Util;
import hudson.AbortException;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.connection.PleskConnections;
import io.jenkins.plugins.pleskbackup.connection.ResolvedServer;
import io.jenkins.plugins.pleskbackup.connection.ServerReference;
import io.jenkins.plugins.pleskbackup.forms.FormChecks;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Server parameters of the freestyle build steps, with the same meaning as in the Pipeline steps. The build steps
 * call Plesk from the controller and need no workspace.
 */
public abstract class PleskServerBuilder extends Builder implements SimpleBuildStep {

    private String serverName;
    private String url;
    private String credentialsId;
    private String certificateFingerprint;

    public String getServerName() {
        return serverName;
    }

    @DataBoundSetter
    public void setServerName(String serverName) {
        this.serverName = Util.fixEmptyAndTrim(serverName);
    }

    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        this.url = Util.fixEmptyAndTrim(url);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public String getCertificateFingerprint() {
        return certificateFingerprint;
    }

    @DataBoundSetter
    public void setCertificateFingerprint(String certificateFingerprint) {
        this.certificateFingerprint = Util.fixEmptyAndTrim(certificateFingerprint);
    }

    /**
     * Resolves the server for this build.
     *
     * @throws AbortException with a message for the build log when the parameters or the server cannot be used
     */
    ResolvedServer resolveServer(Run<?, ?> run) throws AbortException {
        try {
            return PleskConnections.resolve(ServerReference.of(serverName, url, credentialsId,
                    certificateFingerprint), run);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /**
     * Form handling of the server parameters. Help texts of the shared fields are those of the Pipeline steps.
     */
    public abstract static class PleskServerBuilderDescriptor extends BuildStepDescriptor<Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        public ListBoxModel doFillServerNameItems(@AncestorInPath Item item, @QueryParameter String serverName) {
            return FormChecks.fillServerNames(item, serverName);
        }

        @POST
        public FormValidation doCheckServerName(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String url) {
            return FormChecks.checkServerName(item, value, url);
        }

        @POST
        public FormValidation doCheckUrl(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.checkUrl(item, value);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String url,
                @QueryParameter String serverName, @QueryParameter String credentialsId) {
            return FormChecks.fillCredentials(item, url, serverName, credentialsId);
        }

        @POST
        public FormValidation doCheckCertificateFingerprint(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.checkCertificateFingerprint(item, value);
        }
    }
}
