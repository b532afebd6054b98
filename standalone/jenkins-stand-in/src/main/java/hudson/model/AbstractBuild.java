package hudson.model;

import java.io.IOException;

/**
 * Stand-in for {@code hudson.model.AbstractBuild} of Jenkins core 2.528.3, present as a parameter type of
 * {@code BuildStep}. Like the real class, it is a {@link Queue.Executable}.
 *
 * <p>NOTE: the real members and the other interfaces are left out. The plugin must not subclass this type.
 */
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R>
        implements Queue.Executable {
    protected AbstractBuild(P job) throws IOException {
        super(job);
    }
}
