package org.jenkinsci.plugins.workflow.cps;

import org.jenkinsci.plugins.workflow.steps.Step;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.cps.SnippetizerTester} from the test jar of workflow-cps
 * (classifier {@code tests}): checks what the Snippet Generator writes for a step.
 *
 * <p>NOTE: the static {@code assertDocGeneration} is left out.
 */
public class SnippetizerTester {
    public SnippetizerTester(JenkinsRule r) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /**
     * Asserts that the Snippet Generator writes {@code expected} for the step, then runs that snippet and asserts
     * that it creates a step with equal data-bound properties.
     */
    public void assertRoundTrip(Step step, String expected) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Asserts the snippet generated from a submitted configuration form. */
    public void assertGenerateSnippet(String json, String responseText, String referer) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
