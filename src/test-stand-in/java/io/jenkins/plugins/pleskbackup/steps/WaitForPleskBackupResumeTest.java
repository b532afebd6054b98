package io.jenkins.plugins.pleskbackup.steps;

import static io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStepTest.valueOf;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.await;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.awaitRequests;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.requestsFor;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.testing.CapturingListener;
import io.jenkins.plugins.pleskbackup.testing.RecordingStepContext;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@code waitForPleskBackup} execution that Pipeline persists in the middle of a wait and resumes after a controller
 * restart. The restart is simulated with Java serialization: the execution is written mid-wait, the original one is
 * stopped as the old controller's JVM would end, and the copy is read back with a new context and resumed.
 *
 * <p>In Pipeline the execution's context is serialized with it and reconnects to the resumed build by its ids.
 * {@link RecordingStepContext} does the same through {@code readResolve}, so the stand-in's
 * {@code StepExecution.getContext()} returns the new context without reflection on its private field.
 */
@Timeout(60)
class WaitForPleskBackupResumeTest {

    private static final long TASK_ID = 41;

    private final ManualClock clock = new ManualClock(START);
    private PleskSimulator simulator;
    private Run<?, ?> run;
    private RecordingStepContext context;

    @BeforeEach
    void setUp() throws IOException {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        simulator = StandInPlesk.simulator(clock)
                .task(TaskDefinition.builder(TASK_ID, TaskOwner.server()).duration(Duration.ofHours(1)).build())
                .start();
        StandInPlesk.configure(StandInPlesk.server("prod", simulator, KEY_CREDENTIALS_ID));
        run = StandInJenkins.newRun("backups/nightly", 7);
        context = new RecordingStepContext(run, new CapturingListener());
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void resumedWaitFinishes() throws Exception {
        StepExecution execution = startWait("30m");
        await(() -> context.listener().text().contains("is working"), "the first status line");
        byte[] persisted = serialize(execution);
        execution.stop(new InterruptedException("The controller shuts down"));

        CapturingListener resumedLog = new CapturingListener();
        RecordingStepContext resumedContext = context.prepareResume(run, resumedLog);
        StepExecution resumed = deserialize(persisted);
        int pollsBeforeResume = requestsFor(simulator, "get-tasks-info").size();
        resumed.onResume();
        awaitRequests(simulator, "get-tasks-info", pollsBeforeResume + 1);
        String statusAfterResume = resumed.getStatus();
        clock.advance(Duration.ofHours(2));
        Map<String, Object> value = valueOf(resumedContext.awaitSuccess());

        assertThat(resumed.getContext()).isSameAs(resumedContext);
        assertThat(statusAfterResume).startsWith("Waiting for Plesk backup task 41 on 'prod': last status working, ");
        assertThat(value).containsEntry("outcome", "FINISHED");
        assertThat(value).containsEntry("result", "SUCCESS");
        assertThat(resumedLog.lines().get(0))
                .matches("Resuming the wait for Plesk backup task 41 on 'prod' after a Jenkins restart; .* left\\.");
        assertThat(resumedLog.text()).contains("Plesk backup task 41 on 'prod' is now finished (was working).");
        assertThat(resumedLog.text()).doesNotContain("is working");
    }

    @Test
    void resumedWaitKeepsDeadline() throws Exception {
        StepExecution execution = startWait("2s");
        await(() -> context.listener().text().contains("is working"), "the first status line");
        byte[] persisted = serialize(execution);
        execution.stop(new InterruptedException("The controller shuts down"));
        // The controller stays down for longer than the wait had left.
        Thread.sleep(2500);

        CapturingListener resumedLog = new CapturingListener();
        RecordingStepContext resumedContext = context.prepareResume(run, resumedLog);
        StepExecution resumed = deserialize(persisted);
        resumed.onResume();
        Throwable failure = resumedContext.awaitFailure();

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("was still working when the wait timed out after 2 s");
        assertThat(resumedLog.lines().get(0)).endsWith("after a Jenkins restart; 0 s left.");
    }

    @Test
    void resumeAfterServerRemovedFails() throws Exception {
        StepExecution execution = startWait("30m");
        await(() -> context.listener().text().contains("is working"), "the first status line");
        byte[] persisted = serialize(execution);
        execution.stop(new InterruptedException("The controller shuts down"));
        StandInPlesk.configure();

        RecordingStepContext resumedContext = context.prepareResume(run, new CapturingListener());
        StepExecution resumed = deserialize(persisted);
        resumed.onResume();
        Throwable failure = resumedContext.awaitFailure();

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("No Plesk server is configured.");
    }

    @Test
    void resumeBeforeStartFails() throws Exception {
        WaitForPleskBackupStep step = new WaitForPleskBackupStep(Long.toString(TASK_ID));
        StepExecution execution = step.start(context);
        byte[] persisted = serialize(execution);

        RecordingStepContext resumedContext = context.prepareResume(run, new CapturingListener());
        StepExecution resumed = deserialize(persisted);
        resumed.onResume();
        Throwable failure = resumedContext.awaitFailure();

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("cannot resume");
        assertThat(requestsFor(simulator, "get-tasks-info")).isEmpty();
    }

    private StepExecution startWait(String timeout) throws Exception {
        WaitForPleskBackupStep step = new WaitForPleskBackupStep(Long.toString(TASK_ID));
        step.setMaxPollInterval("1s");
        step.setTimeout(timeout);
        StepExecution execution = step.start(context);
        assertThat(execution.start()).isFalse();
        return execution;
    }

    private static byte[] serialize(StepExecution execution) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(execution);
        }
        return bytes.toByteArray();
    }

    private static StepExecution deserialize(byte[] persisted) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(persisted))) {
            return (StepExecution) in.readObject();
        }
    }
}
