package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpsTest {

    private static final String SERVER_TASKS = backupManager("<get-tasks-info><server/></get-tasks-info>");

    private static PleskSimulator simulator;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder().https(true).administrator(ADMIN_LOGIN, ADMIN_PASSWORD).start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    /** Returns a client that trusts only the simulator's certificate. */
    private static HttpClient trustingClient(X509Certificate certificate) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        trustStore.setCertificateEntry("simulator", certificate);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void endpointIsHttpsOnLoopback() {
        assertThat(simulator.isHttps()).isTrue();
        assertThat(simulator.endpoint().getScheme()).isEqualTo("https");
        assertThat(simulator.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(simulator.endpoint().getPort()).isEqualTo(simulator.port());
        assertThat(simulator.endpoint().getPath()).isEqualTo("/enterprise/control/agent.php");
    }

    @Test
    void fingerprintMatchesServedCertificate() throws Exception {
        AgentClient client = new AgentClient(trustingClient(simulator.certificate()), simulator.endpoint());

        AgentResponse response = client.postAsAdministrator(SERVER_TASKS);

        Certificate served = response.httpResponse().sslSession().orElseThrow().getPeerCertificates()[0];
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(served.getEncoded());
        String expected = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
        assertThat(served).isEqualTo(simulator.certificate());
        assertThat(simulator.certificateSha256Fingerprint()).isEqualTo(expected);
        assertThat(simulator.certificateSha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void certificateNamesLocalhostAndLoopback() throws Exception {
        List<String> names = simulator.certificate().getSubjectAlternativeNames().stream()
                .map(entry -> entry.get(1).toString())
                .toList();

        assertThat(names).containsExactlyInAnyOrder("localhost", "127.0.0.1");
        assertThat(simulator.certificate().getSubjectX500Principal().getName()).contains("CN=localhost");
    }

    @Test
    void defaultTrustRejectsSelfSignedCertificate() {
        AgentClient client = new AgentClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                simulator.endpoint());

        assertThatThrownBy(() -> client.postAsAdministrator(SERVER_TASKS)).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void simulatorsShareCertificate() throws Exception {
        try (PleskSimulator second = PleskSimulator.builder().https(true).start()) {
            assertThat(second.certificateSha256Fingerprint()).isEqualTo(simulator.certificateSha256Fingerprint());
        }
    }

    @Test
    void plainHttpHasNoCertificate() throws Exception {
        try (PleskSimulator plain = PleskSimulator.builder().start()) {
            assertThat(plain.isHttps()).isFalse();
            assertThat(plain.endpoint().getScheme()).isEqualTo("http");
            assertThatThrownBy(plain::certificate).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(plain::certificateSha256Fingerprint).isInstanceOf(IllegalStateException.class);
        }
    }
}
