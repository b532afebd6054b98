package io.jenkins.plugins.pleskbackup.testing;

import io.jenkins.plugins.pleskbackup.builders.PleskBackupStatusBuilder;
import io.jenkins.plugins.pleskbackup.builders.WaitForPleskBackupBuilder;
import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.RecordedRequest;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.steps.StartPleskBackupStep;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Set-up shared by the tests that drive the plugin through the Jenkins stand-in: the plugin's extensions, Plesk
 * simulators on 127.0.0.1, credentials for them, and bounded waits for what a simulator receives.
 */
public final class StandInPlesk {

    public static final String ADMIN_LOGIN = "admin";

    /** Distinctive values, so that a leak into a log or message is easy to find. */
    public static final String ADMIN_PASSWORD = "Pw-7f3e-Q2x9-never-log";
    public static final String SECRET_KEY = "Sk-5c1d0e8a-4b7f-never-log";

    /** "Secret text" credentials holding {@link #SECRET_KEY}. */
    public static final String KEY_CREDENTIALS_ID = "plesk-key";

    /** "Username with password" credentials for {@link #ADMIN_LOGIN}. */
    public static final String LOGIN_CREDENTIALS_ID = "plesk-admin";

    /** Start of the simulators' manual clocks, so that start times and file names are predictable. */
    public static final Instant START = Instant.parse("2024-03-01T09:00:00Z");

    /** Maximum time of every wait for a simulator, long enough for a loaded build machine. */
    public static final Duration AWAIT_TIMEOUT = Duration.ofSeconds(20);

    private static final HttpClient RAW_HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private StandInPlesk() {
    }

    /**
     * Registers the plugin's global configuration and descriptors with the stand-in, as Jenkins does from the SezPoz
     * index, and returns the global configuration. Call it after {@code StandInJenkins.reset()}.
     */
    public static PleskGlobalConfiguration registerPlugin() {
        PleskGlobalConfiguration configuration = new PleskGlobalConfiguration();
        StandInJenkins.registerExtension(configuration);
        StandInJenkins.registerExtension(new PleskServer.DescriptorImpl());
        StandInJenkins.registerExtension(new PleskBackupStatusStep.DescriptorImpl());
        StandInJenkins.registerExtension(new StartPleskBackupStep.DescriptorImpl());
        StandInJenkins.registerExtension(new WaitForPleskBackupStep.DescriptorImpl());
        StandInJenkins.registerExtension(new PleskBackupStatusBuilder.DescriptorImpl());
        StandInJenkins.registerExtension(new WaitForPleskBackupBuilder.DescriptorImpl());
        return configuration;
    }

    /**
     * A plain HTTP simulator on {@code clock} that accepts the administrator's login and password, and
     * {@link #SECRET_KEY} from 127.0.0.1 only, as Plesk binds a key to the caller's address.
     */
    public static PleskSimulator.Builder simulator(ManualClock clock) {
        return PleskSimulator.builder()
                .clock(clock)
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .secretKey(SECRET_KEY, loopback());
    }

    /** Adds both administrator credentials to the global store. */
    public static void addAdminCredentials() {
        StandInJenkins.addCredentials(StandInJenkins.secretText(KEY_CREDENTIALS_ID, SECRET_KEY));
        StandInJenkins.addCredentials(StandInJenkins.usernamePassword(LOGIN_CREDENTIALS_ID, ADMIN_LOGIN,
                ADMIN_PASSWORD));
    }

    /** Creates a configured server for the simulator, with timeouts short enough that a broken test fails quickly. */
    public static PleskServer server(String name, PleskSimulator simulator, String credentialsId) {
        PleskServer server = new PleskServer(name, simulator.endpoint().toString(), credentialsId);
        server.setConnectTimeoutSeconds(5);
        server.setReadTimeoutSeconds(10);
        return server;
    }

    /** Replaces the servers of the registered global configuration. */
    public static void configure(PleskServer... servers) {
        PleskGlobalConfiguration.get().setServers(Arrays.asList(servers));
    }

    /** Returns the requests whose packet contains the operation, such as {@code get-tasks-info}. */
    public static List<RecordedRequest> requestsFor(PleskSimulator simulator, String operation) {
        return simulator.requests().stream()
                .filter(request -> request.bodyAsString().contains("<" + operation))
                .toList();
    }

    /** Waits until the simulator has received at least {@code count} requests with the operation. */
    public static void awaitRequests(PleskSimulator simulator, String operation, int count)
            throws InterruptedException {
        await(() -> requestsFor(simulator, operation).size() >= count,
                "at least " + count + " " + operation + " request(s) to reach " + simulator);
    }

    /** Waits until the condition is true, checking every 20 ms for at most {@link #AWAIT_TIMEOUT}. */
    public static void await(BooleanSupplier condition, String description) throws InterruptedException {
        long deadline = System.nanoTime() + AWAIT_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + AWAIT_TIMEOUT.toSeconds() + " s waiting for "
                        + description);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Sends {@code stop-backup} for the task to the simulator as Plesk's own tools would, without the plugin's client,
     * and returns the response body.
     */
    public static String sendStopBackup(PleskSimulator simulator, long taskId)
            throws IOException, InterruptedException {
        String packet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><packet version=\"1.6.9.0\"><backup-manager>"
                + "<stop-backup><task-id>" + taskId + "</task-id></stop-backup></backup-manager></packet>";
        HttpRequest request = HttpRequest.newBuilder(simulator.endpoint())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml")
                .header("HTTP_AUTH_LOGIN", ADMIN_LOGIN)
                .header("HTTP_AUTH_PASSWD", ADMIN_PASSWORD)
                .POST(HttpRequest.BodyPublishers.ofString(packet, StandardCharsets.UTF_8))
                .build();
        return RAW_HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /**
     * Returns a loopback port that nothing listens on: one the system just handed out and that was closed again.
     * Another process could take it in between, which is unlikely within one test.
     */
    public static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
            return socket.getLocalPort();
        }
    }

    /** Returns 127.0.0.1, the only address the tests send requests to. */
    public static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new IllegalStateException("127.0.0.1 is not a valid address", e);
        }
    }
}
