package org.jvnet.hudson.test.junit.jupiter;

import java.io.File;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Stand-in for {@code org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension} of jenkins-test-harness: runs
 * several Jenkins sessions, one per {@link #then(Step)} call, on the same home directory, to test a restart.
 *
 * <p>NOTE: in current releases {@link Step} extends {@code JenkinsSessionFixture.Step}, which declares the method;
 * the stand-in declares it on {@link Step} itself, which lambdas implement the same way.
 */
public class JenkinsSessionExtension implements BeforeEachCallback, AfterEachCallback {
    /** Returns the Jenkins home directory, which all sessions of a test share. */
    public File getHome() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Starts Jenkins, runs the step and shuts Jenkins down. */
    public void then(Step s) throws Throwable {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** One session's test code. */
    @FunctionalInterface
    public interface Step {
        void run(JenkinsRule r) throws Throwable;
    }
}
