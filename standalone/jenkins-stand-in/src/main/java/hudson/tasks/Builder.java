package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import jenkins.model.Jenkins;

/**
 * Stand-in for {@code hudson.tasks.Builder} of Jenkins core 2.528.3.
 *
 * <p>NOTE: the legacy {@code prebuild(Build, BuildListener)} overload and the static {@code all()} are left out.
 */
@SuppressWarnings("deprecation")
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {
    /** Returns {@link BuildStepMonitor#NONE}, because a builder does not depend on the previous build's result. */
    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Descriptor<Builder> getDescriptor() {
        return Jenkins.get().getDescriptorOrDie(getClass());
    }
}
