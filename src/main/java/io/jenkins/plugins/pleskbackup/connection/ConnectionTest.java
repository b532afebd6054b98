package io.jenkins.plugins.pleskbackup.connection;

import hudson.AbortException;
import hudson.util.FormValidation;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.PleskProtocolVersionException;
import io.jenkins.plugins.pleskbackup.client.PleskRequestRejectedException;
import io.jenkins.plugins.pleskbackup.client.PleskSecretKeyRejectedException;
import io.jenkins.plugins.pleskbackup.client.PleskTlsException;
import io.jenkins.plugins.pleskbackup.client.ServerProtocols;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.config.TlsVerification;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Test connection" check of a server entry. Reports, one line each: the endpoint, the TLS certificate (with its
 * fingerprint, so an administrator can pin it), the authentication, the protocol versions the server speaks, and
 * whether {@code backup-manager} answers. Stops at the first failing check. The caller checks permissions.
 */
public final class ConnectionTest {

    private final PleskServer server;
    private final List<FormValidation> lines = new ArrayList<>();

    private ConnectionTest(PleskServer server) {
        this.server = server;
    }

    /** Runs the checks against the server; takes at most the server's connect and read timeouts per request. */
    public static FormValidation run(PleskServer server) {
        return new ConnectionTest(server).check();
    }

    private FormValidation check() {
        PleskConnectionSettings settings = settings();
        if (settings == null) {
            return FormValidation.aggregate(lines);
        }
        PleskClient client = new PleskClient(settings);
        try {
            ServerProtocols protocols = client.getSupportedProtocols();
            reportConnection(settings, protocols);
            reportProtocols(settings, protocols);
            List<BackupTask> tasks = client.listTasks(TaskFilter.none());
            lines.add(FormValidation.ok(Messages.ConnectionTest_BackupManagerAnswers(settings.protocolVersion(),
                    tasks.size())));
        } catch (PleskException e) {
            reportFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lines.add(FormValidation.error(Messages.ConnectionTest_Interrupted()));
        }
        return FormValidation.aggregate(lines);
    }

    private PleskConnectionSettings settings() {
        PleskAuthentication authentication;
        try {
            if (server.getCredentialsId() == null) {
                lines.add(FormValidation.error(Messages.ConnectionTest_NoCredentials()));
                return null;
            }
            authentication = PleskCredentials.forGlobalConfiguration(server.getCredentialsId(), server.getUrl());
        } catch (AbortException e) {
            lines.add(FormValidation.error(e.getMessage()));
            return null;
        }
        try {
            PleskConnectionSettings settings = PleskConnections.settingsFor(server, authentication).build();
            lines.add(FormValidation.ok(Messages.ConnectionTest_Endpoint(settings.endpoint())));
            if (server.getTlsVerification() == TlsVerification.SKIP_VERIFICATION) {
                lines.add(FormValidation.warning(Messages.ConnectionTest_VerificationSkipped()));
            }
            return settings;
        } catch (IllegalArgumentException e) {
            lines.add(FormValidation.error(e.getMessage()));
            return null;
        }
    }

    private void reportConnection(PleskConnectionSettings settings, ServerProtocols protocols) {
        String fingerprint = protocols.certificateFingerprint();
        if (fingerprint == null) {
            lines.add(FormValidation.warning(Messages.ConnectionTest_PlainHttp()));
        } else if (server.getTlsVerification() == TlsVerification.PINNED_CERTIFICATE) {
            lines.add(FormValidation.ok(Messages.ConnectionTest_CertificatePinned(fingerprint)));
        } else if (server.getTlsVerification() == TlsVerification.SKIP_VERIFICATION) {
            lines.add(FormValidation.warning(Messages.ConnectionTest_CertificateUnverified(fingerprint)));
        } else {
            lines.add(FormValidation.ok(Messages.ConnectionTest_CertificateTrusted(fingerprint)));
        }
        lines.add(FormValidation.ok(Messages.ConnectionTest_Authenticated(settings.authentication())));
    }

    private void reportProtocols(PleskConnectionSettings settings, ServerProtocols protocols) {
        String versions = String.join(", ", protocols.supportedVersions());
        if (protocols.supports(settings.protocolVersion())) {
            lines.add(FormValidation.ok(Messages.ConnectionTest_Protocols(protocols.serverProtocolVersion(), versions,
                    settings.protocolVersion())));
        } else {
            lines.add(FormValidation.warning(Messages.ConnectionTest_ProtocolNotListed(
                    protocols.serverProtocolVersion(), versions, settings.protocolVersion())));
        }
    }

    private void reportFailure(PleskException e) {
        lines.add(FormValidation.error(e.getMessage()));
        if (e instanceof PleskSecretKeyRejectedException) {
            lines.add(FormValidation.error(Messages.ConnectionTest_SecretKeyBoundToIp()));
        } else if (e instanceof PleskTlsException && ((PleskTlsException) e).getPresentedFingerprint() != null) {
            lines.add(FormValidation.warning(Messages.ConnectionTest_PinHint(
                    ((PleskTlsException) e).getPresentedFingerprint())));
        } else if (e instanceof PleskRequestRejectedException || e instanceof PleskProtocolVersionException) {
            lines.add(FormValidation.error(Messages.ConnectionTest_BackupManagerUnavailable()));
        }
    }
}
