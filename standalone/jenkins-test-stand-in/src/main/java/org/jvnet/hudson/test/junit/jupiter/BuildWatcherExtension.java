package org.jvnet.hudson.test.junit.jupiter;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stand-in for {@code org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension} of jenkins-test-harness: copies the
 * log of every build to standard output while it runs. Register it on a static field.
 */
public class BuildWatcherExtension implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext extensionContext) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
