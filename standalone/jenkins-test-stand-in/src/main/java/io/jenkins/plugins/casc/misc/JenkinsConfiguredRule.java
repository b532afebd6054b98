package io.jenkins.plugins.casc.misc;

import org.jvnet.hudson.test.JenkinsRule;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.misc.JenkinsConfiguredRule} of the configuration-as-code test harness:
 * the base of {@link JenkinsConfiguredWithCodeRule}.
 */
public class JenkinsConfiguredRule extends JenkinsRule {
}
