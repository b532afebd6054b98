package io.jenkins.plugins.pleskbackup.wait;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskException;

/**
 * Something worth one line of output while waiting. Front ends (the Pipeline step, the freestyle builder, the command
 * line) render these in their own words; the engine produces no text.
 */
public sealed interface WaitEvent {

    /**
     * The task's status differs from the previous poll's, or this is the first poll that read it.
     *
     * @param previousStatusText the status before, or {@code null} for the first poll
     */
    record StatusChanged(BackupTask task, String previousStatusText, long remainingMillis) implements WaitEvent {
    }

    /** No change for a while; the task is still {@code working} (or in an unknown status). */
    record StillWaiting(BackupTask task, long elapsedMillis, long remainingMillis) implements WaitEvent {
    }

    /**
     * A poll failed with a transient error. Reported once per kind of error in a wait; later failures of the same
     * kind only count.
     */
    record TransientFailure(PleskException failure, long retryInMillis, long remainingMillis) implements WaitEvent {
    }

    /** A poll succeeded again after transient failures. */
    record Recovered(int failedPolls) implements WaitEvent {
    }
}
