package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Certificate checks against the simulator's HTTPS endpoint, which serves a self-signed certificate. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsTest {

    private static final String WRONG_PIN = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
            + "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";

    private static PleskSimulator simulator;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = SimulatorClients.simulator(new ManualClock(START))
                .https(true)
                .task(TaskDefinition.builder(5472, TaskOwner.server()).build())
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static PleskClient client(TlsSettings tls) {
        return new PleskClient(SimulatorClients.settings(simulator).tls(tls).build());
    }

    private static String hostAndPort() {
        return "127.0.0.1:" + simulator.port();
    }

    @Test
    void selfSignedRejectedByDefault() {
        PleskTlsException e = catchThrowableOfType(PleskTlsException.class,
                () -> client(TlsSettings.verify()).getTask("5472"));

        assertThat(e.getPresentedFingerprint()).isEqualTo(simulator.certificateSha256Fingerprint());
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.getMessage())
                .startsWith("TLS handshake with Plesk server 'test-plesk' at " + hostAndPort() + " failed: the"
                        + " certificate is not trusted by the JVM trust store (")
                .contains("The server presented a certificate with SHA-256 fingerprint "
                        + simulator.certificateSha256Fingerprint() + ".")
                .endsWith("Install a certificate from a trusted certificate authority on Plesk, add its CA to the JVM"
                        + " trust store, or pin this fingerprint if you trust the certificate.");
    }

    @Test
    void rightPinAccepted() throws Exception {
        BackupTask task = client(TlsSettings.pinned(simulator.certificateSha256Fingerprint())).getTask("5472");

        assertThat(task.id()).isEqualTo("5472");
        assertThat(task.status()).isSameAs(TaskStatus.WORKING);
    }

    @Test
    void pastedPinAccepted() throws Exception {
        String opensslForm = "sha256 Fingerprint=" + simulator.certificateSha256Fingerprint();

        BackupTask task = client(TlsSettings.pinned(opensslForm)).getTask("5472");

        assertThat(task.id()).isEqualTo("5472");
    }

    @Test
    void pinAppliesRegardlessOfHostName() throws Exception {
        URI byName = URI.create("https://localhost:" + simulator.port() + "/enterprise/control/agent.php");
        PleskClient named = new PleskClient(PleskConnectionSettings.builder(byName,
                        PleskAuthentication.loginPassword(SimulatorClients.ADMIN_LOGIN,
                                SimulatorClients.ADMIN_PASSWORD))
                .tls(TlsSettings.pinned(simulator.certificateSha256Fingerprint()))
                .build());

        assertThat(named.getTask("5472").id()).isEqualTo("5472");
    }

    @Test
    void wrongPinRejectedNamingBoth() {
        PleskTlsException e = catchThrowableOfType(PleskTlsException.class,
                () -> client(TlsSettings.pinned(WRONG_PIN)).getTask("5472"));

        assertThat(e.getPresentedFingerprint()).isEqualTo(simulator.certificateSha256Fingerprint());
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("TLS handshake with Plesk server 'test-plesk' at " + hostAndPort() + " failed: the"
                + " certificate does not match the pinned fingerprint " + WRONG_PIN + ". The server presented a"
                + " certificate with SHA-256 fingerprint " + simulator.certificateSha256Fingerprint() + ". If the"
                + " certificate was renewed, confirm the new fingerprint with the server's administrator and pin it.");
    }

    @Test
    void insecureAccepted() throws Exception {
        BackupTask task = client(TlsSettings.insecure()).getTask("5472");

        assertThat(task.id()).isEqualTo("5472");
    }

    @Test
    void protocolsReportFingerprint() throws Exception {
        ServerProtocols protocols = client(TlsSettings.pinned(simulator.certificateSha256Fingerprint()))
                .getSupportedProtocols();

        assertThat(protocols.certificateFingerprint()).isEqualTo(simulator.certificateSha256Fingerprint());
        assertThat(protocols.supportedVersions()).isEqualTo(simulator.supportedProtocols());
    }

    @Test
    void protocolsReportFingerprintWhenInsecure() throws Exception {
        ServerProtocols protocols = client(TlsSettings.insecure()).getSupportedProtocols();

        assertThat(protocols.certificateFingerprint()).isEqualTo(simulator.certificateSha256Fingerprint());
    }

    /** A plain HTTP server, such as nginx on Plesk's port 8880, responds to a TLS client hello with an HTTP error. */
    @Test
    void httpsClientOnPlainPortFails() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            CompletableFuture<Void> server = CompletableFuture.runAsync(() -> answerPlainHttp(plain));
            URI wrongScheme = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/enterprise/control/agent.php");
            PleskClient confused = new PleskClient(PleskConnectionSettings.builder(wrongScheme,
                            PleskAuthentication.loginPassword("admin", "pw"))
                    .serverName("plain")
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());

            PleskTlsException e = catchThrowableOfType(PleskTlsException.class, () -> confused.getTask("1"));

            assertThat(e.getPresentedFingerprint()).isNull();
            assertThat(e.isTransient()).isFalse();
            assertThat(e.getMessage()).startsWith("TLS handshake with Plesk server 'plain' at 127.0.0.1:"
                    + plain.getLocalPort() + " failed: ")
                    .endsWith("Check that the URL's scheme matches the port: Plesk serves HTTPS on 8443 and plain HTTP"
                            + " on 8880.");
            server.get(10, TimeUnit.SECONDS);
        }
    }

    private static void answerPlainHttp(ServerSocket listener) {
        try (Socket connection = listener.accept()) {
            connection.setSoTimeout(5000);
            connection.getInputStream().read(new byte[512]);
            String response = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            connection.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
