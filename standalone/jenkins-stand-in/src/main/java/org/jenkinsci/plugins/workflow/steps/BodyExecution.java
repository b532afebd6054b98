package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;
import java.util.concurrent.Future;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.steps.BodyExecution} of workflow-step-api, present as the
 * return type of {@link BodyInvoker#start()}.
 *
 * <p>NOTE: the real class implements {@code cancel(boolean)} and the deprecated {@code cancel(CauseOfInterruption...)}
 * itself. In the stand-in {@code cancel(boolean)} stays abstract.
 */
public abstract class BodyExecution implements Future<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    public abstract Collection<StepExecution> getCurrentExecutions();

    public boolean cancel(Throwable t) {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }
}
