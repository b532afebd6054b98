package io.jenkins.plugins.pleskbackup.connection;

import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.LOGIN_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.requestsFor;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.RecordedRequest;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.testing.CapturingListener;
import io.jenkins.plugins.pleskbackup.testing.RecordingStepContext;
import io.jenkins.plugins.pleskbackup.testing.SshKeyCredentials;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which server and credentials a step uses, driven through {@code pleskBackupStatus} with task 1 of two simulators,
 * {@code prod} and {@code staging}.
 */
@Timeout(60)
class ServerResolutionTest {

    private final ManualClock clock = new ManualClock(START);
    private PleskSimulator prod;
    private PleskSimulator staging;
    private Run<?, ?> run;
    private RecordingStepContext context;

    @BeforeEach
    void setUp() throws IOException {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        TaskDefinition task = TaskDefinition.builder(1, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build();
        prod = StandInPlesk.simulator(clock).task(task).start();
        staging = StandInPlesk.simulator(clock).task(task).start();
        run = StandInJenkins.newRun("backups/nightly", 7);
        context = new RecordingStepContext(run, new CapturingListener());
    }

    @AfterEach
    void stopSimulators() {
        prod.close();
        staging.close();
    }

    @Test
    void serverByName() throws Exception {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID), server("staging", staging,
                KEY_CREDENTIALS_ID));
        PleskBackupStatusStep step = statusStep();
        step.setServerName("staging");

        Map<String, Object> value = runStep(step);

        assertThat(value).containsEntry("serverName", "staging");
        assertThat(staging.requests()).hasSize(1);
        assertThat(prod.requests()).isEmpty();
    }

    @Test
    void onlyServerByDefault() throws Exception {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID));

        Map<String, Object> value = runStep(statusStep());

        assertThat(value).containsEntry("serverName", "prod");
        assertThat(prod.requests()).hasSize(1);
    }

    @Test
    void urlWithCredentialsId() throws Exception {
        PleskBackupStatusStep step = statusStep();
        step.setUrl(prod.endpoint().toString());
        step.setCredentialsId(LOGIN_CREDENTIALS_ID);

        Map<String, Object> value = runStep(step);

        assertThat(value).containsEntry("serverName", "127.0.0.1:" + prod.port());
        assertThat(onlyRequest(prod).header("HTTP_AUTH_LOGIN")).isEqualTo(ADMIN_LOGIN);
    }

    @Test
    void urlWithPinnedCertificate() throws Exception {
        try (PleskSimulator https = StandInPlesk.simulator(clock).https(true)
                .task(TaskDefinition.builder(1, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build())
                .start()) {
            PleskBackupStatusStep step = statusStep();
            step.setUrl(https.endpoint().toString());
            step.setCredentialsId(KEY_CREDENTIALS_ID);
            step.setCertificateFingerprint(https.certificateSha256Fingerprint());

            Map<String, Object> value = runStep(step);

            assertThat(value).containsEntry("status", "finished");
        }
    }

    @Test
    void urlWithUntrustedCertificateFails() throws Exception {
        try (PleskSimulator https = StandInPlesk.simulator(clock).https(true).start()) {
            PleskBackupStatusStep step = statusStep();
            step.setUrl(https.endpoint().toString());
            step.setCredentialsId(KEY_CREDENTIALS_ID);

            Throwable failure = runStepAndFail(step);

            assertThat(failure).isInstanceOf(AbortException.class);
            assertThat(failure.getMessage()).startsWith("TLS handshake with Plesk server '127.0.0.1:" + https.port()
                    + "'");
            assertThat(failure.getMessage()).contains(https.certificateSha256Fingerprint());
            assertThat(https.requests()).isEmpty();
        }
    }

    @Test
    void credentialsIdOverridesServerCredentials() throws Exception {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID));
        PleskBackupStatusStep step = statusStep();
        step.setServerName("prod");
        step.setCredentialsId(LOGIN_CREDENTIALS_ID);

        runStep(step);

        assertThat(onlyRequest(prod).header("HTTP_AUTH_LOGIN")).isEqualTo(ADMIN_LOGIN);
        assertThat(onlyRequest(prod).header("KEY")).isNull();
        assertThat(StandInJenkins.trackedCredentialIds(run)).containsExactly(LOGIN_CREDENTIALS_ID);
    }

    @Test
    void secretKeyAuthenticates() throws Exception {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID));

        Map<String, Object> value = runStep(statusStep());

        assertThat(value).containsEntry("status", "finished");
        assertThat(onlyRequest(prod).header("KEY")).isNotNull();
        assertThat(onlyRequest(prod).header("HTTP_AUTH_LOGIN")).isNull();
    }

    @Test
    void loginAndPasswordAuthenticate() throws Exception {
        StandInPlesk.configure(server("prod", prod, LOGIN_CREDENTIALS_ID));

        Map<String, Object> value = runStep(statusStep());

        assertThat(value).containsEntry("status", "finished");
        assertThat(onlyRequest(prod).header("HTTP_AUTH_LOGIN")).isEqualTo(ADMIN_LOGIN);
        assertThat(onlyRequest(prod).header("KEY")).isNull();
    }

    @Test
    void credentialsTrackedOnRun() throws Exception {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID));

        runStep(statusStep());

        assertThat(StandInJenkins.trackedCredentialIds(run)).containsExactly(KEY_CREDENTIALS_ID);
    }

    @Test
    void jobCredentialsServeOnlyTheirJob() throws Exception {
        Item job = StandInJenkins.newItem("backups/nightly");
        StandInJenkins.addCredentials(job, StandInJenkins.usernamePassword("job-login", ADMIN_LOGIN,
                StandInPlesk.ADMIN_PASSWORD));
        StandInPlesk.configure(server("prod", prod, "job-login"));
        RecordingStepContext otherJob = new RecordingStepContext(StandInJenkins.newRun("web/deploy", 1),
                new CapturingListener());

        runStep(statusStep());
        StepExecution execution = statusStep().start(otherJob);
        execution.start();
        Throwable failure = otherJob.awaitFailure();

        assertThat(StandInJenkins.trackedCredentialIds(run)).containsExactly("job-login");
        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("No credentials with id 'job-login' are available to this build.");
        assertThat(failure.getMessage()).contains("job 'web/deploy'");
    }

    @Test
    void unknownServerName() throws Exception {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID), server("staging", staging,
                KEY_CREDENTIALS_ID));
        PleskBackupStatusStep step = statusStep();
        step.setServerName("qa");

        Throwable failure = runStepAndFail(step);

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage())
                .isEqualTo("No Plesk server named 'qa' is configured; configured servers: prod, staging.");
    }

    @Test
    void unknownServerNameWithoutServers() throws Exception {
        PleskBackupStatusStep step = statusStep();
        step.setServerName("qa");

        Throwable failure = runStepAndFail(step);

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith(
                "No Plesk server named 'qa' is configured, and no Plesk server is configured at all.");
    }

    @Test
    void severalServersNeedName() throws Exception {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID), server("staging", staging,
                KEY_CREDENTIALS_ID));

        Throwable failure = runStepAndFail(statusStep());

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage())
                .isEqualTo("Several Plesk servers are configured (prod, staging). Choose one with serverName.");
        assertThat(prod.requests()).isEmpty();
        assertThat(staging.requests()).isEmpty();
    }

    @Test
    void noServerConfigured() throws Exception {
        Throwable failure = runStepAndFail(statusStep());

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("No Plesk server is configured.");
    }

    @Test
    void nameAndUrlTogether() {
        PleskBackupStatusStep step = statusStep();
        step.setServerName("prod");
        step.setUrl(prod.endpoint().toString());
        step.setCredentialsId(KEY_CREDENTIALS_ID);

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).isEqualTo("Both serverName 'prod' and url '" + prod.endpoint()
                + "' are given. Give one of them: the name of a configured Plesk server, or a URL with"
                + " credentialsId.");
    }

    @Test
    void urlWithoutCredentials() {
        PleskBackupStatusStep step = statusStep();
        step.setUrl(prod.endpoint().toString());

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).isEqualTo("The url '" + prod.endpoint()
                + "' is given without credentialsId. Add the id of the credentials for this server.");
    }

    @Test
    void fingerprintWithoutUrl() {
        StandInPlesk.configure(server("prod", prod, KEY_CREDENTIALS_ID));
        PleskBackupStatusStep step = statusStep();
        step.setCertificateFingerprint("AB:CD");

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("certificateFingerprint applies only to a server given by url.");
    }

    @Test
    void missingCredentialsId() throws Exception {
        StandInPlesk.configure(server("prod", prod, "deleted-key"));

        Throwable failure = runStepAndFail(statusStep());

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("No credentials with id 'deleted-key' are available to this"
                + " build. They were looked up as the build's user in the folders of job 'backups/nightly'");
        assertThat(prod.requests()).isEmpty();
    }

    @Test
    void wrongCredentialsType() throws Exception {
        StandInJenkins.addCredentials(new SshKeyCredentials("deploy-ssh"));
        StandInPlesk.configure(server("prod", prod, "deploy-ssh"));

        Throwable failure = runStepAndFail(statusStep());

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith(
                "The credentials 'deploy-ssh' are of type SshKeyCredentials, which Plesk cannot use.");
        assertThat(StandInJenkins.trackedCredentialIds(run)).isEmpty();
    }

    @Test
    void serverWithoutCredentials() throws Exception {
        StandInPlesk.configure(new PleskServer("prod", prod.endpoint().toString(), null));

        Throwable failure = runStepAndFail(statusStep());

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).isEqualTo("Plesk server 'prod' has no credentials configured. Set them in"
                + " its settings, or give credentialsId.");
    }

    @Test
    void serverWithoutUrl() throws Exception {
        StandInPlesk.configure(new PleskServer("prod", " ", KEY_CREDENTIALS_ID));

        Throwable failure = runStepAndFail(statusStep());

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).isEqualTo("The settings of Plesk server 'prod' are invalid: Plesk server"
                + " 'prod' has no URL configured.");
    }

    @Test
    void resolveForBuildUsesServerWaitDefaults() throws Exception {
        PleskServer configured = server("prod", prod, KEY_CREDENTIALS_ID);
        configured.setWaitTimeoutMinutes(45);
        configured.setMaxPollIntervalSeconds(20);
        StandInPlesk.configure(configured);

        ResolvedServer resolved = PleskConnections.resolve(ServerReference.of(null, null, null, null), run);

        assertThat(resolved.displayName()).isEqualTo("prod");
        assertThat(resolved.settings().endpoint()).isEqualTo(prod.endpoint());
        assertThat(resolved.waitDefaults().timeout().toMinutes()).isEqualTo(45);
        assertThat(resolved.waitDefaults().maxPollInterval().toSeconds()).isEqualTo(20);
        assertThat(resolved.settings().connectTimeout().toSeconds()).isEqualTo(5);
        assertThat(resolved.settings().readTimeout().toSeconds()).isEqualTo(10);
    }

    private static PleskBackupStatusStep statusStep() {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setTaskId("1");
        return step;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> runStep(PleskBackupStatusStep step) throws Exception {
        StepExecution execution = step.start(context);
        execution.start();
        return (Map<String, Object>) context.awaitSuccess();
    }

    private Throwable runStepAndFail(PleskBackupStatusStep step) throws Exception {
        StepExecution execution = step.start(context);
        execution.start();
        return context.awaitFailure();
    }

    private static RecordedRequest onlyRequest(PleskSimulator simulator) {
        List<RecordedRequest> requests = requestsFor(simulator, "get-tasks-info");
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
