package io.jenkins.plugins.pleskbackup.steps;

import static io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStepTest.valueOf;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hudson.AbortException;
import io.jenkins.plugins.pleskbackup.simulator.BackupTask;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.testing.CapturingListener;
import io.jenkins.plugins.pleskbackup.testing.RecordingStepContext;
import io.jenkins.plugins.pleskbackup.testing.SampleAccounts;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code startPleskBackup} executions, alone and followed by {@code waitForPleskBackup}. */
@Timeout(60)
class StartPleskBackupStepTest {

    private final ManualClock clock = new ManualClock(START);
    private PleskSimulator simulator;
    private CapturingListener listener;
    private RecordingStepContext context;

    @BeforeEach
    void setUp() throws IOException {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        simulator = SampleAccounts.addTo(StandInPlesk.simulator(clock))
                .defaultBackup(Duration.ofMinutes(5), TaskOutcome.FINISHED)
                .start();
        StandInPlesk.configure(StandInPlesk.server("prod", simulator, KEY_CREDENTIALS_ID));
        listener = new CapturingListener();
        context = new RecordingStepContext(StandInJenkins.newRun("backups/nightly", 7), listener);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void serverBackupReturnsTaskId() throws Exception {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setServer(true);

        Map<String, Object> value = run(step);

        assertThat(value).containsOnlyKeys("serverName", "taskId", "operation", "target");
        assertThat(value).containsEntry("serverName", "prod");
        assertThat(value).containsEntry("operation", "backup-server");
        assertThat(value).containsEntry("target", "server");
        BackupTask created = createdTask(value);
        assertThat(created.owner()).isEqualTo(TaskOwner.server());
        assertThat(created.description()).isEqualTo("Started by Jenkins build backups » nightly #7");
        assertThat(listener.lines())
                .containsExactly("Plesk server 'prod' started a backup of server as task " + created.id() + ".");
    }

    @Test
    void webspaceBackupWithOptions() throws Exception {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setWebspaceName(SampleAccounts.WEBSPACE_NAME);
        step.setPrefix("predeploy_");
        step.setDescription("Before the release");
        step.setStorage("FTP");

        Map<String, Object> value = run(step);

        assertThat(value).containsEntry("operation", "backup-webspace");
        assertThat(value).containsEntry("target", "webspace-name 'example.com'");
        BackupTask created = createdTask(value);
        assertThat(created.owner()).isEqualTo(TaskOwner.webspace(11));
        assertThat(created.prefix()).isEqualTo("predeploy_");
        assertThat(created.description()).isEqualTo("Before the release");
        assertThat(created.protocol()).isEqualTo("ftp");
    }

    @Test
    void customerBackupById() throws Exception {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setCustomerId(SampleAccounts.CUSTOMER_ID);

        Map<String, Object> value = run(step);

        assertThat(value).containsEntry("operation", "backup-customer");
        assertThat(createdTask(value).owner()).isEqualTo(TaskOwner.customer(7));
    }

    @Test
    void missingTargetIsRejected() {
        StartPleskBackupStep step = new StartPleskBackupStep();

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("Choose what to back up:");
    }

    @Test
    void twoTargetsAreRejected() {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setServer(true);
        step.setCustomerId(SampleAccounts.CUSTOMER_ID);

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("server, customerId");
    }

    @Test
    void invalidStorageIsRejected() {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setServer(true);
        step.setStorage("s3");

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).isEqualTo("storage 's3' is not valid; use local or ftp.");
    }

    @Test
    void startThenWaitForBackup() throws Exception {
        StartPleskBackupStep start = new StartPleskBackupStep();
        start.setServer(true);
        Map<String, Object> started = run(start);

        RecordingStepContext waitContext = new RecordingStepContext(StandInJenkins.newRun("backups/nightly", 7),
                listener);
        WaitForPleskBackupStep wait = new WaitForPleskBackupStep((String) started.get("taskId"));
        wait.setMaxPollInterval("1s");
        StepExecution execution = wait.start(waitContext);
        assertThat(execution.start()).isFalse();
        await(() -> listener.text().contains("is working"), "the first status line of the wait");
        clock.advance(Duration.ofMinutes(10));
        Map<String, Object> waited = valueOf(waitContext.awaitSuccess());

        assertThat(waited).containsEntry("taskId", started.get("taskId"));
        assertThat(waited).containsEntry("outcome", "FINISHED");
        assertThat(waited).containsEntry("filename", "2403010900.tar");
    }

    @Test
    void statusNamesTargetAndServer() throws Exception {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setResellerLogin(SampleAccounts.RESELLER_LOGIN);
        step.setServerName("prod");

        StepExecution execution = step.start(context);

        assertThat(execution.getStatus())
                .isEqualTo("Starting a Plesk backup of reseller-login 'acme-hosting' on server 'prod'");
    }

    private Map<String, Object> run(StartPleskBackupStep step) throws Exception {
        StepExecution execution = step.start(context);
        assertThat(execution.start()).isFalse();
        return valueOf(context.awaitSuccess());
    }

    private BackupTask createdTask(Map<String, Object> value) {
        long id = Long.parseLong((String) value.get("taskId"));
        return simulator.task(id).orElseThrow(() -> new AssertionError("The simulator has no task " + id));
    }
}
