package org.jenkinsci.plugins.workflow.job;

import hudson.model.Queue;
import hudson.model.Run;
import java.io.IOException;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.job.WorkflowRun} of workflow-job: a build of a Pipeline job.
 *
 * <p>NOTE: the real class implements {@code FlowExecutionOwner.Executable}, a subinterface of
 * {@link Queue.Executable}, and also {@code LazyBuildMixIn.LazyLoadingRun} and {@code RunWithSCM}; the stand-in
 * implements {@link Queue.Executable} only. The stop, term and kill actions and the flow execution are left out.
 */
public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> implements Queue.Executable {
    public WorkflowRun(WorkflowJob job) throws IOException {
        super(job);
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
