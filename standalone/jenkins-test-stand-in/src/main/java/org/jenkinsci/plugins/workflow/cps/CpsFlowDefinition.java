package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition} of workflow-cps: a Pipeline script given
 * inline in the job configuration.
 *
 * <p>NOTE: the stand-in declares {@link Descriptor.FormException} on the constructor. Recent releases may throw it
 * when the sandbox is enforced; older ones declared nothing. Declaring it here makes callers handle it either way.
 */
public class CpsFlowDefinition extends FlowDefinition {
    /**
     * @param script the Pipeline script
     * @param sandbox whether the script runs in the Groovy sandbox, so it needs no script approval
     */
    public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public String getScript() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public boolean isSandbox() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
