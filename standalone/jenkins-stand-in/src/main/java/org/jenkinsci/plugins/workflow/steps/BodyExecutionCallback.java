package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback} of workflow-step-api, present as
 * a parameter type of {@link BodyInvoker}.
 *
 * <p>NOTE: the static {@code wrap} helper and the nested {@code TailCall} class are left out.
 */
public abstract class BodyExecutionCallback implements Serializable {
    private static final long serialVersionUID = 1L;

    public void onStart(StepContext context) {
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);
}
