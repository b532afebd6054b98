package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Saveable;

/**
 * Stand-in for {@code hudson.util.DescribableList} of Jenkins core 2.528.3: a persisted list of describable
 * objects, such as the build steps of a job.
 *
 * <p>NOTE: the form-rebuilding and dependency-graph members are left out.
 */
public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T> {
    protected DescribableList() {
    }

    public DescribableList(Saveable owner) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
