package hudson;

/**
 * Stand-in for {@code hudson.Launcher} of Jenkins core 2.528.3, present as a parameter type of
 * {@code SimpleBuildStep.perform}.
 *
 * <p>NOTE: the real abstract methods (process launching) are left out because they need the remoting library;
 * the plugin must not subclass this type.
 */
public abstract class Launcher {
    protected Launcher(Launcher launcher) {
    }
}
