package io.jenkins.plugins.pleskbackup.steps;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.connection.PleskConnections;
import io.jenkins.plugins.pleskbackup.connection.ResolvedServer;
import io.jenkins.plugins.pleskbackup.connection.ServerReference;
import io.jenkins.plugins.pleskbackup.forms.WaitOptions;
import io.jenkins.plugins.pleskbackup.report.StopBackupOnAbort;
import io.jenkins.plugins.pleskbackup.report.TaskResults;
import io.jenkins.plugins.pleskbackup.report.WaitConsole;
import io.jenkins.plugins.pleskbackup.wait.Durations;
import io.jenkins.plugins.pleskbackup.wait.TaskWaiter;
import io.jenkins.plugins.pleskbackup.wait.Verdict;
import io.jenkins.plugins.pleskbackup.wait.WaitDecision;
import io.jenkins.plugins.pleskbackup.wait.WaitEvent;
import io.jenkins.plugins.pleskbackup.wait.WaitResult;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import io.jenkins.plugins.pleskbackup.wait.WaitState;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The asynchronous execution of {@code waitForPleskBackup}. {@link #start()} returns {@code false} and the step
 * completes later from a poll; between polls no thread, executor or node is held.
 *
 * <p>Each poll is scheduled on {@link Timer} and runs on {@link PollExecutor}. The absolute deadline, the server, the
 * task id and the last status are persisted with the Pipeline program, and the program state is saved before each
 * poll is scheduled, so that after a controller restart {@link #onResume()} polls at once and continues. All state
 * changes, and serialization, happen under the execution's monitor.
 */
final class WaitForPleskBackupExecution extends StepExecution {

    private static final long serialVersionUID = 1L;

    private static final Logger LOGGER = Logger.getLogger(WaitForPleskBackupExecution.class.getName());

    private final ServerReference server;
    private final String taskId;
    private final WaitOptions options;
    private final boolean propagate;

    private String serverDisplayName;
    private WaitSettings settings;
    private WaitState state;

    private transient ScheduledFuture<?> scheduledPoll;
    private transient Future<?> runningPoll;
    private transient BackupTask lastTask;
    private transient boolean completed;

    WaitForPleskBackupExecution(StepContext context, ServerReference server, String taskId, WaitOptions options,
            boolean propagate) {
        super(context);
        this.server = server;
        this.taskId = taskId;
        this.options = options;
        this.propagate = propagate;
    }

    @Override
    public boolean start() throws Exception {
        ResolvedServer resolved = PleskConnections.resolve(server, getContext().get(Run.class));
        synchronized (this) {
            serverDisplayName = resolved.displayName();
            settings = options.applyTo(resolved.waitDefaults());
            state = waiter().begin(serverDisplayName, taskId, System.currentTimeMillis());
        }
        console().started(settings);
        schedulePoll(0);
        return false;
    }

    @Override
    public void onResume() {
        boolean started;
        long remainingMillis = 0;
        synchronized (this) {
            lastTask = null;
            started = state != null;
            completed = !started;
            if (started) {
                remainingMillis = state.remainingMillis(System.currentTimeMillis());
            }
        }
        if (!started) {
            getContext().onFailure(new AbortException(Messages.WaitForPleskBackupStep_ResumeWithoutState(taskId)));
            return;
        }
        try {
            console().resumed(remainingMillis);
        } catch (IOException | InterruptedException e) {
            LOGGER.log(Level.FINE, "Cannot write to the log of a resumed wait", e);
        }
        schedulePoll(0);
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        if (!claimCompletion(true)) {
            return;
        }
        if (options.stopBackupOnAbort()) {
            stopBackupTask();
        }
        getContext().onFailure(cause);
    }

    @Override
    public String getStatus() {
        synchronized (this) {
            if (state == null) {
                return Messages.WaitForPleskBackupStep_StatusStarting(taskId, server);
            }
            long remaining = state.remainingMillis(System.currentTimeMillis());
            String status = state.lastStatusText() == null ? Messages.WaitForPleskBackupStep_StatusNotRead()
                    : state.lastStatusText();
            return Messages.WaitForPleskBackupStep_Status(taskId, serverDisplayName, status,
                    Durations.format(remaining));
        }
    }

    /** Saves the program state, then schedules the next poll; the poll itself runs on the plugin's own pool. */
    private synchronized void schedulePoll(long delayMillis) {
        if (completed) {
            return;
        }
        getContext().saveState();
        scheduledPoll = Timer.get().schedule(() -> {
            synchronized (this) {
                if (!completed) {
                    runningPoll = PollExecutor.get().submit(this::poll);
                }
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        WaitDecision decision;
        try {
            PleskClient client = client();
            BackupTask task = client.getTask(taskId);
            synchronized (this) {
                lastTask = task;
                decision = waiter().onTask(state, task, System.currentTimeMillis());
            }
        } catch (PleskException e) {
            synchronized (this) {
                decision = waiter().onFailure(state, e, lastTask, System.currentTimeMillis());
            }
        } catch (AbortException e) {
            fail(e);
            return;
        } catch (InterruptedException e) {
            // stop() cancelled this poll.
            return;
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Polling Plesk backup task " + taskId + " failed unexpectedly", e);
            fail(e);
            return;
        }
        handle(decision);
    }

    private void handle(WaitDecision decision) {
        if (decision instanceof WaitDecision.PollAgain) {
            printEvents(decision);
            schedulePoll(((WaitDecision.PollAgain) decision).delayMillis());
        } else if (decision instanceof WaitDecision.Done) {
            finish(decision, ((WaitDecision.Done) decision).result());
        } else {
            fail(new AbortException(((WaitDecision.Failed) decision).failure().getMessage()));
        }
    }

    private void printEvents(WaitDecision decision) {
        synchronized (this) {
            if (completed) {
                return;
            }
        }
        try {
            WaitConsole console = console();
            for (WaitEvent event : decision.events()) {
                console.event(event);
            }
        } catch (IOException | InterruptedException e) {
            LOGGER.log(Level.FINE, "Cannot write to the log of a wait", e);
        }
    }

    /**
     * Applies the outcome policy: returns the result, marks the build unstable, or fails the step. Does nothing when
     * {@link #stop} got there first, so an aborted build is never marked by a poll that was still in flight.
     */
    private void finish(WaitDecision decision, WaitResult result) {
        if (!claimCompletion(false)) {
            return;
        }
        Verdict verdict = options.policy().verdictFor(result.outcome());
        Map<String, Object> value;
        synchronized (this) {
            value = TaskResults.wait(serverDisplayName, taskId, result, verdict, state.lastStatusText());
        }
        try {
            WaitConsole console = console();
            for (WaitEvent event : decision.events()) {
                console.event(event);
            }
            console.outcome(result, settings);
            if (verdict == Verdict.SUCCESS) {
                getContext().onSuccess(value);
            } else if (!propagate) {
                console.notPropagated(verdict);
                getContext().onSuccess(value);
            } else if (verdict == Verdict.UNSTABLE) {
                // TODO: this marks the build only; marking the stage too needs WarningAction from workflow-api,
                // a dependency the plugin does not have yet.
                getContext().get(Run.class).setResult(Result.UNSTABLE);
                console.markedUnstable();
                getContext().onSuccess(value);
            } else {
                getContext().onFailure(new AbortException(console.describeOutcome(result, settings)));
            }
        } catch (IOException | InterruptedException e) {
            getContext().onFailure(e);
        }
    }

    /** Fails the step with an error, unless it has already completed. */
    private void fail(Throwable failure) {
        if (claimCompletion(false)) {
            getContext().onFailure(failure);
        }
    }

    /**
     * Marks the step as completed, once, and cancels the next poll; returns whether this call did it. A running poll
     * is interrupted only when another thread stops the step, never by the poll's own thread.
     */
    private synchronized boolean claimCompletion(boolean interruptRunningPoll) {
        if (completed) {
            return false;
        }
        completed = true;
        if (scheduledPoll != null) {
            scheduledPoll.cancel(false);
        }
        if (runningPoll != null) {
            runningPoll.cancel(interruptRunningPoll);
        }
        return true;
    }

    private void stopBackupTask() {
        try {
            StopBackupOnAbort.stop(client(), taskId, displayName(), getContext().get(TaskListener.class).getLogger());
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot ask Plesk to stop backup task " + taskId, e);
        }
    }

    private PleskClient client() throws IOException, InterruptedException {
        ResolvedServer resolved = PleskConnections.resolveAgain(server, getContext().get(Run.class));
        return PleskConnections.client(resolved.settings());
    }

    private WaitConsole console() throws IOException, InterruptedException {
        return new WaitConsole(getContext().get(TaskListener.class).getLogger(), displayName(), taskId);
    }

    private synchronized String displayName() {
        return serverDisplayName == null ? server.toString() : serverDisplayName;
    }

    private TaskWaiter waiter() {
        return new TaskWaiter(settings, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Pipeline serializes the execution on its own thread; the monitor keeps the snapshot consistent. */
    private synchronized void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
    }
}
