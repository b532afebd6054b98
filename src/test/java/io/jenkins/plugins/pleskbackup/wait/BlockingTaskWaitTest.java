package io.jenkins.plugins.pleskbackup.wait;

import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.NO_JITTER;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.SERVER;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.SETTINGS;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.TASK_ID;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.httpStatus;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.readTimeout;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskAuthenticationException;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.PleskTaskNotFoundException;
import io.jenkins.plugins.pleskbackup.client.TaskStatus;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The blocking wait loop on a manual clock, with a sleeper that only advances the clock. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BlockingTaskWaitTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2024-03-01T09:00:00Z"));
    private final List<Long> sleeps = new ArrayList<>();
    private final List<WaitEvent> events = new ArrayList<>();
    private final TaskWaiter waiter = new TaskWaiter(SETTINGS, () -> NO_JITTER);
    private final BlockingTaskWait wait = new BlockingTaskWait(waiter, clock, millis -> {
        sleeps.add(millis);
        clock.advance(Duration.ofMillis(millis));
    });

    /** A task source that returns or throws its scripted results in order and then repeats the last one. */
    private static final class ScriptedSource implements BlockingTaskWait.TaskSource {
        private final Deque<Object> results = new ArrayDeque<>();
        private final List<String> requestedIds = new ArrayList<>();

        ScriptedSource(Object... results) {
            this.results.addAll(List.of(results));
        }

        @Override
        public BackupTask read(String taskId) throws PleskException, InterruptedException {
            requestedIds.add(taskId);
            Object result = results.size() > 1 ? results.removeFirst() : results.getFirst();
            if (result instanceof PleskException) {
                throw (PleskException) result;
            }
            if (result instanceof InterruptedException) {
                throw (InterruptedException) result;
            }
            return (BackupTask) result;
        }
    }

    private WaitState begin() {
        return waiter.begin(SERVER, TASK_ID, clock.millis());
    }

    @Test
    void workingThenFinished() throws Exception {
        ScriptedSource source = new ScriptedSource(task("working"), task("working"), task("finished"));

        WaitResult result = wait.run(begin(), source, events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.FINISHED);
        assertThat(result.waitedMillis()).isEqualTo(2_500);
        assertThat(sleeps).containsExactly(1_000L, 1_500L);
        assertThat(source.requestedIds).containsExactly(TASK_ID, TASK_ID, TASK_ID);
        assertThat(events).hasSize(2).allMatch(WaitEvent.StatusChanged.class::isInstance);
    }

    @Test
    void failedTask() throws Exception {
        WaitResult result = wait.run(begin(), new ScriptedSource(task("working"), task("failed")), events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
        assertThat(sleeps).containsExactly(1_000L);
    }

    @Test
    void stoppedTask() throws Exception {
        WaitResult result = wait.run(begin(), new ScriptedSource(task("stopped")), events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.STOPPED);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void timeoutWhileWorking() throws Exception {
        WaitResult result = wait.run(begin(), new ScriptedSource(task("working")), events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.waitedMillis()).isEqualTo(SETTINGS.timeout().toMillis());
        assertThat(sleeps.stream().mapToLong(Long::longValue).sum()).isEqualTo(SETTINGS.timeout().toMillis());
        assertThat(sleeps).allSatisfy(sleep -> assertThat(sleep).isBetween(1L, 10_000L));
        assertThat(events).filteredOn(WaitEvent.StillWaiting.class::isInstance).hasSize(9);
    }

    @Test
    void unknownStatusNeverSucceeds() throws Exception {
        WaitResult result = wait.run(begin(), new ScriptedSource(task("queued")), events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.lastTask().status().text()).isEqualTo("queued");
    }

    @Test
    void transientFailuresThenSuccess() throws Exception {
        ScriptedSource source = new ScriptedSource(task("working"), readTimeout(), readTimeout(), httpStatus(503),
                task("finished"));

        WaitResult result = wait.run(begin(), source, events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
        assertThat(events).filteredOn(WaitEvent.TransientFailure.class::isInstance).hasSize(2);
        assertThat(events).filteredOn(WaitEvent.Recovered.class::isInstance).singleElement()
                .isInstanceOfSatisfying(WaitEvent.Recovered.class,
                        event -> assertThat(event.failedPolls()).isEqualTo(3));
        assertThat(sleeps).containsExactly(1_000L, 1_500L, 2_250L, 3_375L);
    }

    @Test
    void transientFailuresUntilTimeout() throws Exception {
        PleskException last = httpStatus(502);
        WaitResult result = wait.run(begin(), new ScriptedSource(task("working"), last), events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.lastFailureMessage()).isEqualTo(last.getMessage());
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.WORKING);
        assertThat(events).filteredOn(WaitEvent.TransientFailure.class::isInstance).hasSize(1);
    }

    @Test
    void permanentFailureThrown() {
        PleskAuthenticationException denied = new PleskAuthenticationException(SERVER, 1001, "Rejected login.");

        assertThatThrownBy(() -> wait.run(begin(), new ScriptedSource(task("working"), denied), events::add))
                .isSameAs(denied);
        assertThat(sleeps).containsExactly(1_000L);
    }

    @Test
    void taskNotFound() throws Exception {
        WaitResult result = wait.run(begin(), new ScriptedSource(new PleskTaskNotFoundException(SERVER, TASK_ID)),
                events::add);

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TASK_NOT_FOUND);
        assertThat(result.lastTask()).isNull();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void interruptedSleepPropagates() {
        BlockingTaskWait interrupted = new BlockingTaskWait(waiter, clock, millis -> {
            throw new InterruptedException("build aborted");
        });

        assertThatThrownBy(() -> interrupted.run(begin(), new ScriptedSource(task("working")), events::add))
                .isInstanceOf(InterruptedException.class)
                .hasMessage("build aborted");
        assertThat(events).singleElement().isInstanceOf(WaitEvent.StatusChanged.class);
    }

    @Test
    void interruptedReadPropagates() {
        InterruptedException abort = new InterruptedException("read aborted");

        assertThatThrownBy(() -> wait.run(begin(), new ScriptedSource(task("working"), abort), events::add))
                .isSameAs(abort);
    }

    @Test
    void realSleeperHonoursInterrupt() throws Exception {
        BlockingTaskWait systemWait = BlockingTaskWait.withSystemClock(new TaskWaiter(
                SETTINGS.withInitialPollInterval(Duration.ofMinutes(1)), () -> NO_JITTER));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> systemWait.run(waiter.begin(SERVER, TASK_ID, System.currentTimeMillis()),
                    new ScriptedSource(task("working")), events::add))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
