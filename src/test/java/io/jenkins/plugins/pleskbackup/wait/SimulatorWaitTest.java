package io.jenkins.plugins.pleskbackup.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.client.BackupRequest;
import io.jenkins.plugins.pleskbackup.client.BackupTarget;
import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.TaskStatus;
import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The blocking wait against the simulator over HTTP. The simulator's task progress and the wait share one manual
 * clock, and the sleeper advances it, so a backup of minutes takes milliseconds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimulatorWaitTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2024-03-01T09:00:00Z"));
    private final List<WaitEvent> events = new ArrayList<>();
    private final List<Long> sleeps = new ArrayList<>();
    private PleskSimulator simulator;
    private PleskClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .clock(clock)
                .administrator("admin", "adm1n-Pa55-5e7c2b")
                .webspace(1, "example.com")
                .start();
        client = new PleskClient(PleskConnectionSettings.builder(simulator.endpoint(),
                        PleskAuthentication.loginPassword("admin", "adm1n-Pa55-5e7c2b"))
                .serverName("test-plesk")
                .readTimeout(Duration.ofSeconds(10))
                .build());
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private BlockingTaskWait waitWith(WaitSettings settings) {
        return new BlockingTaskWait(new TaskWaiter(settings, () -> 0.5), clock, millis -> {
            sleeps.add(millis);
            clock.advance(Duration.ofMillis(millis));
        });
    }

    private WaitResult waitFor(String taskId, WaitSettings settings) throws Exception {
        TaskWaiter waiter = new TaskWaiter(settings, () -> 0.5);
        return waitWith(settings).run(waiter.begin("test-plesk", taskId, clock.millis()), client::getTask,
                events::add);
    }

    @Test
    void backupFinishes() throws Exception {
        simulator.scheduleNextBackup(Duration.ofMinutes(3), TaskOutcome.FINISHED);
        String taskId = client.startBackup(BackupRequest.builder(BackupTarget.webspaceName("example.com"))
                .prefix("ci_")
                .build());

        WaitResult result = waitFor(taskId, WaitSettings.defaults());

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
        assertThat(result.lastTask().id()).isEqualTo(taskId);
        assertThat(result.lastTask().filename()).startsWith("ci_").endsWith(".tar");
        assertThat(result.waitedMillis()).isBetween(Duration.ofMinutes(3).toMillis(), Duration.ofMinutes(4).toMillis());
        assertThat(events).filteredOn(WaitEvent.StatusChanged.class::isInstance)
                .extracting(event -> ((WaitEvent.StatusChanged) event).task().status())
                .containsExactly(TaskStatus.WORKING, TaskStatus.FINISHED);
        assertThat(simulator.requests()).hasSize(1 + sleeps.size() + 1);
    }

    @Test
    void backupFails() throws Exception {
        simulator.scheduleNextBackup(Duration.ofSeconds(20), TaskOutcome.FAILED);
        String taskId = client.startBackup(BackupRequest.builder(BackupTarget.server()).build());

        WaitResult result = waitFor(taskId, WaitSettings.defaults());

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
        assertThat(result.lastTask().filename()).isEmpty();
    }

    @Test
    void stoppedDuringWait() throws Exception {
        simulator.scheduleNextBackup(null, TaskOutcome.FINISHED);
        String taskId = client.startBackup(BackupRequest.builder(BackupTarget.server()).build());
        TaskWaiter waiter = new TaskWaiter(WaitSettings.defaults(), () -> 0.5);
        BlockingTaskWait stoppingWait = new BlockingTaskWait(waiter, clock, millis -> {
            sleeps.add(millis);
            clock.advance(Duration.ofMillis(millis));
            if (sleeps.size() == 3) {
                stopInSimulator(taskId);
            }
        });

        WaitResult result = stoppingWait.run(waiter.begin("test-plesk", taskId, clock.millis()), client::getTask,
                events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.STOPPED);
        assertThat(sleeps).hasSize(3);
    }

    /** Stops the task as a user would in Plesk's user interface. */
    private void stopInSimulator(String taskId) throws InterruptedException {
        try {
            client.stopBackup(taskId);
        } catch (PleskException e) {
            throw new AssertionError("stop-backup failed", e);
        }
    }

    @Test
    void timeoutWhileWorking() throws Exception {
        simulator.scheduleNextBackup(null, TaskOutcome.FINISHED);
        String taskId = client.startBackup(BackupRequest.builder(BackupTarget.server()).build());

        WaitResult result = waitFor(taskId, WaitSettings.defaults().withTimeout(Duration.ofMinutes(10)));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.waitedMillis()).isEqualTo(Duration.ofMinutes(10).toMillis());
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.WORKING);
        assertThat(events).filteredOn(WaitEvent.StillWaiting.class::isInstance).hasSize(1);
    }

    @Test
    void recoversFromServerErrors() throws Exception {
        simulator.scheduleNextBackup(Duration.ofMinutes(1), TaskOutcome.FINISHED);
        String taskId = client.startBackup(BackupRequest.builder(BackupTarget.server()).build());
        simulator.faults().next(Fault.httpError(503));
        simulator.faults().next(Fault.httpError(503));
        simulator.faults().next(Fault.closeConnection());

        WaitResult result = waitFor(taskId, WaitSettings.defaults());

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
        assertThat(events).filteredOn(WaitEvent.TransientFailure.class::isInstance).hasSize(2);
        assertThat(events).filteredOn(WaitEvent.Recovered.class::isInstance).singleElement()
                .isInstanceOfSatisfying(WaitEvent.Recovered.class,
                        event -> assertThat(event.failedPolls()).isEqualTo(3));
    }

    @Test
    void unknownTaskNotFound() throws Exception {
        WaitResult result = waitFor("999", WaitSettings.defaults());

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TASK_NOT_FOUND);
        assertThat(result.lastTask()).isNull();
        assertThat(sleeps).isEmpty();
    }
}
