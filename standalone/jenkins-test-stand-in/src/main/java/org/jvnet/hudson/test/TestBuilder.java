package org.jvnet.hudson.test;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.Descriptor;
import hudson.tasks.Builder;
import java.io.IOException;

/**
 * Stand-in for {@code org.jvnet.hudson.test.TestBuilder} of jenkins-test-harness: a throw-away build step written in
 * a test, usually as an anonymous or nested class. The real class never saves itself to disk.
 */
public abstract class TestBuilder extends Builder {
    @Override
    public abstract boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
            throws InterruptedException, IOException;

    @Override
    public Descriptor<Builder> getDescriptor() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    protected Object writeReplace() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
