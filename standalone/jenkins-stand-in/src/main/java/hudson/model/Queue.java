package hudson.model;

/**
 * Stand-in for {@code hudson.model.Queue} of Jenkins core 2.528.3, present for its nested {@link Task} and
 * {@link Executable} types.
 *
 * <p>NOTE: the real class is the build queue with a public constructor and many members. The stand-in has none.
 */
public class Queue {
    private Queue() {
    }

    /**
     * Stand-in for {@code hudson.model.Queue.Task}.
     *
     * <p>NOTE: the real interface extends {@code FullyNamedModelObject} and {@code SubTask} and has many abstract
     * methods. The stand-in extends {@link ModelObject}, which both lead to, and the plugin must not implement it.
     */
    public interface Task extends ModelObject {
    }

    /**
     * Stand-in for {@code hudson.model.Queue.Executable}: what an executor runs, such as a build. Present as the bound
     * of {@code QueueTaskFuture} and the argument of {@code Executor.of}, which the JenkinsRule tests use.
     *
     * <p>NOTE: the real interface also extends {@code WithConsoleUrl} and declares {@code getParent()} and
     * {@code getEstimatedDuration()}. They are left out.
     */
    public interface Executable extends Runnable {
    }
}
