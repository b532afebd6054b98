package hudson.model;

import hudson.model.queue.QueueTaskFuture;

/**
 * Stand-in for {@code hudson.model.AbstractProject} of Jenkins core 2.528.3, present as the type bound of
 * {@code BuildStepDescriptor.isApplicable} and for {@link #scheduleBuild2(int)}, which the JenkinsRule tests call.
 *
 * <p>NOTE: the real abstract methods, the other members and the interfaces are left out. The plugin must not
 * subclass this type.
 */
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Job<P, R> {
    @SuppressWarnings("rawtypes")
    protected AbstractProject(ItemGroup parent, String name) {
        super(parent, name);
    }

    /** Schedules a build and returns a future for its start and its end. The stand-in has no queue. */
    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod) {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }
}
