package io.jenkins.plugins.pleskbackup.config;

import hudson.Util;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.client.CertificateFingerprints;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.client.PleskEndpoints;
import io.jenkins.plugins.pleskbackup.client.TlsSettings;
import io.jenkins.plugins.pleskbackup.connection.ConnectionTest;
import io.jenkins.plugins.pleskbackup.connection.PleskCredentials;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.time.Duration;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One Plesk server in the global configuration. Steps and builders refer to it by {@link #getName() name}. The
 * configuration stores a credentials id, never a secret.
 */
public final class PleskServer implements Describable<PleskServer> {

    static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = (int) PleskConnectionSettings.DEFAULT_CONNECT_TIMEOUT.toSeconds();
    static final int DEFAULT_READ_TIMEOUT_SECONDS = (int) PleskConnectionSettings.DEFAULT_READ_TIMEOUT.toSeconds();
    static final int DEFAULT_WAIT_TIMEOUT_MINUTES = (int) WaitSettings.DEFAULT_TIMEOUT.toMinutes();
    static final int DEFAULT_MAX_POLL_INTERVAL_SECONDS = (int) WaitSettings.DEFAULT_MAX_POLL_INTERVAL.toSeconds();

    private final String name;
    private final String url;
    private final String credentialsId;
    private TlsVerification tlsVerification = TlsVerification.TRUST_STORE;
    private String certificateFingerprint;
    private String protocolVersion = PleskConnectionSettings.DEFAULT_PROTOCOL_VERSION;
    private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
    private int readTimeoutSeconds = DEFAULT_READ_TIMEOUT_SECONDS;
    private int waitTimeoutMinutes = DEFAULT_WAIT_TIMEOUT_MINUTES;
    private int maxPollIntervalSeconds = DEFAULT_MAX_POLL_INTERVAL_SECONDS;

    @DataBoundConstructor
    public PleskServer(String name, String url, String credentialsId) {
        this.name = Util.fixEmptyAndTrim(name);
        this.url = Util.fixEmptyAndTrim(url);
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** Fills in defaults for fields that configurations saved by an older version lack. */
    private Object readResolve() {
        if (tlsVerification == null) {
            tlsVerification = TlsVerification.TRUST_STORE;
        }
        if (protocolVersion == null) {
            protocolVersion = PleskConnectionSettings.DEFAULT_PROTOCOL_VERSION;
        }
        connectTimeoutSeconds = positiveOr(connectTimeoutSeconds, DEFAULT_CONNECT_TIMEOUT_SECONDS);
        readTimeoutSeconds = positiveOr(readTimeoutSeconds, DEFAULT_READ_TIMEOUT_SECONDS);
        waitTimeoutMinutes = positiveOr(waitTimeoutMinutes, DEFAULT_WAIT_TIMEOUT_MINUTES);
        maxPollIntervalSeconds = positiveOr(maxPollIntervalSeconds, DEFAULT_MAX_POLL_INTERVAL_SECONDS);
        return this;
    }

    /** The name steps and builders use to refer to this server, for example {@code prod}. */
    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @NonNull
    public TlsVerification getTlsVerification() {
        return tlsVerification;
    }

    @DataBoundSetter
    public void setTlsVerification(TlsVerification tlsVerification) {
        this.tlsVerification = tlsVerification == null ? TlsVerification.TRUST_STORE : tlsVerification;
    }

    /** SHA-256 fingerprint of the pinned certificate; used when {@link #getTlsVerification()} pins one. */
    public String getCertificateFingerprint() {
        return certificateFingerprint;
    }

    @DataBoundSetter
    public void setCertificateFingerprint(String certificateFingerprint) {
        this.certificateFingerprint = Util.fixEmptyAndTrim(certificateFingerprint);
    }

    public String getProtocolVersion() {
        return protocolVersion;
    }

    @DataBoundSetter
    public void setProtocolVersion(String protocolVersion) {
        String version = Util.fixEmptyAndTrim(protocolVersion);
        this.protocolVersion = version == null ? PleskConnectionSettings.DEFAULT_PROTOCOL_VERSION : version;
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = positiveOr(connectTimeoutSeconds, DEFAULT_CONNECT_TIMEOUT_SECONDS);
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = positiveOr(readTimeoutSeconds, DEFAULT_READ_TIMEOUT_SECONDS);
    }

    /** Default time a wait step gives a backup task on this server. */
    public int getWaitTimeoutMinutes() {
        return waitTimeoutMinutes;
    }

    @DataBoundSetter
    public void setWaitTimeoutMinutes(int waitTimeoutMinutes) {
        this.waitTimeoutMinutes = positiveOr(waitTimeoutMinutes, DEFAULT_WAIT_TIMEOUT_MINUTES);
    }

    /** Default upper bound of the interval between two polls of a waiting step. */
    public int getMaxPollIntervalSeconds() {
        return maxPollIntervalSeconds;
    }

    @DataBoundSetter
    public void setMaxPollIntervalSeconds(int maxPollIntervalSeconds) {
        this.maxPollIntervalSeconds = positiveOr(maxPollIntervalSeconds, DEFAULT_MAX_POLL_INTERVAL_SECONDS);
    }

    /**
     * The client's TLS settings for this server.
     *
     * @throws IllegalArgumentException when a pinned certificate has no valid fingerprint
     */
    public TlsSettings toTlsSettings() {
        switch (tlsVerification) {
            case PINNED_CERTIFICATE:
                if (certificateFingerprint == null) {
                    throw new IllegalArgumentException(Messages.PleskServer_FingerprintMissing(name));
                }
                return TlsSettings.pinned(certificateFingerprint);
            case SKIP_VERIFICATION:
                return TlsSettings.insecure();
            default:
                return TlsSettings.verify();
        }
    }

    /** Default wait settings of this server. */
    public WaitSettings toWaitSettings() {
        return WaitSettings.defaults()
                .withTimeout(Duration.ofMinutes(waitTimeoutMinutes))
                .withMaxPollInterval(Duration.ofSeconds(maxPollIntervalSeconds));
    }

    private static int positiveOr(int value, int fallback) {
        return value > 0 ? value : fallback;
    }


    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PleskServer)) {
            return false;
        }
        PleskServer that = (PleskServer) other;
        return Objects.equals(name, that.name) && Objects.equals(url, that.url)
                && Objects.equals(credentialsId, that.credentialsId) && tlsVerification == that.tlsVerification
                && Objects.equals(certificateFingerprint, that.certificateFingerprint)
                && Objects.equals(protocolVersion, that.protocolVersion)
                && connectTimeoutSeconds == that.connectTimeoutSeconds && readTimeoutSeconds == that.readTimeoutSeconds
                && waitTimeoutMinutes == that.waitTimeoutMinutes
                && maxPollIntervalSeconds == that.maxPollIntervalSeconds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, url, credentialsId);
    }

    @Override
    public String toString() {
        return "Plesk server '" + name + "' at " + url + " (credentials " + credentialsId + ", TLS " + tlsVerification
                + ")";
    }

    /** Form handling of a server entry; every endpoint is POST-only and needs the Administer permission. */
    @Extension
    @Symbol("pleskServer")
    public static final class DescriptorImpl extends Descriptor<PleskServer> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PleskServer_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            String name = Util.fixEmptyAndTrim(value);
            if (name == null) {
                return FormValidation.error(Messages.PleskServer_NameRequired());
            }
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                return FormValidation.error(Messages.PleskServer_NameInvalid(name));
            }
            return FormValidation.ok();
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            if (Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.error(Messages.PleskServer_UrlRequired());
            }
            try {
                String endpoint = PleskEndpoints.parse(value).toString();
                if (endpoint.startsWith("http:")) {
                    return FormValidation.warning(Messages.PleskServer_PlainHttp(endpoint));
                }
                return FormValidation.ok(Messages.PleskServer_Endpoint(endpoint));
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        @POST
        public FormValidation doCheckCredentialsId(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            if (Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.error(Messages.PleskServer_CredentialsRequired());
            }
            return PleskCredentials.checkGlobal(value);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String url, @QueryParameter String credentialsId) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return PleskCredentials.currentValueOnly(credentialsId);
            }
            return PleskCredentials.listForGlobalConfiguration(url, credentialsId);
        }

        @POST
        public FormValidation doCheckCertificateFingerprint(@QueryParameter String value,
                @QueryParameter String tlsVerification) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            boolean pinned = TlsVerification.PINNED_CERTIFICATE.name().equals(tlsVerification);
            if (Util.fixEmptyAndTrim(value) == null) {
                return pinned ? FormValidation.error(Messages.PleskServer_FingerprintRequired()) : FormValidation.ok();
            }
            try {
                CertificateFingerprints.normalize(value);
                return pinned ? FormValidation.ok() : FormValidation.warning(Messages.PleskServer_FingerprintUnused());
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        @POST
        public ListBoxModel doFillTlsVerificationItems(@QueryParameter String tlsVerification) {
            ListBoxModel model = new ListBoxModel();
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return model;
            }
            for (TlsVerification mode : TlsVerification.values()) {
                model.add(new ListBoxModel.Option(mode.getDisplayName(), mode.name(), mode.name().equals(
                        tlsVerification)));
            }
            return model;
        }

        @POST
        public FormValidation doCheckTlsVerification(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            if (TlsVerification.SKIP_VERIFICATION.name().equals(value)) {
                return FormValidation.warning(Messages.PleskServer_SkipVerificationWarning());
            }
            return FormValidation.ok();
        }

        @POST
        public FormValidation doCheckProtocolVersion(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            String version = Util.fixEmptyAndTrim(value);
            if (version == null) {
                return FormValidation.ok();
            }
            try {
                PleskConnectionSettings.requireProtocolVersion(version);
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
            if (compareVersions(version, PleskConnectionSettings.DEFAULT_PROTOCOL_VERSION) > 0) {
                return FormValidation.warning(Messages.PleskServer_VersionNewerThanBackupManager(version));
            }
            return FormValidation.ok();
        }

        @POST
        public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FormValidation.validatePositiveInteger(value);
        }

        @POST
        public FormValidation doCheckReadTimeoutSeconds(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FormValidation.validatePositiveInteger(value);
        }

        @POST
        public FormValidation doCheckWaitTimeoutMinutes(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FormValidation.validatePositiveInteger(value);
        }

        @POST
        public FormValidation doCheckMaxPollIntervalSeconds(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FormValidation.validatePositiveInteger(value);
        }

        /**
         * Runs {@code get_protos} and {@code get-tasks-info} against the server as configured in the form and
         * reports each check on its own line.
         */
        @POST
        public FormValidation doTestConnection(@QueryParameter String name, @QueryParameter String url,
                @QueryParameter String credentialsId, @QueryParameter String tlsVerification,
                @QueryParameter String certificateFingerprint, @QueryParameter String protocolVersion,
                @QueryParameter String connectTimeoutSeconds, @QueryParameter String readTimeoutSeconds) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            PleskServer server = new PleskServer(name == null || name.isBlank() ? "(unsaved)" : name, url,
                    credentialsId);
            server.setTlsVerification(parseTlsVerification(tlsVerification));
            server.setCertificateFingerprint(certificateFingerprint);
            server.setProtocolVersion(protocolVersion);
            server.setConnectTimeoutSeconds(parseOrZero(connectTimeoutSeconds));
            server.setReadTimeoutSeconds(parseOrZero(readTimeoutSeconds));
            return ConnectionTest.run(server);
        }

        private static int parseOrZero(String text) {
            if (text == null) {
                return 0;
            }
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static TlsVerification parseTlsVerification(String text) {
            for (TlsVerification mode : TlsVerification.values()) {
                if (mode.name().equals(text)) {
                    return mode;
                }
            }
            return TlsVerification.TRUST_STORE;
        }

        /** Compares dotted version numbers numerically, for example 1.6.10.0 &gt; 1.6.9.0. */
        static int compareVersions(String left, String right) {
            String[] a = left.split("\\.");
            String[] b = right.split("\\.");
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? Integer.parseInt(a[i]) : 0;
                int y = i < b.length ? Integer.parseInt(b[i]) : 0;
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return 0;
        }
    }
}
