package io.jenkins.plugins.pleskbackup.wait;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Waits for a task on the calling thread, for callers that may block: the command line and the freestyle builder.
 * Sleeping is interruptible, so an aborted build stops the wait at once.
 */
public final class BlockingTaskWait {

    /** Reads the task once. */
    @FunctionalInterface
    public interface TaskSource {
        BackupTask read(String taskId) throws PleskException, InterruptedException;
    }

    /** Pauses the calling thread. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final TaskWaiter waiter;
    private final Clock clock;
    private final Sleeper sleeper;

    public BlockingTaskWait(TaskWaiter waiter, Clock clock, Sleeper sleeper) {
        this.waiter = Objects.requireNonNull(waiter, "waiter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A wait on the system clock that sleeps with {@link Thread#sleep(long)}. */
    public static BlockingTaskWait withSystemClock(TaskWaiter waiter) {
        return new BlockingTaskWait(waiter, Clock.systemUTC(), Thread::sleep);
    }

    /**
     * Polls until the wait ends and reports every event to {@code listener} on the calling thread.
     *
     * @throws PleskException a permanent error, such as rejected credentials
     * @throws InterruptedException when the thread is interrupted while sleeping or waiting for Plesk
     */
    public WaitResult run(WaitState state, TaskSource source, Consumer<WaitEvent> listener)
            throws PleskException, InterruptedException {
        BackupTask lastTask = null;
        long delay = 0;
        while (true) {
            if (delay > 0) {
                sleeper.sleep(delay);
            }
            WaitDecision decision;
            try {
                BackupTask task = source.read(state.taskId());
                lastTask = task;
                decision = waiter.onTask(state, task, clock.millis());
            } catch (PleskException e) {
                decision = waiter.onFailure(state, e, lastTask, clock.millis());
            }

            decision.events().forEach(listener);
            if (decision instanceof WaitDecision.PollAgain) {
                delay = ((WaitDecision.PollAgain) decision).delayMillis();
            } else if (decision instanceof WaitDecision.Done) {
                return ((WaitDecision.Done) decision).result();
            } else {
                throw ((WaitDecision.Failed) decision).failure();
            }
        }
    }
}
