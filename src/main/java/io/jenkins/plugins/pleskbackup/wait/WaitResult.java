package io.jenkins.plugins.pleskbackup.wait;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import java.io.Serializable;

/**
 * How a wait ended.
 *
 * @param outcome the outcome
 * @param lastTask the task as Plesk last reported it, or {@code null} if Plesk never answered with it
 * @param waitedMillis time from the start of the wait to its end
 * @param lastFailureMessage the last transient failure when the wait timed out while Plesk was unreachable, else
 *     {@code null}
 */
public record WaitResult(WaitOutcome outcome, BackupTask lastTask, long waitedMillis, String lastFailureMessage)
        implements Serializable {
}
