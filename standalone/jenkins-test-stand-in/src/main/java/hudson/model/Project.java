package hudson.model;

import hudson.tasks.Builder;
import hudson.util.DescribableList;
import java.util.SortedMap;

/**
 * Stand-in for {@code hudson.model.Project} of Jenkins core 2.528.3: a job made of build steps, the base of
 * {@link FreeStyleProject}.
 *
 * <p>NOTE: the real class also implements {@code SCMedItem}, {@code ProjectWithMaven} and
 * {@code BuildableItemWithBuildWrappers}, and its superclass {@code AbstractProject} implements the abstract methods of
 * {@link Job}; the stand-in implements those here. Publishers and build wrappers are left out.
 */
// The main stand-in's AbstractItem.getParent() returns a raw ItemGroup, so implementing Item again is unchecked.
@SuppressWarnings("unchecked")
public abstract class Project<P extends Project<P, B>, B extends Build<P, B>> extends AbstractProject<P, B>
        implements Saveable {
    @SuppressWarnings("rawtypes")
    public Project(ItemGroup parent, String name) {
        super(parent, name);
    }

    /** Returns the build steps, in the order they run; adding to the list saves the job. */
    public DescribableList<Builder, Descriptor<Builder>> getBuildersList() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public boolean isBuildable() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    protected SortedMap<Integer, ? extends B> _getRuns() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    protected void removeRun(B run) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
