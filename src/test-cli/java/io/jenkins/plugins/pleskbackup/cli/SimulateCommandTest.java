package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} on a free loopback port, driven by the other commands in the same test. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimulateCommandTest {

    private static final String LOGIN = "admin";
    private static final String PASSWORD = "sim-Secret-pw-6626";
    private static final String SECRET_KEY = "sim-Secret-key-1602";
    private static final Pattern ENDPOINT = Pattern.compile("listening at (https?://127\\.0\\.0\\.1:\\d+)/");
    private static final Pattern FINGERPRINT = Pattern.compile("fingerprint: ([0-9A-F:]{95})");

    @TempDir
    Path folder;

    /** A simulate command running on its own thread, with its captured output. */
    private static final class RunningSimulator implements AutoCloseable {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        final Thread thread;

        RunningSimulator(Map<String, String> environment, String... args) {
            PleskBackupCli cli = new PleskBackupCli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false, Clock.systemUTC(), Thread::sleep);
            thread = new Thread(() -> exitCode.complete(cli.run(args)), "simulate-under-test");
            thread.start();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        /** Waits for the banner and returns the URL that the other commands take. */
        String awaitUrl() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Matcher matcher = ENDPOINT.matcher(out());
                if (matcher.find() && out().contains("Press Ctrl-C to stop.")) {
                    return matcher.group(1);
                }
                if (exitCode.isDone()) {
                    throw new AssertionError("simulate ended with " + exitCode.get() + ": " + err());
                }
                Thread.sleep(20);
            }
            throw new AssertionError("simulate printed no endpoint: " + out() + err());
        }

        int stop() throws Exception {
            thread.interrupt();
            return exitCode.get(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws ExecutionException, TimeoutException {
            if (exitCode.isDone()) {
                return;
            }
            thread.interrupt();
            try {
                exitCode.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Returns a command line for the client side. Its clock is never read, because these tests do not wait. */
    private static CliRun client() {
        return CliRun.withClock(new ManualClock(Instant.EPOCH));
    }

    @Test
    void statusConnectsWithSameEnvironment() throws Exception {
        Map<String, String> environment = Map.of("PLESK_LOGIN", LOGIN, "PLESK_PASSWORD", PASSWORD);
        try (RunningSimulator simulator = new RunningSimulator(environment, "simulate", "--port", "0",
                "--demo-tasks")) {
            String url = simulator.awaitUrl();

            CliRun.Result status = client().login(LOGIN, PASSWORD).run("status", "--url", url, "--webspace-name",
                    "example.com");

            assertThat(status.exitCode()).isEqualTo(0);
            assertThat(status.out()).contains("webspace 1").contains("finished");
            assertThat(simulator.out()).contains("Accepts login 'admin' with the password from environment variables"
                    + " PLESK_LOGIN and PLESK_PASSWORD").contains("Try: plesk-backup status --url " + url);
            assertThat(simulator.stop()).isEqualTo(130);
            assertThat(simulator.out()).endsWith("Plesk simulator stopped.\n");
            assertThat(simulator.out() + simulator.err()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void httpsPrintsFingerprintAndAcceptsKey() throws Exception {
        Map<String, String> environment = Map.of("PLESK_SECRET_KEY", SECRET_KEY);
        try (RunningSimulator simulator = new RunningSimulator(environment, "simulate", "--port", "0", "--https")) {
            String url = simulator.awaitUrl();
            Matcher fingerprint = FINGERPRINT.matcher(simulator.out());
            assertThat(fingerprint.find()).as(simulator.out()).isTrue();

            CliRun.Result status = client().secretKey(SECRET_KEY).run("status", "--url", url, "--pin-sha256",
                    fingerprint.group(1));

            assertThat(url).startsWith("https://");
            assertThat(status.exitCode()).isEqualTo(0);
            assertThat(status.out()).contains("lists no backup tasks");
            assertThat(simulator.out()).contains("--pin-sha256 " + fingerprint.group(1));
            assertThat(simulator.out() + simulator.err()).doesNotContain(SECRET_KEY);
        }
    }

    @Test
    void scenarioFileDefinesTasks() throws Exception {
        Path scenario = folder.resolve("tasks.scenario");
        Files.writeString(scenario, String.join("\n",
                "# two tasks",
                "customer 7 jdoe",
                "task 5472 customer=7 started=1224897686 status=working",
                "task 9 server started=2015-12-01T11:19:00Z status=finished prefix=my_ filename=my_1512011119.tar"
                        + " protocol=ftp",
                ""), StandardCharsets.UTF_8);
        Map<String, String> environment = Map.of("PLESK_LOGIN", LOGIN, "PLESK_PASSWORD", PASSWORD);
        try (RunningSimulator simulator = new RunningSimulator(environment, "simulate", "--port", "0",
                "--scenario", scenario.toString())) {
            String url = simulator.awaitUrl();

            CliRun.Result status = client().login(LOGIN, PASSWORD).run("status", "--url", url, "--server");

            assertThat(status.exitCode()).isEqualTo(0);
            assertThat(status.out()).contains("my_1512011119.tar").contains("ftp");
            assertThat(simulator.out()).contains("Contents: scenario file '" + scenario + "'.");
        }
    }

    @Test
    void missingCredentialsExplainWhy() {
        CliRun.Result result = client().run("simulate", "--port", "0");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Missing Plesk credentials for the simulator to accept")
                .contains("PLESK_SECRET_KEY").contains("PLESK_LOGIN and PLESK_PASSWORD");
    }

    @Test
    void invalidScenarioNamesLine() throws Exception {
        Path scenario = folder.resolve("bad.scenario");
        Files.writeString(scenario, "customer 7 jdoe\ntask 1 customer=8\n", StandardCharsets.UTF_8);

        CliRun.Result result = client().login(LOGIN, PASSWORD).run("simulate", "--port", "0", "--scenario",
                scenario.toString());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("plesk-backup: Invalid scenario file: bad.scenario line 2: customer 8 is"
                + " not defined in the scenario\n");
    }

    @Test
    void scenarioClashingWithDemoTasks() throws Exception {
        Path accountClash = folder.resolve("account.scenario");
        Files.writeString(accountClash, "customer 1 other\n", StandardCharsets.UTF_8);
        Path taskClash = folder.resolve("task.scenario");
        Files.writeString(taskClash, "task 1 server status=finished\n", StandardCharsets.UTF_8);

        CliRun.Result account = client().login(LOGIN, PASSWORD).run("simulate", "--port", "0", "--demo-tasks",
                "--scenario", accountClash.toString());
        CliRun.Result task = client().login(LOGIN, PASSWORD).run("simulate", "--port", "0", "--demo-tasks",
                "--scenario", taskClash.toString());

        assertThat(account.exitCode()).isEqualTo(64);
        assertThat(account.err()).startsWith("plesk-backup: The scenario file '" + accountClash
                + "' conflicts with the demo accounts and tasks: ");
        assertThat(task.exitCode()).isEqualTo(64);
        assertThat(task.err()).startsWith("plesk-backup: The simulator cannot start with these accounts and tasks: ")
                .contains("Task id 1 is already used");
    }

    @Test
    void missingScenarioFile() {
        CliRun.Result result = client().login(LOGIN, PASSWORD).run("simulate", "--port", "0", "--scenario",
                folder.resolve("absent").toString());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("Cannot read the scenario file");
    }

    @Test
    void hostNameAsBindAddressIsUsageError() {
        CliRun.Result result = client().login(LOGIN, PASSWORD).run("simulate", "--bind", "plesk.invalid");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("The bind address 'plesk.invalid' is not an IP address");
    }

    @Test
    void portInUseIsUsageError() throws Exception {
        Map<String, String> environment = Map.of("PLESK_LOGIN", LOGIN, "PLESK_PASSWORD", PASSWORD);
        try (RunningSimulator first = new RunningSimulator(environment, "simulate", "--port", "0")) {
            String port = first.awaitUrl().replaceFirst(".*:", "");

            CliRun.Result second = client().login(LOGIN, PASSWORD).run("simulate", "--port", port);

            assertThat(second.exitCode()).isEqualTo(64);
            assertThat(second.err()).startsWith("plesk-backup: Cannot listen on 127.0.0.1 port " + port)
                    .contains("--port");
        }
    }
}
