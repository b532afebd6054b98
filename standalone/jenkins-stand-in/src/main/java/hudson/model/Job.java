package hudson.model;

import hudson.ExtensionPoint;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;

/**
 * Stand-in for {@code hudson.model.Job} of Jenkins core 2.528.3.
 *
 * <p>NOTE: the real class also implements {@code StaplerOverridable}, {@code ModelObjectWithChildren} and
 * {@code HasWidgets}. They are left out, as are the build history accessors.
 */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem
        implements ExtensionPoint {
    private int nextBuildNumber = 1;

    @SuppressWarnings("rawtypes")
    protected Job(ItemGroup parent, String name) {
        super(parent, name);
    }

    public abstract boolean isBuildable();

    protected abstract SortedMap<Integer, ? extends RunT> _getRuns();

    protected abstract void removeRun(RunT run);

    @Override
    @SuppressWarnings("rawtypes")
    public Collection<? extends Job> getAllJobs() {
        return Collections.singleton(this);
    }

    /** Returns the number for a new build and advances the counter. */
    public synchronized int assignBuildNumber() throws IOException {
        return nextBuildNumber++;
    }

    /** Sets the number that the next build will get. */
    public synchronized void updateNextBuildNumber(int next) throws IOException {
        nextBuildNumber = next;
    }
}
