package io.jenkins.plugins.pleskbackup.steps;

import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.forms.FormChecks;
import io.jenkins.plugins.pleskbackup.connection.ServerReference;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Parameters every Plesk step shares: which server to talk to. Either {@code serverName} of the global configuration
 * (optionally with another {@code credentialsId}), or {@code url} with {@code credentialsId}; with neither, the only
 * configured server.
 */
public abstract class PleskServerStep extends Step {

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
     * The server these parameters name.
     *
     * @throws IllegalArgumentException when the combination is invalid
     */
    ServerReference serverReference() {
        return ServerReference.of(serverName, url, credentialsId, certificateFingerprint);
    }

    /**
     * Form handling of the server parameters. The steps make their calls from the controller, so they need the run
     * and its log, but no node or workspace: they work under {@code agent none}.
     */
    public abstract static class PleskServerStepDescriptor extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
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
