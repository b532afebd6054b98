package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.wait.Durations;
import io.jenkins.plugins.pleskbackup.wait.WaitEvent;
import io.jenkins.plugins.pleskbackup.wait.WaitResult;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import io.jenkins.plugins.pleskbackup.wait.WaitState;
import java.io.PrintStream;
import java.time.Clock;

/**
 * Writes the lines of a wait: one when it starts, one per {@link WaitEvent}, and the outcome. On a terminal it also
 * keeps a progress line below them, which it rewrites in place with a carriage return and clears before each new line.
 * Messages of the client contain no secrets, so they are printed as they are.
 */
final class WaitReporter {

    private final PrintStream out;
    private final boolean live;
    private final Clock clock;
    private final WaitState state;
    private int progressWidth;

    /**
     * @param live whether to show the progress line; only for a terminal, since log files would collect every update
     */
    WaitReporter(PrintStream out, boolean live, Clock clock, WaitState state) {
        this.out = out;
        this.live = live;
        this.clock = clock;
        this.state = state;
    }

    void started(WaitSettings settings) {
        println("Waiting for backup task " + state.taskId() + " on Plesk server '" + state.serverName() + "' ("
                + settings + ").");
    }

    void event(WaitEvent event) {
        String taskId = state.taskId();
        if (event instanceof WaitEvent.StatusChanged) {
            println(statusChanged((WaitEvent.StatusChanged) event));
        } else if (event instanceof WaitEvent.StillWaiting) {
            WaitEvent.StillWaiting still = (WaitEvent.StillWaiting) event;
            println("Task " + taskId + " is still " + still.task().status().text() + " after "
                    + Durations.format(still.elapsedMillis()) + "; " + Durations.format(still.remainingMillis())
                    + " left.");
        } else if (event instanceof WaitEvent.TransientFailure) {
            WaitEvent.TransientFailure failure = (WaitEvent.TransientFailure) event;
            println("Task " + taskId + ": the poll failed, retrying in " + Durations.format(failure.retryInMillis())
                    + " (" + Durations.format(failure.remainingMillis()) + " left): "
                    + failure.failure().getMessage());
        } else if (event instanceof WaitEvent.Recovered) {
            println("Task " + taskId + ": Plesk answered again after " + ((WaitEvent.Recovered) event).failedPolls()
                    + " failed polls.");
        }
    }

    private String statusChanged(WaitEvent.StatusChanged change) {
        BackupTask task = change.task();
        String taskId = state.taskId();
        if (!task.status().isKnown()) {
            return "Task " + taskId + " has the status '" + task.status().text() + "', which Plesk's schema does not"
                    + " define; waiting until it is finished, failed or stopped.";
        }
        if (change.previousStatusText() == null) {
            return "Task " + taskId + ": " + task.status().text() + " (" + task.ownerDescription() + ", started "
                    + TaskTable.formatInstant(task.started()) + ").";
        }
        return "Task " + taskId + " changed from " + change.previousStatusText() + " to " + task.status().text() + ".";
    }

    /**
     * Returns the line that reports how the wait ended. The caller prints a finished task with {@link #println} and
     * the other outcomes as errors on standard error.
     */
    String outcome(WaitResult result, WaitSettings settings) {
        String taskId = state.taskId();
        String waited = Durations.format(result.waitedMillis());
        BackupTask task = result.lastTask();
        switch (result.outcome()) {
            case FINISHED:
                String file = task == null || task.filename().isEmpty() ? "Plesk reported no file name."
                        : "Backup file: " + TaskTable.displayable(task.filename());
                return "Task " + taskId + " finished (waited " + waited + "). " + file;
            case FAILED:
                return "backup task " + taskId + " on Plesk server '" + state.serverName() + "' failed (waited " + waited
                        + "). Plesk's XML API reports no reason; Plesk's backup log has it.";
            case STOPPED:
                return "backup task " + taskId + " on Plesk server '" + state.serverName() + "' was stopped, by"
                        + " stop-backup or in Plesk's user interface (waited " + waited + ").";
            case TASK_NOT_FOUND:
                return "Plesk server '" + state.serverName() + "' lists no backup task with id " + taskId + ". The id"
                        + " is wrong, the task belongs to a user these credentials cannot see, or Plesk has already"
                        + " removed it.";
            default:
                return timedOut(result, settings);
        }
    }

    private String timedOut(WaitResult result, WaitSettings settings) {
        String timeout = Durations.format(settings.timeout());
        String prefix = "timed out after " + timeout + " waiting for backup task " + state.taskId() + " on Plesk"
                + " server '" + state.serverName() + "'";
        if (result.lastFailureMessage() != null) {
            return prefix + ", because Plesk could not be reached. Last error: " + result.lastFailureMessage();
        }
        String status = result.lastTask() == null ? "unknown" : result.lastTask().status().text();
        return prefix + "; its last status was " + status + ". The task keeps running on Plesk; wait again with a"
                + " longer --timeout.";
    }

    /** Prints a line on this reporter's stream, below the progress line. */
    void println(String line) {
        clearProgress();
        out.println(line);
        out.flush();
    }

    /**
     * Rewrites the progress line, for example {@code task 12 working, 35 s elapsed, next poll in 7 s, 1 h 59 min
     * left}. Does nothing unless the output is live.
     */
    void showProgress(long nextPollInMillis) {
        if (!live) {
            return;
        }
        long now = clock.millis();
        String status = state.lastStatusText() == null ? "not polled yet" : state.lastStatusText();
        String line = "  task " + state.taskId() + " " + TaskTable.displayable(status) + ", "
                + Durations.format(now - state.startedAtMillis()) + " elapsed, next poll in "
                + Durations.format(nextPollInMillis) + ", " + Durations.format(state.remainingMillis(now)) + " left";
        String padding = " ".repeat(Math.max(0, progressWidth - line.length()));
        out.print("\r" + line + padding);
        out.flush();
        progressWidth = line.length();
    }

    /** Erases the progress line, if one is shown, and moves the cursor to its start. */
    void clearProgress() {
        if (progressWidth > 0) {
            out.print("\r" + " ".repeat(progressWidth) + "\r");
            out.flush();
            progressWidth = 0;
        }
    }
}
