package io.jenkins.plugins.pleskbackup.wait;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.PleskHttpStatusException;
import io.jenkins.plugins.pleskbackup.client.PleskObjectNotFoundException;
import io.jenkins.plugins.pleskbackup.client.PleskTaskNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Decides, after each poll of a task, whether to poll again, when, and what to report. Holds no state of its own and
 * performs no I/O, so the asynchronous Pipeline step, the blocking freestyle builder and the command line share it.
 *
 * <ul>
 *   <li>{@code finished}, {@code failed} and {@code stopped} end the wait; {@code working} and unknown statuses poll
 *       on until the deadline.
 *   <li>Transient errors (timeouts, refused connections, HTTP 5xx, maintenance pages) are retried within the deadline;
 *       each kind is reported once. Other errors end the wait at once.
 *   <li>A task Plesk does not list ends the wait with {@link WaitOutcome#TASK_NOT_FOUND}.
 *   <li>While nothing changes, a heartbeat event comes every {@link WaitSettings#heartbeatInterval()}.
 * </ul>
 */
public final class TaskWaiter {

    private final WaitSettings settings;
    private final DoubleSupplier random;

    /**
     * @param random source of numbers in [0, 1) for the poll jitter
     */
    public TaskWaiter(WaitSettings settings, DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    public WaitSettings settings() {
        return settings;
    }

    /** Starts the state of a wait that begins now; the first poll is due at once. */
    public WaitState begin(String serverName, String taskId, long nowMillis) {
        return new WaitState(serverName, taskId, nowMillis, settings.timeout().toMillis());
    }

    /** Decides after Plesk reported the task. */
    public WaitDecision onTask(WaitState state, BackupTask task, long nowMillis) {
        state.countPoll();
        List<WaitEvent> events = new ArrayList<>();
        int failures = state.clearFailures();
        if (failures > 0) {
            events.add(new WaitEvent.Recovered(failures));
        }

        String status = task.status().text();
        boolean changed = !status.equals(state.lastStatusText());
        if (changed) {
            events.add(new WaitEvent.StatusChanged(task, state.lastStatusText(), state.remainingMillis(nowMillis)));
            state.recordStatus(status);
            state.recordReport(nowMillis);
        }

        if (task.status().isTerminal()) {
            return new WaitDecision.Done(result(state, outcomeOf(task), task, nowMillis, null), events);
        }
        if (nowMillis >= state.deadlineMillis()) {
            return new WaitDecision.Done(result(state, WaitOutcome.TIMED_OUT, task, nowMillis, null), events);
        }
        if (!changed && nowMillis - state.lastReportMillis() >= settings.heartbeatInterval().toMillis()) {
            events.add(new WaitEvent.StillWaiting(task, nowMillis - state.startedAtMillis(),
                    state.remainingMillis(nowMillis)));
            state.recordReport(nowMillis);
        }
        return new WaitDecision.PollAgain(nextDelay(state, nowMillis), events);
    }

    /**
     * Decides after a poll failed.
     *
     * @param lastTask the task from the last successful poll, or {@code null}; returned in a timeout result
     */
    public WaitDecision onFailure(WaitState state, PleskException failure, BackupTask lastTask, long nowMillis) {
        state.countPoll();
        if (failure instanceof PleskTaskNotFoundException || failure instanceof PleskObjectNotFoundException) {
            return new WaitDecision.Done(result(state, WaitOutcome.TASK_NOT_FOUND, lastTask, nowMillis, null),
                    List.of());
        }
        if (!failure.isTransient()) {
            return new WaitDecision.Failed(failure, List.of());
        }

        boolean firstOfKind = state.recordFailure(kindOf(failure), failure.getMessage());
        if (nowMillis >= state.deadlineMillis()) {
            return new WaitDecision.Done(result(state, WaitOutcome.TIMED_OUT, lastTask, nowMillis,
                    failure.getMessage()), List.of());
        }
        long delay = nextDelay(state, nowMillis);
        List<WaitEvent> events = firstOfKind
                ? List.of(new WaitEvent.TransientFailure(failure, delay, state.remainingMillis(nowMillis)))
                : List.of();
        return new WaitDecision.PollAgain(delay, events);
    }

    /**
     * Decides when the deadline passed before a poll could be made, for example after a controller restart that
     * lasted longer than the wait's remaining time.
     */
    public WaitDecision onDeadlinePassed(WaitState state, BackupTask lastTask, long nowMillis) {
        return new WaitDecision.Done(result(state, WaitOutcome.TIMED_OUT, lastTask, nowMillis,
                state.consecutiveFailures() > 0 ? state.lastFailureMessage() : null), List.of());
    }

    /** Delay before the next poll: the backoff schedule, but never past the deadline. */
    private long nextDelay(WaitState state, long nowMillis) {
        int attempt = state.polls();
        long delay = settings.delayMillis(attempt, random.getAsDouble());
        return Math.max(0, Math.min(delay, state.remainingMillis(nowMillis)));
    }

    private static WaitResult result(WaitState state, WaitOutcome outcome, BackupTask task, long nowMillis,
            String failureMessage) {
        return new WaitResult(outcome, task, nowMillis - state.startedAtMillis(), failureMessage);
    }

    private static WaitOutcome outcomeOf(BackupTask task) {
        switch (task.status().kind()) {
            case FINISHED:
                return WaitOutcome.FINISHED;
            case FAILED:
                return WaitOutcome.FAILED;
            default:
                return WaitOutcome.STOPPED;
        }
    }

    /** Errors of one kind are reported once: the type, and for HTTP errors also the status code. */
    private static String kindOf(PleskException failure) {
        if (failure instanceof PleskHttpStatusException) {
            return "HTTP " + ((PleskHttpStatusException) failure).getStatusCode();
        }
        return failure.getClass().getName();
    }
}
