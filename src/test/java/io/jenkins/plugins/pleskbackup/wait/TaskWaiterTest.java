package io.jenkins.plugins.pleskbackup.wait;

import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.NO_JITTER;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.SERVER;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.SETTINGS;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.TASK_ID;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.httpStatus;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.readTimeout;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskAuthenticationException;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionException;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.PleskHttpStatusException;
import io.jenkins.plugins.pleskbackup.client.PleskObjectNotFoundException;
import io.jenkins.plugins.pleskbackup.client.PleskProtocolVersionException;
import io.jenkins.plugins.pleskbackup.client.PleskRequestRejectedException;
import io.jenkins.plugins.pleskbackup.client.PleskTaskNotFoundException;
import io.jenkins.plugins.pleskbackup.client.PleskTimeoutException;
import io.jenkins.plugins.pleskbackup.client.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decisions of the wait engine, driven by hand with explicit times in milliseconds. */
class TaskWaiterTest {

    private static final long TIMEOUT = SETTINGS.timeout().toMillis();

    private final TaskWaiter waiter = new TaskWaiter(SETTINGS, () -> NO_JITTER);

    private WaitState begin() {
        return waiter.begin(SERVER, TASK_ID, 0);
    }

    private static WaitResult resultOf(WaitDecision decision) {
        assertThat(decision).isInstanceOf(WaitDecision.Done.class);
        return ((WaitDecision.Done) decision).result();
    }

    private static long delayOf(WaitDecision decision) {
        assertThat(decision).isInstanceOf(WaitDecision.PollAgain.class);
        return ((WaitDecision.PollAgain) decision).delayMillis();
    }

    @Test
    void beginSetsDeadline() {
        WaitState state = waiter.begin(SERVER, TASK_ID, 1_000);

        assertThat(state.serverName()).isEqualTo(SERVER);
        assertThat(state.taskId()).isEqualTo(TASK_ID);
        assertThat(state.startedAtMillis()).isEqualTo(1_000);
        assertThat(state.deadlineMillis()).isEqualTo(1_000 + TIMEOUT);
        assertThat(state.polls()).isZero();
        assertThat(state.lastStatusText()).isNull();
        assertThat(waiter.settings()).isSameAs(SETTINGS);
    }

    @Test
    void workingThenFinished() {
        WaitState state = begin();

        WaitDecision first = waiter.onTask(state, task("working"), 0);
        WaitDecision second = waiter.onTask(state, task("working"), 1_000);
        WaitDecision last = waiter.onTask(state, task("finished"), 2_500);

        assertThat(delayOf(first)).isEqualTo(1_000);
        assertThat(first.events()).singleElement().isInstanceOfSatisfying(WaitEvent.StatusChanged.class, event -> {
            assertThat(event.previousStatusText()).isNull();
            assertThat(event.task().status()).isSameAs(TaskStatus.WORKING);
            assertThat(event.remainingMillis()).isEqualTo(TIMEOUT);
        });
        assertThat(delayOf(second)).isEqualTo(1_500);
        assertThat(second.events()).isEmpty();
        WaitResult result = resultOf(last);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.FINISHED);
        assertThat(result.waitedMillis()).isEqualTo(2_500);
        assertThat(result.lastFailureMessage()).isNull();
        assertThat(last.events()).singleElement().isInstanceOfSatisfying(WaitEvent.StatusChanged.class, event -> {
            assertThat(event.previousStatusText()).isEqualTo("working");
            assertThat(event.task().status()).isSameAs(TaskStatus.FINISHED);
            assertThat(event.remainingMillis()).isEqualTo(TIMEOUT - 2_500);
        });
        assertThat(state.polls()).isEqualTo(3);
        assertThat(state.lastStatusText()).isEqualTo("finished");
    }

    @Test
    void alreadyFinishedEndsAtOnce() {
        WaitResult result = resultOf(waiter.onTask(begin(), task("finished"), 0));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
        assertThat(result.waitedMillis()).isZero();
    }

    @Test
    void failedTask() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitResult result = resultOf(waiter.onTask(state, task("failed"), 1_000));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.FAILED);
    }

    @Test
    void stoppedTask() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitResult result = resultOf(waiter.onTask(state, task("stopped"), 1_000));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.STOPPED);
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.STOPPED);
    }

    @Test
    void unknownStatusPollsUntilTimeout() {
        WaitState state = begin();
        long now = 0;
        WaitDecision decision = waiter.onTask(state, task("queued"), now);
        int polls = 1;
        while (decision instanceof WaitDecision.PollAgain) {
            now += ((WaitDecision.PollAgain) decision).delayMillis();
            decision = waiter.onTask(state, task("queued"), now);
            polls++;
            assertThat(polls).as("polls").isLessThan(1_000);
        }

        WaitResult result = resultOf(decision);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.lastTask().status().kind()).isEqualTo(TaskStatus.Kind.UNKNOWN);
        assertThat(result.lastTask().status().text()).isEqualTo("queued");
        assertThat(now).isEqualTo(TIMEOUT);
        assertThat(result.waitedMillis()).isEqualTo(TIMEOUT);
    }

    @Test
    void unknownStatusChangeReported() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitDecision decision = waiter.onTask(state, task("verifying"), 1_000);

        assertThat(delayOf(decision)).isPositive();
        assertThat(decision.events()).singleElement().isInstanceOfSatisfying(WaitEvent.StatusChanged.class,
                event -> {
                    assertThat(event.previousStatusText()).isEqualTo("working");
                    assertThat(event.task().status().text()).isEqualTo("verifying");
                });
    }

    @Test
    void timeoutWhileWorking() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitDecision decision = waiter.onTask(state, task("working"), TIMEOUT);

        WaitResult result = resultOf(decision);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.WORKING);
        assertThat(result.waitedMillis()).isEqualTo(TIMEOUT);
        assertThat(result.lastFailureMessage()).isNull();
        assertThat(decision.events()).isEmpty();
    }

    @Test
    void finishedAtDeadlineIsFinished() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitResult result = resultOf(waiter.onTask(state, task("finished"), TIMEOUT + 5));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
    }

    @Test
    void transientFailureThenRecovery() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);
        PleskTimeoutException timeout = readTimeout();

        WaitDecision failed = waiter.onFailure(state, timeout, task("working"), 1_000);
        WaitDecision recovered = waiter.onTask(state, task("working"), 2_500);

        assertThat(delayOf(failed)).isEqualTo(1_500);
        assertThat(failed.events()).singleElement().isInstanceOfSatisfying(WaitEvent.TransientFailure.class,
                event -> {
                    assertThat(event.failure()).isSameAs(timeout);
                    assertThat(event.retryInMillis()).isEqualTo(1_500);
                    assertThat(event.remainingMillis()).isEqualTo(TIMEOUT - 1_000);
                });
        assertThat(state.consecutiveFailures()).isZero();
        assertThat(recovered.events()).singleElement().isInstanceOfSatisfying(WaitEvent.Recovered.class,
                event -> assertThat(event.failedPolls()).isEqualTo(1));
        assertThat(delayOf(recovered)).isEqualTo(2_250);
    }

    @Test
    void oneEventPerFailureKind() {
        WaitState state = begin();
        List<WaitEvent> events = new ArrayList<>();
        long now = 0;
        PleskException[] failures = {readTimeout(), readTimeout(), httpStatus(503), httpStatus(503), httpStatus(502),
            readTimeout()};
        for (PleskException failure : failures) {
            WaitDecision decision = waiter.onFailure(state, failure, null, now);
            events.addAll(decision.events());
            now += delayOf(decision);
        }
        WaitDecision recovered = waiter.onTask(state, task("working"), now);

        assertThat(events).hasSize(3).allMatch(WaitEvent.TransientFailure.class::isInstance);
        assertThat(events).extracting(event -> (Object) ((WaitEvent.TransientFailure) event).failure().getClass())
                .containsExactly(PleskTimeoutException.class, PleskHttpStatusException.class,
                        PleskHttpStatusException.class);
        assertThat(events).extracting(event -> ((WaitEvent.TransientFailure) event).failure())
                .element(2).asInstanceOf(type(PleskHttpStatusException.class))
                .extracting(PleskHttpStatusException::getStatusCode).isEqualTo(502);
        assertThat(recovered.events()).first().isInstanceOfSatisfying(WaitEvent.Recovered.class,
                event -> assertThat(event.failedPolls()).isEqualTo(6));
        assertThat(recovered.events()).element(1).isInstanceOf(WaitEvent.StatusChanged.class);
    }

    @Test
    void repeatedKindNotReportedAfterRecovery() {
        WaitState state = begin();
        waiter.onFailure(state, readTimeout(), null, 0);
        waiter.onTask(state, task("working"), 1_000);

        WaitDecision again = waiter.onFailure(state, readTimeout(), task("working"), 2_000);

        assertThat(delayOf(again)).isPositive();
        assertThat(again.events()).isEmpty();
    }

    @Test
    void transientFailuresUntilDeadline() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);
        long now = 1_000;
        WaitDecision decision = waiter.onFailure(state, readTimeout(), task("working"), now);
        PleskConnectionException last = null;
        while (decision instanceof WaitDecision.PollAgain) {
            now += ((WaitDecision.PollAgain) decision).delayMillis();
            last = new PleskConnectionException(SERVER, "Connection refused at " + now + " ms", null);
            decision = waiter.onFailure(state, last, task("working"), now);
        }

        WaitResult result = resultOf(decision);
        assertThat(now).isEqualTo(TIMEOUT);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.lastFailureMessage()).isEqualTo(last.getMessage());
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.WORKING);
        assertThat(result.waitedMillis()).isEqualTo(TIMEOUT);
        assertThat(state.consecutiveFailures()).isPositive();
        assertThat(state.lastFailureMessage()).isEqualTo(last.getMessage());
    }

    static Stream<Arguments> permanentFailures() {
        return Stream.of(
                Arguments.of(new PleskAuthenticationException(SERVER, 1001, "Plesk server rejected the login.")),
                Arguments.of(new PleskRequestRejectedException(SERVER, "1.6.9.1", "Element 'backup-manager'")),
                Arguments.of(new PleskProtocolVersionException(SERVER, 1005, "1.7.0.0", "not supported")),
                Arguments.of(httpStatus(404)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permanentFailures")
    void permanentFailureEndsAtOnce(PleskException failure) {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitDecision decision = waiter.onFailure(state, failure, task("working"), 1_000);

        assertThat(decision).isInstanceOfSatisfying(WaitDecision.Failed.class,
                failed -> assertThat(failed.failure()).isSameAs(failure));
        assertThat(decision.events()).isEmpty();
        assertThat(failure.isTransient()).isFalse();
    }

    static Stream<Arguments> notFoundFailures() {
        return Stream.of(
                Arguments.of(new PleskTaskNotFoundException(SERVER, TASK_ID)),
                Arguments.of(new PleskObjectNotFoundException(SERVER, "get-tasks-info", "task-id " + TASK_ID,
                        "backup task does not exist")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFoundFailures")
    void taskNotFound(PleskException failure) {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitDecision decision = waiter.onFailure(state, failure, task("working"), 4_000);

        WaitResult result = resultOf(decision);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.TASK_NOT_FOUND);
        assertThat(result.lastTask().status()).isSameAs(TaskStatus.WORKING);
        assertThat(result.waitedMillis()).isEqualTo(4_000);
        assertThat(decision.events()).isEmpty();
    }

    @Test
    void taskNeverFound() {
        WaitResult result = resultOf(waiter.onFailure(begin(), new PleskTaskNotFoundException(SERVER, TASK_ID),
                null, 0));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TASK_NOT_FOUND);
        assertThat(result.lastTask()).isNull();
    }

    /** Delays without jitter: ×1.5 per poll from 1 s, capped at 10 s. */
    @Test
    void delaysGrowToCap() {
        WaitState state = begin();
        List<Long> delays = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < 9; i++) {
            long delay = delayOf(waiter.onTask(state, task("working"), now));
            delays.add(delay);
            now += delay;
        }

        assertThat(delays).containsExactly(1_000L, 1_500L, 2_250L, 3_375L, 5_062L, 7_593L, 10_000L, 10_000L, 10_000L);
    }

    @Test
    void lowestJitter() {
        TaskWaiter low = new TaskWaiter(SETTINGS, () -> 0.0);
        WaitState state = low.begin(SERVER, TASK_ID, 0);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            delays.add(delayOf(low.onTask(state, task("working"), 0)));
        }

        assertThat(delays).containsExactly(800L, 1_200L, 1_800L, 2_700L, 4_050L, 6_074L, 8_000L, 8_000L);
    }

    @Test
    void highestJitterStaysUnderCap() {
        TaskWaiter high = new TaskWaiter(SETTINGS, () -> Math.nextDown(1.0));
        WaitState state = high.begin(SERVER, TASK_ID, 0);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            delays.add(delayOf(high.onTask(state, task("working"), 0)));
        }

        assertThat(delays).containsExactly(1_200L, 1_800L, 2_700L, 4_050L, 6_074L, 9_112L, 10_000L, 10_000L);
    }

    @Test
    void jitterWithinTwentyPercent() {
        double[] randoms = {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, Math.nextDown(1.0)};
        for (double random : randoms) {
            long delay = SETTINGS.delayMillis(3, random);
            assertThat(delay).as("random %s", random).isBetween(1_800L, 2_700L);
        }
        assertThat(SETTINGS.delayMillis(3, 0.25)).isEqualTo(2_025L);
        assertThat(SETTINGS.delayMillis(3, 0.75)).isEqualTo(2_475L);
    }

    @Test
    void delayNeverPastDeadline() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        long delay = delayOf(waiter.onTask(state, task("working"), TIMEOUT - 300));

        assertThat(delay).isEqualTo(300);
    }

    @Test
    void failureDelayNeverPastDeadline() {
        WaitState state = begin();
        for (int i = 0; i < 8; i++) {
            waiter.onTask(state, task("working"), 0);
        }

        long delay = delayOf(waiter.onFailure(state, readTimeout(), task("working"), TIMEOUT - 42));

        assertThat(delay).isEqualTo(42);
    }

    @Test
    void heartbeatOnlyWithoutChange() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitDecision quiet = waiter.onTask(state, task("working"), 59_999);
        WaitDecision heartbeat = waiter.onTask(state, task("working"), 60_000);
        WaitDecision afterHeartbeat = waiter.onTask(state, task("working"), 100_000);
        WaitDecision secondHeartbeat = waiter.onTask(state, task("working"), 120_000);

        assertThat(quiet.events()).isEmpty();
        assertThat(heartbeat.events()).singleElement().isInstanceOfSatisfying(WaitEvent.StillWaiting.class,
                event -> {
                    assertThat(event.elapsedMillis()).isEqualTo(60_000);
                    assertThat(event.remainingMillis()).isEqualTo(TIMEOUT - 60_000);
                    assertThat(event.task().status()).isSameAs(TaskStatus.WORKING);
                });
        assertThat(afterHeartbeat.events()).isEmpty();
        assertThat(secondHeartbeat.events()).singleElement().isInstanceOf(WaitEvent.StillWaiting.class);
    }

    @Test
    void statusChangeResetsHeartbeat() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);

        WaitDecision changed = waiter.onTask(state, task("verifying"), 70_000);
        WaitDecision quiet = waiter.onTask(state, task("verifying"), 120_000);
        WaitDecision heartbeat = waiter.onTask(state, task("verifying"), 130_000);

        assertThat(changed.events()).singleElement().isInstanceOf(WaitEvent.StatusChanged.class);
        assertThat(quiet.events()).isEmpty();
        assertThat(heartbeat.events()).singleElement().isInstanceOf(WaitEvent.StillWaiting.class);
    }

    @Test
    void deadlinePassedBeforePoll() {
        WaitState state = begin();
        waiter.onTask(state, task("working"), 0);
        BackupTask lastTask = task("working");

        WaitResult result = resultOf(waiter.onDeadlinePassed(state, lastTask, TIMEOUT + 60_000));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.lastTask()).isSameAs(lastTask);
        assertThat(result.waitedMillis()).isEqualTo(TIMEOUT + 60_000);
        assertThat(result.lastFailureMessage()).isNull();
    }

    @Test
    void deadlinePassedAfterFailureKeepsMessage() {
        WaitState state = begin();
        PleskTimeoutException timeout = readTimeout();
        waiter.onFailure(state, timeout, null, 0);

        WaitResult result = resultOf(waiter.onDeadlinePassed(state, null, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.lastFailureMessage()).isEqualTo(timeout.getMessage());
    }

    @Test
    void shortTimeoutCapsFirstDelay() {
        TaskWaiter brief = new TaskWaiter(SETTINGS.withTimeout(Duration.ofMillis(300)), () -> NO_JITTER);
        WaitState state = brief.begin(SERVER, TASK_ID, 0);

        long delay = delayOf(brief.onTask(state, task("working"), 0));
        WaitResult result = resultOf(brief.onTask(state, task("working"), delay));

        assertThat(delay).isEqualTo(300);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.waitedMillis()).isEqualTo(300);
    }
}
