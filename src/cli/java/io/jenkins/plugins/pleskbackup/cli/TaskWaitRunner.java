package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.wait.BlockingTaskWait;
import io.jenkins.plugins.pleskbackup.wait.TaskWaiter;
import io.jenkins.plugins.pleskbackup.wait.WaitOutcome;
import io.jenkins.plugins.pleskbackup.wait.WaitResult;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import io.jenkins.plugins.pleskbackup.wait.WaitState;
import java.io.PrintStream;

/**
 * Waits for one task with {@link BlockingTaskWait} and reports the wait, for {@code wait}, {@code start --wait} and
 * {@code demo}.
 */
final class TaskWaitRunner {

    /** Maximum pause between two updates of the progress line. */
    private static final long PROGRESS_UPDATE_MILLIS = 1000;

    private TaskWaitRunner() {
    }

    /**
     * Polls the task until the wait ends, printing the events on {@code lines}. A finished task is reported on
     * {@code lines}; every other outcome as one {@code plesk-backup:} line on standard error.
     *
     * @return the exit code of the outcome, or 130 after an interrupt (Ctrl-C)
     * @throws PleskException a permanent error, such as rejected credentials
     */
    static int run(PleskClient client, String taskId, WaitSettings settings, CommandContext context,
            PrintStream lines) throws PleskException {
        TaskWaiter waiter = new TaskWaiter(settings, context.random());
        WaitState state = waiter.begin(client.settings().serverName(), taskId, context.clock().millis());
        WaitReporter reporter = new WaitReporter(lines, context.terminal(), context.clock(), state);
        BlockingTaskWait wait = new BlockingTaskWait(waiter, context.clock(), progressSleeper(context, reporter));

        reporter.started(settings);
        WaitResult result;
        try {
            result = wait.run(state, client::getTask, reporter::event);
        } catch (InterruptedException e) {
            reporter.clearProgress();
            context.err().println("plesk-backup: interrupted; stopped waiting for backup task " + taskId
                    + ", which keeps running on Plesk server '" + state.serverName() + "'.");
            return ExitCodes.INTERRUPTED;
        } finally {
            reporter.clearProgress();
        }

        String outcome = reporter.outcome(result, settings);
        if (result.outcome() == WaitOutcome.FINISHED) {
            reporter.println(outcome);
        } else {
            context.err().println("plesk-backup: " + outcome);
        }
        return ExitCodes.forOutcome(result.outcome());
    }

    /** Returns a sleeper that updates the progress line at least once a second while it sleeps. */
    private static BlockingTaskWait.Sleeper progressSleeper(CommandContext context, WaitReporter reporter) {
        if (!context.terminal()) {
            return context.sleeper();
        }
        return millis -> {
            long remaining = millis;
            while (remaining > 0) {
                reporter.showProgress(remaining);
                long step = Math.min(remaining, PROGRESS_UPDATE_MILLIS);
                context.sleeper().sleep(step);
                remaining -= step;
            }
        };
    }
}
