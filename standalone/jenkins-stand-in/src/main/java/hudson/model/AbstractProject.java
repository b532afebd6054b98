package hudson.model;

/**
 * Stand-in for {@code hudson.model.AbstractProject} of Jenkins core 2.528.3, present as the type bound of
 * {@code BuildStepDescriptor.isApplicable}.
 *
 * <p>NOTE: the real abstract methods and interfaces are left out. The plugin must not subclass this type.
 */
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Job<P, R> {
    @SuppressWarnings("rawtypes")
    protected AbstractProject(ItemGroup parent, String name) {
        super(parent, name);
    }
}
