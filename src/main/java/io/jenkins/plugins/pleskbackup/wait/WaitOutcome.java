package io.jenkins.plugins.pleskbackup.wait;

/** How a wait for a backup task ended. */
public enum WaitOutcome {
    /** The task finished; Plesk wrote the backup file. */
    FINISHED,
    /** The task ended with an error. Plesk's API gives no detail; Plesk's backup log has it. */
    FAILED,
    /** The task was stopped, by {@code stop-backup} or in Plesk's user interface. */
    STOPPED,
    /** The deadline passed while the task was still working, or while Plesk could not be reached. */
    TIMED_OUT,
    /** Plesk does not list the task: a wrong id, or a task Plesk has already dropped. */
    TASK_NOT_FOUND
}
