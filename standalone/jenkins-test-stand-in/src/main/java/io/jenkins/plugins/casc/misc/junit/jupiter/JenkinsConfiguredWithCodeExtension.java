package io.jenkins.plugins.casc.misc.junit.jupiter;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Stand-in for the package-private {@code JenkinsConfiguredWithCodeExtension} of the configuration-as-code test
 * harness, which {@link WithJenkinsConfiguredWithCode} registers.
 *
 * <p>NOTE: the real class also implements {@code BeforeAllCallback} and {@code AfterAllCallback} for rules held in
 * static fields.
 */
class JenkinsConfiguredWithCodeExtension implements ParameterResolver, AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
