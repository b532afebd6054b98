package jenkins.tasks;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Action;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;
import java.util.Collection;

/**
 * Stand-in for {@code jenkins.tasks.SimpleBuildStep} of Jenkins core 2.528.3. The default methods dispatch between
 * the {@code perform} overloads as the real ones do.
 *
 * <p>NOTE: the real 5-argument overload calls the deprecated 4-argument one only when a subclass overrides it. The
 * stand-in cannot detect overrides without Jenkins' reflection helpers and throws {@link AbstractMethodError}.
 */
public interface SimpleBuildStep extends BuildStep {
    @Deprecated
    default void perform(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        perform(run, workspace, run.getEnvironment(listener), launcher, listener);
    }

    /** Runs the step. When {@link #requiresWorkspace()} is false, calls the workspace-less overload. */
    default void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        if (!requiresWorkspace()) {
            perform(run, env, listener);
            return;
        }
        throw new AbstractMethodError(getClass().getName()
                + " requires a workspace but does not implement perform(Run, FilePath, EnvVars, Launcher, TaskListener)");
    }

    /** Runs a step that needs no workspace. Fails unless {@link #requiresWorkspace()} is overridden to false. */
    default void perform(Run<?, ?> run, EnvVars env, TaskListener listener) throws InterruptedException, IOException {
        if (requiresWorkspace()) {
            throw new IllegalStateException(getClass().getName() + " requires a workspace, but none was provided");
        }
        throw new AbstractMethodError(getClass().getName()
                + " does not require a workspace but does not implement perform(Run, EnvVars, TaskListener)");
    }

    default boolean requiresWorkspace() {
        return true;
    }

    /** Stand-in for {@code jenkins.tasks.SimpleBuildStep.LastBuildAction}: an action that contributes project actions. */
    interface LastBuildAction extends Action {
        Collection<? extends Action> getProjectActions();
    }
}
