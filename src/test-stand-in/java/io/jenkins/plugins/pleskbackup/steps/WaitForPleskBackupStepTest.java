package io.jenkins.plugins.pleskbackup.steps;

import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.await;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.awaitRequests;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.requestsFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.simulator.TaskStatus;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.testing.CapturingListener;
import io.jenkins.plugins.pleskbackup.testing.RecordingStepContext;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code waitForPleskBackup} executions against a Plesk simulator over real HTTP. Polls run on real timers, capped at
 * one second apart, while the simulator's tasks follow a manual clock.
 */
@Timeout(60)
class WaitForPleskBackupStepTest {

    private static final String SERVER_NAME = "prod";
    private static final long TASK_ID = 41;

    private final ManualClock clock = new ManualClock(START);
    private PleskSimulator simulator;
    private Run<?, ?> run;
    private CapturingListener listener;
    private RecordingStepContext context;

    @BeforeEach
    void setUp() {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        run = StandInJenkins.newRun("backups/nightly", 7);
        listener = new CapturingListener();
        context = new RecordingStepContext(run, listener);
    }

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void finishedTaskReturnsOutcome() throws Exception {
        startSimulator(TaskDefinition.builder(TASK_ID, TaskOwner.server())
                .endedWith(TaskOutcome.FINISHED)
                .prefix("nightly_")
                .build());

        start(step());
        Map<String, Object> value = valueOf(context.awaitSuccess());

        assertThat(value).containsEntry("outcome", "FINISHED");
        assertThat(value).containsEntry("result", "SUCCESS");
        assertThat(value).containsEntry("succeeded", true);
        assertThat(value).containsEntry("taskId", "41");
        assertThat(value).containsEntry("status", "finished");
        assertThat(value).containsEntry("filename", "nightly_2403010900.tar");
        assertThat(value).containsEntry("serverName", SERVER_NAME);
        assertThat(run.getResult()).isNull();
        assertThat(listener.text()).contains("Plesk backup task 41 on 'prod' finished");
    }

    @Test
    void failedTaskFailsStep() throws Exception {
        startSimulator(TaskDefinition.builder(TASK_ID, TaskOwner.server()).endedWith(TaskOutcome.FAILED).build());

        start(step());
        Throwable failure = context.awaitFailure();

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("task 41");
        assertThat(failure.getMessage()).contains("'prod'");
        assertThat(failure.getMessage()).contains("failed");
    }

    @Test
    void failedTaskWithUnstableResult() throws Exception {
        startSimulator(TaskDefinition.builder(TASK_ID, TaskOwner.server()).endedWith(TaskOutcome.FAILED).build());
        WaitForPleskBackupStep step = step();
        step.setFailureResult("UNSTABLE");

        start(step);
        Map<String, Object> value = valueOf(context.awaitSuccess());

        assertThat(value).containsEntry("outcome", "FAILED");
        assertThat(value).containsEntry("result", "UNSTABLE");
        assertThat(value).containsEntry("succeeded", false);
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(listener.lines()).contains("Marking the build as UNSTABLE.");
    }

    @Test
    void taskStoppedInPleskFailsStep() throws Exception {
        startSimulator(workingTask());

        start(step());
        await(() -> listener.text().contains("is working"), "the first status line");
        String response = StandInPlesk.sendStopBackup(simulator, TASK_ID);
        Throwable failure = context.awaitFailure();

        assertThat(response).contains("<status>ok</status>");
        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("Plesk backup task 41 on 'prod' was stopped");
        assertThat(listener.text()).contains("is now stopped (was working)");
    }

    @Test
    void unknownTaskFailsWithNotFound() throws Exception {
        startSimulator();

        start(new WaitForPleskBackupStep("999"));
        Throwable failure = context.awaitFailure();

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("Plesk server 'prod' lists no backup task 999");
    }

    @Test
    void timeoutWhileWorkingFailsStep() throws Exception {
        startSimulator(workingTask());
        WaitForPleskBackupStep step = step();
        step.setTimeout("2s");

        start(step);
        Throwable failure = context.awaitFailure();

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("was still working when the wait timed out after 2 s");
        assertThat(simulator.task(TASK_ID).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.WORKING);
    }

    @Test
    void timeoutWithUnstableResult() throws Exception {
        startSimulator(workingTask());
        WaitForPleskBackupStep step = step();
        step.setTimeout("2s");
        step.setTimeoutResult("UNSTABLE");

        start(step);
        Map<String, Object> value = valueOf(context.awaitSuccess());

        assertThat(value).containsEntry("outcome", "TIMED_OUT");
        assertThat(value).containsEntry("result", "UNSTABLE");
        assertThat(value).containsEntry("status", "working");
        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void httpErrorsAreRetried() throws Exception {
        startSimulator(TaskDefinition.builder(TASK_ID, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build());
        simulator.faults().next(Fault.httpError(503));
        simulator.faults().next(Fault.httpError(503));

        start(step());
        Map<String, Object> value = valueOf(context.awaitSuccess());

        assertThat(value).containsEntry("outcome", "FINISHED");
        assertThat(listener.linesContaining("retrying")).hasSize(1);
        assertThat(listener.linesContaining("retrying").get(0)).contains("503");
        assertThat(listener.text()).contains("answers again about backup task 41, after 2 failed attempt(s)");
        assertThat(requestsFor(simulator, "get-tasks-info")).hasSize(3);
    }

    @Test
    void htmlPageIsRetried() throws Exception {
        startSimulator(TaskDefinition.builder(TASK_ID, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build());
        simulator.faults().next(Fault.htmlPage());

        start(step());
        Map<String, Object> value = valueOf(context.awaitSuccess());

        assertThat(value).containsEntry("outcome", "FINISHED");
        assertThat(listener.linesContaining("retrying")).hasSize(1);
        assertThat(requestsFor(simulator, "get-tasks-info")).hasSize(2);
    }

    @Test
    void wrongSecretKeyFailsAtOnce() throws Exception {
        StandInJenkins.addCredentials(StandInJenkins.secretText("stale-key", "Sk-revoked-long-ago"));
        simulator = StandInPlesk.simulator(clock).task(workingTask()).start();
        StandInPlesk.configure(StandInPlesk.server(SERVER_NAME, simulator, "stale-key"));

        start(step());
        Throwable failure = context.awaitFailure();

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("rejected the secret key");
        assertThat(requestsFor(simulator, "get-tasks-info")).hasSize(1);
        assertThat(listener.linesContaining("retrying")).isEmpty();
    }

    @Test
    void propagateFalseReturnsOutcomeOnly() throws Exception {
        startSimulator(TaskDefinition.builder(TASK_ID, TaskOwner.server()).endedWith(TaskOutcome.FAILED).build());
        WaitForPleskBackupStep step = step();
        step.setPropagate(false);

        start(step);
        Map<String, Object> value = valueOf(context.awaitSuccess());

        assertThat(value).containsEntry("outcome", "FAILED");
        assertThat(value).containsEntry("result", "FAILURE");
        assertThat(value).containsEntry("succeeded", false);
        assertThat(run.getResult()).isNull();
        assertThat(listener.text()).contains("because propagate is false");
    }

    @Test
    void stopEndsPollingWithCause() throws Exception {
        startSimulator(workingTask());
        StepExecution execution = start(step());
        awaitRequests(simulator, "get-tasks-info", 2);
        InterruptedException cause = new InterruptedException("Aborted by a user");

        execution.stop(cause);
        Throwable failure = context.awaitFailure();
        // A poll that was already on its way may still arrive. After that, nothing may follow.
        Thread.sleep(500);
        int requestsAfterStop = simulator.requests().size();
        Thread.sleep(2500);

        assertThat(failure).isSameAs(cause);
        assertThat(simulator.requests()).hasSize(requestsAfterStop);
        assertThat(requestsFor(simulator, "stop-backup")).isEmpty();
        assertThat(simulator.task(TASK_ID).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.WORKING);
    }

    @Test
    void stopWithStopBackupOnAbortStopsTask() throws Exception {
        startSimulator(workingTask());
        WaitForPleskBackupStep step = step();
        step.setStopBackupOnAbort(true);
        StepExecution execution = start(step);
        awaitRequests(simulator, "get-tasks-info", 1);
        InterruptedException cause = new InterruptedException("Aborted by a user");

        execution.stop(cause);
        Throwable failure = context.awaitFailure();

        assertThat(failure).isSameAs(cause);
        assertThat(requestsFor(simulator, "stop-backup")).hasSize(1);
        assertThat(simulator.task(TASK_ID).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.STOPPED);
        assertThat(listener.text()).contains("Plesk server 'prod' accepted the request to stop backup task 41.");
    }

    @Test
    void statusShowsTaskAndTimeLeft() throws Exception {
        startSimulator(workingTask());
        WaitForPleskBackupStep step = step();
        step.setTimeout("10m");
        step.setServerName(SERVER_NAME);
        StepExecution execution = step.start(context);
        String statusBeforeStart = execution.getStatus();

        execution.start();
        await(() -> listener.text().contains("is working"), "the first status line");
        String statusWhileWaiting = execution.getStatus();
        execution.stop(new InterruptedException("End of test"));

        assertThat(statusBeforeStart).isEqualTo("Starting to wait for Plesk backup task 41 on server 'prod'");
        assertThat(statusWhileWaiting).startsWith("Waiting for Plesk backup task 41 on 'prod': last status working, ");
        assertThat(statusWhileWaiting).matches(".*, 9 min \\d+ s left|.*, 10 min left");
    }

    @Test
    void stateIsSavedBeforeEachPoll() throws Exception {
        startSimulator(workingTask());
        List<Integer> pollsBeforeEachSave = new CopyOnWriteArrayList<>();
        context.observeSaveState(() -> pollsBeforeEachSave.add(requestsFor(simulator, "get-tasks-info").size()));

        start(step());
        awaitRequests(simulator, "get-tasks-info", 3);
        clock.advance(Duration.ofHours(2));
        context.awaitSuccess();
        int polls = requestsFor(simulator, "get-tasks-info").size();

        assertThat(pollsBeforeEachSave).containsExactlyElementsOf(IntStream.range(0, polls).boxed().toList());
        assertThat(context.saveStateCalls()).isEqualTo(polls);
    }

    @Test
    void credentialsUseIsRecordedOnce() throws Exception {
        startSimulator(workingTask());

        start(step());
        awaitRequests(simulator, "get-tasks-info", 3);
        clock.advance(Duration.ofHours(2));
        context.awaitSuccess();

        assertThat(requestsFor(simulator, "get-tasks-info").size()).isGreaterThanOrEqualTo(4);
        assertThat(StandInJenkins.trackedCredentialIds(run)).hasSize(1);
    }

    // TODO: the heartbeat line ("Still waiting ...") is not covered. Its interval is 5 minutes of real time, and no
    // step parameter shortens it.
    @Test
    void logHasOneLinePerStatusChange() throws Exception {
        startSimulator(workingTask());

        start(step());
        awaitRequests(simulator, "get-tasks-info", 3);
        clock.advance(Duration.ofHours(2));
        context.awaitSuccess();

        assertThat(requestsFor(simulator, "get-tasks-info").size()).isGreaterThanOrEqualTo(4);
        assertThat(listener.lines()).hasSize(4);
        assertThat(listener.lines().get(0)).startsWith("Waiting for Plesk backup task 41 on 'prod' for at most 2 h");
        assertThat(listener.lines().get(1)).isEqualTo(
                "Plesk backup task 41 on 'prod' is working (owner server, started 2024-03-01T09:00:00Z).");
        assertThat(listener.lines().get(2)).isEqualTo("Plesk backup task 41 on 'prod' is now finished (was working).");
        assertThat(listener.lines().get(3)).startsWith("Plesk backup task 41 on 'prod' finished (waited ");
    }

    @Test
    void unknownServerFailsAtStart() throws Exception {
        startSimulator(workingTask());
        WaitForPleskBackupStep step = step();
        step.setServerName("qa");
        StepExecution execution = step.start(context);

        Throwable failure = catchThrowable(execution::start);

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).isEqualTo("No Plesk server named 'qa' is configured; configured servers:"
                + " prod.");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void invalidTaskIdIsRejectedAtStart() {
        WaitForPleskBackupStep step = new WaitForPleskBackupStep("latest");

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("The task id 'latest' is not valid");
    }

    private void startSimulator(TaskDefinition... tasks) throws IOException {
        PleskSimulator.Builder builder = StandInPlesk.simulator(clock);
        for (TaskDefinition task : tasks) {
            builder.task(task);
        }
        simulator = builder.start();
        StandInPlesk.configure(StandInPlesk.server(SERVER_NAME, simulator, KEY_CREDENTIALS_ID));
    }

    /** Defines a server task that works for an hour of the manual clock, so it ends only when a test advances it. */
    private static TaskDefinition workingTask() {
        return TaskDefinition.builder(TASK_ID, TaskOwner.server()).duration(Duration.ofHours(1)).build();
    }

    private static WaitForPleskBackupStep step() {
        WaitForPleskBackupStep step = new WaitForPleskBackupStep(Long.toString(TASK_ID));
        step.setMaxPollInterval("1s");
        return step;
    }

    private StepExecution start(WaitForPleskBackupStep step) throws Exception {
        StepExecution execution = step.start(context);
        assertThat(execution.start()).as("start() completes asynchronously").isFalse();
        return execution;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> valueOf(Object stepValue) {
        assertThat(stepValue).isInstanceOf(Map.class);
        return (Map<String, Object>) stepValue;
    }
}
