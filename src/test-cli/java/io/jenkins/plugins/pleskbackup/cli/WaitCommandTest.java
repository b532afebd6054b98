package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code wait} against a simulator whose tasks follow a manual clock that the wait's sleeps advance. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WaitCommandTest {

    private static final String LOGIN = "admin";
    private static final String PASSWORD = "wait-Secret-pw-2718";

    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));
    private PleskSimulator simulator;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .clock(clock)
                .administrator(LOGIN, PASSWORD)
                .webspace(1, "example.com")
                .task(TaskDefinition.builder(10, TaskOwner.webspace(1))
                        .duration(Duration.ofSeconds(30)).outcome(TaskOutcome.FINISHED).prefix("w_").build())
                .task(TaskDefinition.builder(11, TaskOwner.webspace(1))
                        .duration(Duration.ofSeconds(30)).outcome(TaskOutcome.FAILED).build())
                .task(TaskDefinition.builder(12, TaskOwner.webspace(1)).build())
                .start();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private CliRun admin() {
        return CliRun.withClock(clock).login(LOGIN, PASSWORD);
    }

    private CliRun.Result waitFor(String taskId, String... options) {
        return admin().run(StatusCommandTest.concat(
                new String[] {"wait", "--url", simulator.endpoint().toString(), "--task-id", taskId}, options));
    }

    @Test
    void finishedTaskExitsZero() {
        CliRun.Result result = waitFor("10");

        assertThat(result.exitCode()).isEqualTo(0);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Waiting for backup task 10 on Plesk server '127.0.0.1:"
                + simulator.port() + "' (timeout 2 h, polls every 5 s up to 1 min)");
        assertThat(lines.get(1)).isEqualTo("Task 10: working (webspace 1, started 2024-05-01T10:00:00Z).");
        assertThat(lines.get(2)).isEqualTo("Task 10 changed from working to finished.");
        assertThat(lines.get(3)).matches("Task 10 finished \\(waited \\d+ s\\)\\. Backup file: w_2405011000\\.tar");
        assertThat(lines).hasSize(4);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).doesNotContain("\r");
    }

    @Test
    void failedTaskExitsOne() {
        CliRun.Result result = waitFor("11");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Task 11 changed from working to failed.");
        assertThat(result.err()).startsWith("plesk-backup: backup task 11 on Plesk server").contains("failed (waited");
        assertThat(result.err().lines().count()).isEqualTo(1);
    }

    @Test
    void stoppedTaskExitsTwo() {
        PleskClient client = new PleskClient(PleskConnectionSettings
                .builder(simulator.endpoint(), PleskAuthentication.loginPassword(LOGIN, PASSWORD)).build());
        AtomicBoolean stopSent = new AtomicBoolean();

        CliRun.Result result = admin().sleeper(millis -> {
            if (stopSent.compareAndSet(false, true)) {
                try {
                    client.stopBackup("12");
                } catch (Exception e) {
                    throw new AssertionError("stop-backup failed", e);
                }
            }
            clock.advance(Duration.ofMillis(millis));
        }).run("wait", "--url", simulator.endpoint().toString(), "--task-id", "12");

        assertThat(stopSent).isTrue();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("Task 12 changed from working to stopped.");
        assertThat(result.err()).startsWith("plesk-backup: backup task 12").contains("was stopped");
    }

    @Test
    void workingTaskTimesOut() {
        CliRun.Result result = waitFor("12", "--timeout", "2m", "--initial-interval", "10s", "--max-interval", "20s");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("(timeout 2 min, polls every 10 s up to 20 s)");
        assertThat(result.err()).startsWith("plesk-backup: timed out after 2 min waiting for backup task 12")
                .contains("its last status was working");
        long polls = simulator.requests().stream().filter(request -> request.bodyAsString().contains("get-tasks-info"))
                .count();
        assertThat(polls).isBetween(6L, 13L);
    }

    @Test
    void unknownStatusWaitsUntilTimeout() {
        simulator.faults().always("get-tasks-info", Fault.wrongTaskStatus("queued"));

        CliRun.Result result = waitFor("10", "--timeout", "1m");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("Task 10 has the status 'queued', which Plesk's schema does not define");
        assertThat(result.err()).contains("its last status was queued");
    }

    @Test
    void unknownTaskExitsNotFound() {
        CliRun.Result result = waitFor("99");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).startsWith("plesk-backup: Plesk server").contains("no backup task with id 99");
    }

    @Test
    void http503RetriedUntilTimeout() {
        simulator.faults().always(Fault.httpError(503));

        CliRun.Result result = waitFor("10", "--timeout", "1m");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out().lines().filter(line -> line.contains("HTTP 503")).count())
                .as("the first failure of a kind is reported once").isEqualTo(1);
        assertThat(result.out()).contains("Task 10: the poll failed, retrying in");
        assertThat(result.err()).contains("because Plesk could not be reached").contains("HTTP 503");
    }

    @Test
    void recoveryAfter503IsReported() {
        simulator.faults().next(Fault.httpError(503));
        simulator.faults().next(Fault.httpError(503));

        CliRun.Result result = waitFor("10");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("Task 10: Plesk answered again after 2 failed polls.");
    }

    @Test
    void refusedConnectionRetriedUntilTimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            closedPort = socket.getLocalPort();
        }

        CliRun.Result result = admin().run("wait", "--url", "http://127.0.0.1:" + closedPort, "--task-id", "10",
                "--timeout", "30s");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("connection refused");
    }

    @Test
    void wrongPasswordEndsWaitAtOnce() {
        CliRun.Result result = CliRun.withClock(clock).login(LOGIN, "wrong-Secret-pw-1")
                .run("wait", "--url", simulator.endpoint().toString(), "--task-id", "12");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("plesk-backup: ").contains("error 1001");
        assertThat(simulator.requests()).hasSize(1);
        result.assertNoSecret("wrong-Secret-pw-1", PASSWORD);
    }

    @Test
    void terminalShowsProgressLine() {
        CliRun.Result result = admin().terminal(true).run("wait", "--url", simulator.endpoint().toString(),
                "--task-id", "10");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("\r  task 10 working, ");
        assertThat(result.out()).contains(" elapsed, next poll in ");
        assertThat(result.out()).contains("\rTask 10 changed from working to finished.");
        List<String> lines = List.of(result.out().split("\n"));
        assertThat(lines.get(lines.size() - 1)).startsWith("Task 10 finished (waited");
    }

    @Test
    void interruptExits130() {
        CliRun.Result result = admin().sleeper(millis -> {
            throw new InterruptedException("test");
        }).run("wait", "--url", simulator.endpoint().toString(), "--task-id", "12");

        assertThat(result.exitCode()).isEqualTo(130);
        assertThat(result.err()).isEqualTo("plesk-backup: interrupted; stopped waiting for backup task 12, which keeps"
                + " running on Plesk server '127.0.0.1:" + simulator.port() + "'.\n");
    }

    @Test
    void invalidDurationIsUsageError() {
        CliRun.Result result = waitFor("10", "--timeout", "soon");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Invalid value for option '--timeout'")
                .contains("'soon' is not a duration");
    }

    @Test
    void zeroTimeoutIsUsageError() {
        CliRun.Result result = waitFor("10", "--timeout", "0");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("not a positive duration");
    }

    @Test
    void initialLongerThanMaxIsUsageError() {
        CliRun.Result result = waitFor("10", "--initial-interval", "2m", "--max-interval", "1m");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("--initial-interval (2 min) is longer than --max-interval (1 min)");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void missingTaskIdIsUsageError() {
        CliRun.Result result = admin().run("wait", "--url", simulator.endpoint().toString());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("Missing required option: '--task-id=ID'");
    }
}
