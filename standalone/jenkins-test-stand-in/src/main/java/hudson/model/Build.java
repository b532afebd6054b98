package hudson.model;

import java.io.IOException;

/** Stand-in for {@code hudson.model.Build} of Jenkins core 2.528.3: a build of a {@link Project}. */
public abstract class Build<P extends Project<P, B>, B extends Build<P, B>> extends AbstractBuild<P, B> {
    protected Build(P project) throws IOException {
        super(project);
    }

    /** Runs the build on the executor's thread. */
    @Override
    public void run() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
