package hudson.tasks;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;

/**
 * Stand-in for {@code hudson.tasks.BuildStepCompatibilityLayer} of Jenkins core 2.528.3.
 *
 * <p>NOTE: the overloads that take the legacy {@code hudson.model.Build} and {@code Project} types are left out, and
 * {@link #perform(AbstractBuild, Launcher, BuildListener)} is unavailable because the stand-in has no freestyle
 * builds. Tests call the {@code SimpleBuildStep} overloads directly.
 */
@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
    @Override
    public boolean prebuild(AbstractBuild<?, ?> build, BuildListener listener) {
        return true;
    }

    @Override
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public Action getProjectAction(AbstractProject<?, ?> project) {
        return null;
    }

    @Override
    public Collection<? extends Action> getProjectActions(AbstractProject<?, ?> project) {
        Action action = getProjectAction(project);
        return action == null ? Collections.emptyList() : Collections.singletonList(action);
    }
}
