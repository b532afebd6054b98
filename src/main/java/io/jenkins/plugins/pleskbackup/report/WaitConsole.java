package io.jenkins.plugins.pleskbackup.report;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.wait.Durations;
import io.jenkins.plugins.pleskbackup.wait.WaitEvent;
import io.jenkins.plugins.pleskbackup.wait.Verdict;
import io.jenkins.plugins.pleskbackup.wait.WaitResult;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.io.PrintStream;

/**
 * Writes the console lines of a wait: one when it starts, one per status change, a heartbeat while nothing changes,
 * the first transient error of each kind, and the outcome. Every line names the task and the server. Messages of the
 * client contain no secrets, so they can be printed as they are.
 */
@SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "Writes to the caller's build log by design")
public final class WaitConsole {

    private final PrintStream out;
    private final String serverName;
    private final String taskId;

    public WaitConsole(PrintStream out, String serverName, String taskId) {
        this.out = out;
        this.serverName = serverName;
        this.taskId = taskId;
    }

    public void started(WaitSettings settings) {
        out.println(Messages.WaitConsole_Started(taskId, serverName, Durations.format(settings.timeout()),
                Durations.format(settings.initialPollInterval()), Durations.format(settings.maxPollInterval())));
    }

    /** After a controller restart. */
    public void resumed(long remainingMillis) {
        out.println(Messages.WaitConsole_Resumed(taskId, serverName, Durations.format(remainingMillis)));
    }

    public void event(WaitEvent event) {
        if (event instanceof WaitEvent.StatusChanged) {
            statusChanged((WaitEvent.StatusChanged) event);
        } else if (event instanceof WaitEvent.StillWaiting) {
            WaitEvent.StillWaiting still = (WaitEvent.StillWaiting) event;
            out.println(Messages.WaitConsole_StillWaiting(taskId, serverName, still.task().status().text(),
                    Durations.format(still.elapsedMillis()), Durations.format(still.remainingMillis())));
        } else if (event instanceof WaitEvent.TransientFailure) {
            WaitEvent.TransientFailure failure = (WaitEvent.TransientFailure) event;
            out.println(Messages.WaitConsole_TransientFailure(taskId, serverName,
                    Durations.format(failure.retryInMillis()), Durations.format(failure.remainingMillis()),
                    failure.failure().getMessage()));
        } else if (event instanceof WaitEvent.Recovered) {
            out.println(Messages.WaitConsole_Recovered(taskId, serverName,
                    ((WaitEvent.Recovered) event).failedPolls()));
        }
    }

    private void statusChanged(WaitEvent.StatusChanged change) {
        BackupTask task = change.task();
        if (!task.status().isKnown()) {
            out.println(Messages.WaitConsole_UnknownStatus(taskId, serverName, task.status().text()));
        } else if (change.previousStatusText() == null) {
            out.println(Messages.WaitConsole_FirstStatus(taskId, serverName, task.status().text(),
                    task.ownerDescription(), task.started() == null ? "?" : task.started().toString()));
        } else {
            out.println(Messages.WaitConsole_StatusChanged(taskId, serverName, task.status().text(),
                    change.previousStatusText()));
        }
    }

    /** The line that explains how the wait ended. */
    public void outcome(WaitResult result, WaitSettings settings) {
        out.println(describeOutcome(result, settings));
    }

    /** The explanation of an outcome, also used as the error message of a failed build. */
    public String describeOutcome(WaitResult result, WaitSettings settings) {
        BackupTask task = result.lastTask();
        String waited = Durations.format(result.waitedMillis());
        switch (result.outcome()) {
            case FINISHED:
                return Messages.WaitConsole_Finished(taskId, serverName, waited,
                        task == null || task.filename().isEmpty() ? Messages.WaitConsole_NoFilename()
                                : task.filename());
            case FAILED:
                return Messages.WaitConsole_Failed(taskId, serverName, waited);
            case STOPPED:
                return Messages.WaitConsole_Stopped(taskId, serverName, waited);
            case TASK_NOT_FOUND:
                return Messages.WaitConsole_NotFound(taskId, serverName);
            default:
                return timedOut(result, settings);
        }
    }

    private String timedOut(WaitResult result, WaitSettings settings) {
        String timeout = Durations.format(settings.timeout());
        if (result.lastFailureMessage() != null) {
            return Messages.WaitConsole_TimedOutUnreachable(taskId, serverName, timeout, result.lastFailureMessage());
        }
        String status = result.lastTask() == null ? "?" : result.lastTask().status().text();
        return Messages.WaitConsole_TimedOut(taskId, serverName, timeout, status);
    }

    public void markedUnstable() {
        out.println(Messages.WaitConsole_MarkedUnstable());
    }

    /** With {@code propagate: false}: the outcome is returned to the script instead of changing the build result. */
    public void notPropagated(Verdict verdict) {
        out.println(Messages.WaitConsole_NotPropagated(verdict));
    }
}
