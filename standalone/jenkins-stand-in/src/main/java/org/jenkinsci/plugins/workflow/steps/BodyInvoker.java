package org.jenkinsci.plugins.workflow.steps;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.steps.BodyInvoker} of workflow-step-api, present as the
 * return type of {@link StepContext#newBodyInvoker()}.
 *
 * <p>NOTE: the real concrete helpers ({@code withContexts}, the deprecated final {@code withCallback(FutureCallback)}
 * and the console-filter and launcher-decorator merges) are left out.
 */
public abstract class BodyInvoker {
    public abstract BodyInvoker withContext(Object override);

    public abstract BodyInvoker withDisplayName(String name);

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public abstract BodyExecution start();
}
