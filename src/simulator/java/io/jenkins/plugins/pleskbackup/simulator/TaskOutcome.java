package io.jenkins.plugins.pleskbackup.simulator;

/** Final status that a backup task reaches when its scripted duration has passed. */
public enum TaskOutcome {
    FINISHED(TaskStatus.FINISHED),
    FAILED(TaskStatus.FAILED),
    STOPPED(TaskStatus.STOPPED);

    private final TaskStatus status;

    TaskOutcome(TaskStatus status) {
        this.status = status;
    }

    /** Returns the task status that this outcome produces. */
    public TaskStatus status() {
        return status;
    }
}
