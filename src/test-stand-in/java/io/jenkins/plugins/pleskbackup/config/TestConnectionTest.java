package io.jenkins.plugins.pleskbackup.config;

import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.LOGIN_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The "Test connection" button of a server entry, run by an administrator against Plesk simulators. */
@Timeout(60)
class TestConnectionTest {

    private static final Pattern LIST_ITEM = Pattern.compile("<li>(.*?)</li>");

    private final ManualClock clock = new ManualClock(START);
    private final List<PleskSimulator> simulators = new ArrayList<>();
    private PleskServer.DescriptorImpl descriptor;

    @BeforeEach
    void setUp() {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        StandInJenkins.grantGlobal(Jenkins.ADMINISTER);
        descriptor = new PleskServer.DescriptorImpl();
    }

    @AfterEach
    void stopSimulators() {
        simulators.forEach(PleskSimulator::close);
    }

    @Test
    void plainHttpSuccess() throws Exception {
        PleskSimulator simulator = start(StandInPlesk.simulator(clock)
                .task(TaskDefinition.builder(1, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build()));

        FormValidation result = testConnection(simulator, LOGIN_CREDENTIALS_ID, "TRUST_STORE", null, "1.6.9.0");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(lines(result)).containsExactly(
                "Endpoint: " + simulator.endpoint(),
                "Connected over plain HTTP: credentials cross the network unencrypted.",
                "Authentication: Plesk accepted the login 'admin' with password.",
                "Protocol: the server's newest version is 1.6.9.1; it supports " + String.join(", ",
                        simulator.supportedProtocols()) + ". The configured version 1.6.9.0 is among them.",
                "backup-manager: get-tasks-info answered at protocol 1.6.9.0 and lists 1 tasks for these"
                        + " credentials.");
    }

    @Test
    void httpsWithPinnedCertificate() throws Exception {
        PleskSimulator simulator = start(StandInPlesk.simulator(clock).https(true));
        String fingerprint = simulator.certificateSha256Fingerprint();

        FormValidation result = testConnection(simulator, KEY_CREDENTIALS_ID, "PINNED_CERTIFICATE", fingerprint,
                "1.6.9.0");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(lines(result)).containsExactly(
                "Endpoint: " + simulator.endpoint(),
                "TLS: the certificate matches the pinned SHA-256 fingerprint " + fingerprint + ".",
                "Authentication: Plesk accepted the secret key.",
                "Protocol: the server's newest version is 1.6.9.1; it supports " + String.join(", ",
                        simulator.supportedProtocols()) + ". The configured version 1.6.9.0 is among them.",
                "backup-manager: get-tasks-info answered at protocol 1.6.9.0 and lists 0 tasks for these"
                        + " credentials.");
    }

    @Test
    void httpsWithoutVerification() throws Exception {
        PleskSimulator simulator = start(StandInPlesk.simulator(clock).https(true));
        String fingerprint = simulator.certificateSha256Fingerprint();

        FormValidation result = testConnection(simulator, KEY_CREDENTIALS_ID, "SKIP_VERIFICATION", null, "1.6.9.0");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(lines(result)).contains("TLS certificate verification is skipped for this server.");
        assertThat(lines(result)).contains("TLS: the certificate was not verified; its SHA-256 fingerprint is "
                + fingerprint + ". Pin it if you trust it.");
    }

    @Test
    void wrongSecretKeyExplainsIpBinding() throws Exception {
        StandInJenkins.addCredentials(StandInJenkins.secretText("stale-key", "Sk-revoked-long-ago"));
        PleskSimulator simulator = start(StandInPlesk.simulator(clock));

        FormValidation result = testConnection(simulator, "stale-key", "TRUST_STORE", null, "1.6.9.0");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        List<String> lines = lines(result);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("Plesk server 'prod' rejected the secret key (error 11003).");
        assertThat(lines.get(2)).startsWith("Plesk binds every secret key to one IP address.");
        assertThat(lines.get(2)).contains("for the controller's IP address");
    }

    @Test
    void untrustedCertificateShowsFingerprintAndPinHint() throws Exception {
        PleskSimulator simulator = start(StandInPlesk.simulator(clock).https(true));
        String fingerprint = simulator.certificateSha256Fingerprint();

        FormValidation result = testConnection(simulator, KEY_CREDENTIALS_ID, "TRUST_STORE", null, "1.6.9.0");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        List<String> lines = lines(result);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("TLS handshake with Plesk server 'prod' at 127.0.0.1:" + simulator.port()
                + " failed");
        assertThat(lines.get(1)).contains(fingerprint);
        assertThat(lines.get(2)).isEqualTo("If you trust this certificate, choose \"Trust only the certificate with"
                + " this SHA-256 fingerprint\" and enter " + fingerprint + ".");
    }

    @Test
    void protocolWithoutBackupManager() throws Exception {
        PleskSimulator simulator = start(StandInPlesk.simulator(clock));

        FormValidation result = testConnection(simulator, KEY_CREDENTIALS_ID, "TRUST_STORE", null, "1.6.9.1");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        List<String> lines = lines(result);
        assertThat(lines).contains("Protocol: the server's newest version is 1.6.9.1; it supports " + String.join(
                ", ", simulator.supportedProtocols()) + ". The configured version 1.6.9.1 is among them.");
        assertThat(lines.get(lines.size() - 1)).startsWith(
                "backup-manager is not available at this protocol version on this server.");
    }

    @Test
    void closedPortFailsWithConnectionError() throws Exception {
        int port = StandInPlesk.closedLoopbackPort();

        FormValidation result = descriptor.doTestConnection("prod", "http://127.0.0.1:" + port, KEY_CREDENTIALS_ID,
                "TRUST_STORE", null, "1.6.9.0", "5", "5");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(lines(result)).hasSize(2);
        assertThat(lines(result).get(1)).startsWith("Cannot connect to Plesk server 'prod' at 127.0.0.1:" + port
                + ": connection refused.");
    }

    @Test
    void missingCredentialsStopsBeforeRequest() throws Exception {
        PleskSimulator simulator = start(StandInPlesk.simulator(clock));

        FormValidation withoutId = testConnection(simulator, "", "TRUST_STORE", null, "1.6.9.0");
        FormValidation unknownId = testConnection(simulator, "deleted-key", "TRUST_STORE", null, "1.6.9.0");

        assertThat(withoutId.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(text(withoutId)).isEqualTo("No credentials are selected.");
        assertThat(unknownId.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(text(unknownId)).startsWith("No credentials with id 'deleted-key' in the global credentials store.");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void invalidUrlStopsBeforeRequest() throws Exception {
        FormValidation result = descriptor.doTestConnection("prod", "ftp://plesk.invalid", KEY_CREDENTIALS_ID,
                "TRUST_STORE", null, "1.6.9.0", "5", "5");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(text(result)).contains("only https and http are supported");
    }

    @Test
    void pinnedWithoutFingerprintStopsBeforeRequest() throws Exception {
        PleskSimulator simulator = start(StandInPlesk.simulator(clock).https(true));

        FormValidation result = testConnection(simulator, KEY_CREDENTIALS_ID, "PINNED_CERTIFICATE", "", "1.6.9.0");

        assertThat(result.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(text(result)).startsWith("Plesk server 'prod' pins a certificate but has no fingerprint");
        assertThat(simulator.requests()).isEmpty();
    }

    private PleskSimulator start(PleskSimulator.Builder builder) throws Exception {
        PleskSimulator simulator = builder.start();
        simulators.add(simulator);
        return simulator;
    }

    private FormValidation testConnection(PleskSimulator simulator, String credentialsId, String tlsVerification,
            String fingerprint, String protocolVersion) {
        return descriptor.doTestConnection("prod", simulator.endpoint().toString(), credentialsId, tlsVerification,
                fingerprint, protocolVersion, "5", "10");
    }

    /** Returns the text of a single result. */
    private static String text(FormValidation result) {
        return unescape(result.renderHtml());
    }

    /** Returns the lines of an aggregated result. */
    private static List<String> lines(FormValidation result) {
        List<String> lines = new ArrayList<>();
        Matcher matcher = LIST_ITEM.matcher(result.renderHtml());
        while (matcher.find()) {
            lines.add(unescape(matcher.group(1)));
        }
        return lines;
    }

    /** Undoes the HTML escapes that {@code FormValidation} applies to plain-text messages. */
    private static String unescape(String html) {
        return html.replace("&#039;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
