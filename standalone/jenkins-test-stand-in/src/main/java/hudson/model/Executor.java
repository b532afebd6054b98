package hudson.model;

/**
 * Stand-in for {@code hudson.model.Executor} of Jenkins core 2.528.3: the thread that runs a build.
 * {@link #interrupt()} from another thread aborts the build.
 *
 * <p>NOTE: the real class also implements {@code IExecutor} and its public constructor takes a {@code Computer},
 * which the stand-in leaves out; so are all other members.
 */
public class Executor extends Thread implements ModelObject {
    private Executor() {
    }

    /** Returns the executor running this executable, such as a build, or null when none does. */
    public static Executor of(Queue.Executable executable) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Aborts the build this executor runs, unless called from the executor's own thread. */
    @Override
    public void interrupt() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Interrupts the build and gives it this result instead of ABORTED. */
    public void interrupt(Result result) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
