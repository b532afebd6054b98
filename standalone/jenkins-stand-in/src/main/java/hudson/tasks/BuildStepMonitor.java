package hudson.tasks;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import java.io.IOException;

/**
 * Stand-in for {@code hudson.tasks.BuildStepMonitor} of Jenkins core 2.528.3. The constant order matches the real
 * enum because {@code switch} statements compile to ordinal tables.
 */
public enum BuildStepMonitor {
    NONE {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean perform(BuildStep bs, AbstractBuild build, Launcher launcher, BuildListener listener)
                throws IOException, InterruptedException {
            return bs.perform(build, launcher, listener);
        }
    },
    STEP {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean perform(BuildStep bs, AbstractBuild build, Launcher launcher, BuildListener listener)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
        }
    },
    BUILD {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean perform(BuildStep bs, AbstractBuild build, Launcher launcher, BuildListener listener)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
        }
    };

    @SuppressWarnings("rawtypes")
    public abstract boolean perform(BuildStep bs, AbstractBuild build, Launcher launcher, BuildListener listener)
            throws IOException, InterruptedException;
}
