package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.flow.FlowDefinition} of workflow-api: where a Pipeline job's
 * script comes from.
 *
 * <p>NOTE: the real abstract method {@code create(FlowExecutionOwner, TaskListener, List)} is left out.
 */
@SuppressWarnings("deprecation")
public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition> implements ExtensionPoint {
}
