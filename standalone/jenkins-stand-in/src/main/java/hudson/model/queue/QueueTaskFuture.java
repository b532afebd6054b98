package hudson.model.queue;

import hudson.model.Queue.Executable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Stand-in for {@code hudson.model.queue.QueueTaskFuture} of Jenkins core 2.528.3: a {@link Future} for the end of a
 * queued task, such as a build, with a second future for its start.
 */
public interface QueueTaskFuture<R extends Executable> extends Future<R> {
    /** Returns a future that completes when the task starts. */
    Future<R> getStartCondition();

    /** Waits for the task to start; short for {@code getStartCondition().get()}. */
    R waitForStart() throws InterruptedException, ExecutionException;
}
