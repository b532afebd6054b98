package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
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
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP-level and network failures, each mapped to one exception type with a message that names a next step. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportFailureTest {

    private PleskSimulator simulator;
    private PleskClient client;
    private String endpoint;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = SimulatorClients.simulator(new ManualClock(START))
                .task(TaskDefinition.builder(5472, TaskOwner.server()).build())
                .start();
        client = SimulatorClients.client(simulator);
        endpoint = simulator.endpoint().toString();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private String hostAndPort() {
        return "127.0.0.1:" + simulator.port();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503})
    void serverErrorIsTransient(int status) {
        simulator.faults().next(Fault.httpError(status));

        PleskHttpStatusException e = catchThrowableOfType(PleskHttpStatusException.class,
                () -> client.getTask("5472"));

        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage())
                .startsWith("Plesk server 'test-plesk' answered HTTP " + status + " at " + endpoint
                        + " with \"<!DOCTYPE html> <html><head><title>" + status + " ")
                .endsWith("\". Plesk or a proxy in front of it has a problem; check that Plesk is running.");
    }

    @Test
    void notFoundNamesAgentPath() {
        simulator.faults().next(Fault.rawResponse(404, "text/html", "<html><body>Not Found</body></html>"));

        PleskHttpStatusException e = catchThrowableOfType(PleskHttpStatusException.class,
                () -> client.getTask("5472"));

        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' answered HTTP 404 at " + endpoint
                + " with \"<html><body>Not Found</body></html>\". Check the URL: Plesk's XML API is at"
                + " /enterprise/control/agent.php on port 8443.");
    }

    @Test
    void forbiddenNamesAllowedAddresses() {
        simulator.faults().next(Fault.rawResponse(403, "text/plain", ""));

        PleskHttpStatusException e = catchThrowableOfType(PleskHttpStatusException.class,
                () -> client.getTask("5472"));

        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' answered HTTP 403 at " + endpoint + ". Something in front"
                + " of Plesk refused the request; check the URL, proxies and Plesk's list of IP addresses allowed to"
                + " use the API (panel.ini, [api] allowedIPs).");
    }

    @Test
    void tooManyRequestsIsTransient() {
        simulator.faults().next(Fault.httpError(429));

        PleskHttpStatusException e = catchThrowableOfType(PleskHttpStatusException.class,
                () -> client.getTask("5472"));

        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).endsWith("Check the URL and any proxy between this client and Plesk.");
    }

    @Test
    void errorStatusWithPacketReportsStatus() {
        simulator.faults().next(Fault.rawResponse(500, "text/xml", "<packet><backup-manager><get-tasks-info><result>"
                + "<status>ok</status></result></get-tasks-info></backup-manager></packet>"));

        PleskHttpStatusException e = catchThrowableOfType(PleskHttpStatusException.class,
                () -> client.getTask("5472"));

        assertThat(e.getStatusCode()).isEqualTo(500);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void errorStatusWithSystemErrorReportsPleskError() {
        simulator.faults().next(Fault.rawResponse(500, "text/xml", "<packet><system><status>error</status>"
                + "<errcode>1001</errcode><errtext>Authentication failed</errtext></system></packet>"));

        PleskAuthenticationException e = catchThrowableOfType(PleskAuthenticationException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1001);
    }

    @Test
    void redirectReportedNotFollowed() {
        simulator.faults().next(Fault.redirect("https://plesk.invalid:8443/login_up.php?success_redirect_url=%2F"));

        PleskRedirectException e = catchThrowableOfType(PleskRedirectException.class, () -> client.getTask("5472"));

        assertThat(e.getStatusCode()).isEqualTo(302);
        assertThat(e.getLocation()).isEqualTo("https://plesk.invalid:8443/login_up.php?success_redirect_url=%2F");
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' answered HTTP 302 at " + endpoint + " with a redirect to"
                + " 'https://plesk.invalid:8443/login_up.php?success_redirect_url=%2F'. Redirects are not followed"
                + " because the request carries credentials; if the target is the real Plesk endpoint, configure that"
                + " URL instead.");
        assertThat(simulator.requests()).hasSize(1);
    }

    @Test
    void redirectWithoutLocation() {
        simulator.faults().next(Fault.rawResponse(301, null, ""));

        PleskRedirectException e = catchThrowableOfType(PleskRedirectException.class, () -> client.getTask("5472"));

        assertThat(e.getStatusCode()).isEqualTo(301);
        assertThat(e.getLocation()).isEmpty();
        assertThat(e.getMessage()).contains("with a redirect to no location.");
    }

    @Test
    void emptyBody() {
        simulator.faults().next(Fault.emptyBody());

        PleskEmptyResponseException e = catchThrowableOfType(PleskEmptyResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.isTransient()).isTrue();
        assertThat(e).hasMessage("Plesk server 'test-plesk' answered HTTP 200 with an empty body at " + endpoint
                + ". Plesk may be restarting, or a proxy dropped the answer; if this persists, check that the URL"
                + " points to /enterprise/control/agent.php.");
    }

    @Test
    void whitespaceOnlyBodyIsEmpty() {
        simulator.faults().next(Fault.rawResponse(200, "text/xml", " \r\n\t"));

        PleskEmptyResponseException e = catchThrowableOfType(PleskEmptyResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void htmlPageReportsStatusAndBodyStart() {
        simulator.faults().next(Fault.htmlPage());

        PleskNonXmlResponseException e = catchThrowableOfType(PleskNonXmlResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage())
                .startsWith("Plesk server 'test-plesk' answered HTTP 200 with text/html; charset=UTF-8 instead of an"
                        + " XML packet at " + endpoint + ": \"<!DOCTYPE html> <html><head><title>Log in</title></head>")
                .endsWith("\". Check that the URL points to Plesk's /enterprise/control/agent.php and that no proxy or"
                        + " maintenance page answers in its place.");
    }

    @Test
    void htmlWithXmlContentTypeIsNotXml() {
        simulator.faults().next(Fault.rawResponse(200, "text/xml", "<html><body>Maintenance</body></html>"));

        PleskNonXmlResponseException e = catchThrowableOfType(PleskNonXmlResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.getMessage()).contains("with text/xml instead of an XML packet")
                .contains("\"<html><body>Maintenance</body></html>\"");
    }

    @Test
    void plainTextBody() {
        simulator.faults().next(Fault.rawResponse(200, null, "Service temporarily unavailable"));

        PleskNonXmlResponseException e = catchThrowableOfType(PleskNonXmlResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.getMessage()).contains("answered HTTP 200 with a body instead of an XML packet")
                .contains(": \"Service temporarily unavailable\".");
    }

    @Test
    void longBodyShortened() {
        simulator.faults().next(Fault.rawResponse(200, "text/html", "<html>" + "x".repeat(5000) + "</html>"));

        PleskNonXmlResponseException e = catchThrowableOfType(PleskNonXmlResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.getMessage()).contains("\"<html>" + "x".repeat(294) + "…\"").hasSizeLessThan(600);
    }

    @Test
    void truncatedXml() {
        simulator.faults().next(Fault.truncatedXml());

        PleskMalformedResponseException e = catchThrowableOfType(PleskMalformedResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).startsWith("Plesk server 'test-plesk' sent an unusable response: the XML is"
                + " truncated or not well-formed (line ");
    }

    @Test
    void malformedXml() {
        simulator.faults().next(Fault.rawResponse(200, "text/xml",
                "<packet><backup-manager><get-tasks-info></backup-manager></packet>"));

        PleskMalformedResponseException e = catchThrowableOfType(PleskMalformedResponseException.class,
                () -> client.getTask("5472"));

        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).startsWith("Plesk server 'test-plesk' sent an unusable response: the XML is"
                + " truncated or not well-formed (line 1, column ")
                .contains("get-tasks-info");
    }

    @Test
    void closedConnection() {
        simulator.faults().next(Fault.closeConnection());

        PleskConnectionException e = catchThrowableOfType(PleskConnectionException.class,
                () -> client.getTask("5472"));

        assertThat(e).isExactlyInstanceOf(PleskConnectionException.class);
        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).startsWith("The connection to Plesk server 'test-plesk' at " + hostAndPort()
                + " broke before a complete response arrived (")
                .endsWith("). Plesk or a proxy closed it; if this persists, check the server's logs.");
    }

    @Test
    void readTimeout() {
        simulator.faults().next(Fault.delay(Duration.ofSeconds(5)));
        PleskClient impatient = new PleskClient(SimulatorClients.settings(simulator)
                .readTimeout(Duration.ofMillis(300))
                .build());

        PleskTimeoutException e = catchThrowableOfType(PleskTimeoutException.class, () -> impatient.getTask("5472"));

        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.isTransient()).isTrue();
        assertThat(e).hasMessage("Plesk server 'test-plesk' at " + hostAndPort() + " sent no complete response within"
                + " 300 ms (read timeout). Plesk may be overloaded; if this persists, increase the read timeout.");
    }

    /**
     * A loopback server that accepts the connection but never responds to the TLS handshake. The JDK's HTTP client
     * counts the handshake as part of connecting, so the connect timeout applies.
     */
    @Test
    void connectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            PleskClient client = new PleskClient(PleskConnectionSettings.builder(
                            "https://127.0.0.1:" + silent.getLocalPort(), PleskAuthentication.secretKey("key"))
                    .serverName("silent")
                    .connectTimeout(Duration.ofMillis(300))
                    .build());

            PleskTimeoutException e = catchThrowableOfType(PleskTimeoutException.class, () -> client.getTask("1"));

            assertThat(e.isTransient()).isTrue();
            assertThat(e).hasMessage("Could not connect to Plesk server 'silent' at 127.0.0.1:" + silent.getLocalPort()
                    + " within 300 ms (connect timeout). Check the host, the port (Plesk listens on 8443) and firewalls"
                    + " between this client and Plesk.");
            accepted.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void interruptCancelsBlockingCall() throws Exception {
        simulator.faults().next(Fault.delay(Duration.ofSeconds(20)));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                client.getTask("5472");
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        }, "blocking-plesk-call");
        caller.start();
        while (simulator.requests().isEmpty()) {
            Thread.sleep(10);
        }

        caller.interrupt();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
    }

    @Test
    void connectionRefused() throws Exception {
        int port = SimulatorClients.closedLoopbackPort();
        PleskClient closed = new PleskClient(PleskConnectionSettings.builder(
                        URI.create("http://127.0.0.1:" + port + "/enterprise/control/agent.php"),
                        PleskAuthentication.loginPassword("admin", "pw"))
                .serverName("closed")
                .build());

        PleskConnectionException e = catchThrowableOfType(PleskConnectionException.class,
                () -> closed.getTask("5472"));

        assertThat(e).isExactlyInstanceOf(PleskConnectionException.class);
        assertThat(e.isTransient()).isTrue();
        assertThat(e).hasMessage("Cannot connect to Plesk server 'closed' at 127.0.0.1:" + port + ": connection"
                + " refused. Check the host, the port (Plesk listens on 8443) and that Plesk is running.");
    }

    @Test
    void unknownHost() {
        PleskClient unresolvable = new PleskClient(PleskConnectionSettings.builder("https://plesk.invalid:8443",
                        PleskAuthentication.loginPassword("admin", "pw"))
                .connectTimeout(Duration.ofSeconds(5))
                .build());

        PleskUnknownHostException e = catchThrowableOfType(PleskUnknownHostException.class,
                () -> unresolvable.getTask("5472"));

        assertThat(e.isTransient()).isFalse();
        assertThat(e.getServerName()).isEqualTo("plesk.invalid:8443");
        assertThat(e).hasMessage("Cannot resolve the host name 'plesk.invalid' of Plesk server 'plesk.invalid:8443'."
                + " Check the URL and this machine's DNS settings.");
    }

    @Test
    void responseOverLimit() {
        simulator.faults().next(Fault.rawResponse(200, "text/xml", "<packet>" + "<x/>".repeat(50_000) + "</packet>"));
        PleskClient limited = new PleskClient(SimulatorClients.settings(simulator).maxResponseBytes(4096).build());

        PleskMalformedResponseException e = catchThrowableOfType(PleskMalformedResponseException.class,
                () -> limited.getTask("5472"));

        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' sent an unusable response: it is larger than 4096 bytes,"
                + " far more than a task list; the limit guards against downloads and floods.");
    }

    @Test
    void responseAtLimitAccepted() throws Exception {
        String packet = "<packet version=\"1.6.9.0\"><backup-manager><get-tasks-info><result><status>ok</status>"
                + "<task><server/><id>5472</id><status>working</status></task></result></get-tasks-info>"
                + "</backup-manager></packet>";
        String padded = packet + " ".repeat(1024 - packet.length());
        simulator.faults().next(Fault.rawResponse(200, "text/xml", padded));
        PleskClient limited = new PleskClient(SimulatorClients.settings(simulator).maxResponseBytes(1024).build());

        assertThat(limited.getTask("5472").id()).isEqualTo("5472");
    }

    @Test
    void asyncFailureCarriesPleskException() {
        simulator.faults().next(Fault.httpError(503));

        CompletableFuture<BackupTask> future = client.getTaskAsync("5472");

        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
        PleskException cause = PleskClient.asPleskException(e);
        assertThat(cause).isInstanceOf(PleskHttpStatusException.class);
        assertThat(((PleskHttpStatusException) cause).getStatusCode()).isEqualTo(503);
    }
}
