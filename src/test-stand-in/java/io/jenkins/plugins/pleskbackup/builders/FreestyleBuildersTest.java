package io.jenkins.plugins.pleskbackup.builders;

import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.awaitRequests;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.requestsFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskStatus;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.testing.CapturingListener;
import io.jenkins.plugins.pleskbackup.testing.SampleAccounts;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The freestyle build steps, called the way Jenkins calls a {@code SimpleBuildStep} that needs no workspace, against a
 * Plesk simulator with {@link SampleAccounts}.
 */
@Timeout(60)
class FreestyleBuildersTest {

    private final ManualClock clock = new ManualClock(START);
    private PleskSimulator simulator;
    private Run<?, ?> run;
    private CapturingListener listener;

    @BeforeEach
    void setUp() throws IOException {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        simulator = SampleAccounts.addTo(StandInPlesk.simulator(clock)).start();
        StandInPlesk.configure(StandInPlesk.server("prod", simulator, KEY_CREDENTIALS_ID));
        run = StandInJenkins.newRun("backups/freestyle", 12);
        listener = new CapturingListener();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void statusExportsEnvironment() throws Exception {
        PleskBackupStatusBuilder builder = new PleskBackupStatusBuilder();
        builder.setTaskId("1");

        builder.perform(run, null, new EnvVars(), null, listener);
        EnvVars environment = run.getEnvironment(listener);

        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.TASK_ID, "1");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.STATUS, "FINISHED");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.FILENAME, "nightly_2403010900.tar");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.STARTED, "2024-03-01T09:00:00Z");
        assertThat(listener.lines().get(0)).isEqualTo("Plesk server 'prod' lists 1 backup task(s) for task-id 1.");
    }

    @Test
    void statusOfSeveralTasksExportsNothing() throws Exception {
        PleskBackupStatusBuilder builder = new PleskBackupStatusBuilder();
        builder.setServer(true);

        builder.perform(run, new EnvVars(), listener);

        assertThat(run.getActions(PleskBackupEnvironmentAction.class)).isEmpty();
        assertThat(listener.linesContaining("  Task ")).hasSize(2);
    }

    @Test
    void statusExpandsFilterVariables() throws Exception {
        PleskBackupStatusBuilder builder = new PleskBackupStatusBuilder();
        builder.setCustomerLogin("${CUSTOMER}");

        builder.perform(run, new EnvVars("CUSTOMER", SampleAccounts.CUSTOMER_LOGIN), listener);

        assertThat(run.getAction(PleskBackupEnvironmentAction.class).getTaskId()).isEqualTo("3");
        assertThat(listener.lines().get(0)).endsWith("for customer-login 'jdoe'.");
    }

    @Test
    void statusRequireFailsBuild() {
        PleskBackupStatusBuilder builder = new PleskBackupStatusBuilder();
        builder.setTaskId("3");
        builder.setRequire(List.of("finished"));

        Throwable failure = catchThrowable(() -> builder.perform(run, new EnvVars(), listener));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage())
                .isEqualTo("Plesk backup task 3 on 'prod' is failed, but finished is required.");
    }

    @Test
    void laterStatusReplacesEnvironment() throws Exception {
        PleskBackupStatusBuilder first = new PleskBackupStatusBuilder();
        first.setTaskId("1");
        PleskBackupStatusBuilder second = new PleskBackupStatusBuilder();
        second.setTaskId("4");

        first.perform(run, new EnvVars(), listener);
        second.perform(run, new EnvVars(), listener);
        EnvVars environment = run.getEnvironment(listener);

        assertThat(run.getActions(PleskBackupEnvironmentAction.class)).hasSize(1);
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.TASK_ID, "4");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.STATUS, "WORKING");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.FILENAME, "");
    }

    @Test
    void waitExpandsTaskIdFromEnvironment() throws Exception {
        PleskBackupStatusBuilder status = new PleskBackupStatusBuilder();
        status.setWebspaceName(SampleAccounts.WEBSPACE_NAME);
        WaitForPleskBackupBuilder wait = waitBuilder("${PLESK_BACKUP_TASK_ID}");
        status.perform(run, new EnvVars(), listener);
        clock.advance(Duration.ofHours(2));

        wait.perform(run, null, run.getEnvironment(listener), null, listener);
        EnvVars environment = run.getEnvironment(listener);

        assertThat(requestsFor(simulator, "get-tasks-info").get(1).bodyAsString()).contains("<task-id>4</task-id>");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.TASK_ID, "4");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.STATUS, "FINISHED");
        assertThat(environment).containsEntry(PleskBackupEnvironmentAction.FILENAME, "2403010900.tar");
        assertThat(run.getResult()).isNull();
        assertThat(listener.text()).contains("Plesk backup task 4 on 'prod' finished");
    }

    @Test
    void waitForFailedTaskFailsBuild() {
        WaitForPleskBackupBuilder wait = waitBuilder("3");

        Throwable failure = catchThrowable(() -> wait.perform(run, new EnvVars(), listener));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("Plesk backup task 3 on 'prod' failed");
        assertThat(run.getAction(PleskBackupEnvironmentAction.class).getStatus()).isEqualTo("FAILED");
    }

    @Test
    void waitForFailedTaskMarksUnstable() throws Exception {
        WaitForPleskBackupBuilder wait = waitBuilder("3");
        wait.setFailureResult("UNSTABLE");

        wait.perform(run, new EnvVars(), listener);

        assertThat(run.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(listener.lines()).contains("Marking the build as UNSTABLE.");
    }

    @Test
    void waitWithUnsetVariableFails() {
        WaitForPleskBackupBuilder wait = waitBuilder("${PLESK_BACKUP_TASK_ID}");

        Throwable failure = catchThrowable(() -> wait.perform(run, new EnvVars(), listener));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("'${PLESK_BACKUP_TASK_ID}' is not valid");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void interruptWithStopBackupOnAbort() throws Exception {
        WaitForPleskBackupBuilder wait = waitBuilder("5");
        wait.setStopBackupOnAbort(true);

        Throwable thrown = performAndInterrupt(wait);

        assertThat(thrown).isInstanceOf(InterruptedException.class);
        assertThat(requestsFor(simulator, "stop-backup")).hasSize(1);
        assertThat(simulator.task(5).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.STOPPED);
        assertThat(listener.text())
                .contains("The build was aborted; asking Plesk server 'prod' to stop backup task 5.");
    }

    @Test
    void interruptWithoutStopBackupOnAbort() throws Exception {
        WaitForPleskBackupBuilder wait = waitBuilder("5");

        Throwable thrown = performAndInterrupt(wait);

        assertThat(thrown).isInstanceOf(InterruptedException.class);
        assertThat(requestsFor(simulator, "stop-backup")).isEmpty();
        assertThat(simulator.task(5).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.WORKING);
    }

    private static WaitForPleskBackupBuilder waitBuilder(String taskId) {
        WaitForPleskBackupBuilder builder = new WaitForPleskBackupBuilder(taskId);
        builder.setMaxPollInterval("1s");
        return builder;
    }

    /** Runs the wait on its own thread, as an executor would, and interrupts it as aborting the build does. */
    private Throwable performAndInterrupt(WaitForPleskBackupBuilder wait) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread executor = new Thread(() -> {
            try {
                wait.perform(run, new EnvVars(), listener);
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "freestyle build executor");
        executor.setDaemon(true);
        executor.start();
        awaitRequests(simulator, "get-tasks-info", 2);

        executor.interrupt();
        executor.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(executor.isAlive()).as("the build step ended after the interrupt").isFalse();
        return thrown.get();
    }
}
