package io.jenkins.plugins.casc.misc;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule} of the configuration-as-code test
 * harness: a {@code JenkinsRule} that applies the {@link ConfiguredWithCode} files of the test before it runs.
 */
public class JenkinsConfiguredWithCodeRule extends JenkinsConfiguredRule {
}
