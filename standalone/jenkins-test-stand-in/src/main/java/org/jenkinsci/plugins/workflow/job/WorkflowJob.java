package org.jenkinsci.plugins.workflow.job;

import hudson.model.Action;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.TopLevelItem;
import hudson.model.queue.QueueTaskFuture;
import java.util.SortedMap;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.job.WorkflowJob} of workflow-job: a Pipeline job.
 *
 * <p>NOTE: the real class also implements {@code BuildableItem}, {@code LazyBuildMixIn.LazyLoadingJob},
 * {@code ParameterizedJobMixIn.ParameterizedJob}, {@code Queue.FlyweightTask} and {@code SCMTriggerItem}; they are
 * left out, as are triggers and properties.
 */
// The main stand-in's AbstractItem.getParent() returns a raw ItemGroup, so implementing Item again is unchecked.
@SuppressWarnings("unchecked")
public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun> implements TopLevelItem {
    @SuppressWarnings("rawtypes")
    public WorkflowJob(ItemGroup parent, String name) {
        super(parent, name);
    }

    public FlowDefinition getDefinition() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public void setDefinition(FlowDefinition definition) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Schedules a build; the future's start condition completes when the build starts. Null when not scheduled. */
    public QueueTaskFuture<WorkflowRun> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public WorkflowRun getBuildByNumber(int n) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public WorkflowRun getLastBuild() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public boolean isBuildable() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    protected SortedMap<Integer, ? extends WorkflowRun> _getRuns() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    protected void removeRun(WorkflowRun run) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
