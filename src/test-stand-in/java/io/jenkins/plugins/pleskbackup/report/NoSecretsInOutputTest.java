package io.jenkins.plugins.pleskbackup.report;

import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.LOGIN_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.SECRET_KEY;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hudson.EnvVars;
import hudson.model.Run;
import hudson.util.FormValidation;
import io.jenkins.plugins.pleskbackup.builders.WaitForPleskBackupBuilder;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.connection.PleskConnections;
import io.jenkins.plugins.pleskbackup.connection.ResolvedServer;
import io.jenkins.plugins.pleskbackup.connection.ServerReference;
import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.steps.StartPleskBackupStep;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import io.jenkins.plugins.pleskbackup.testing.CapturingListener;
import io.jenkins.plugins.pleskbackup.testing.RecordingStepContext;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The secret key and the password never appear in console output, exception messages, returned values, form
 * responses or persisted step state, whether a run succeeds or fails, including when Plesk or a proxy echoes them
 * back in an error page.
 */
@Timeout(60)
class NoSecretsInOutputTest {

    private static final String WRONG_PASSWORD = "Pw-mistyped-never-log";

    private final ManualClock clock = new ManualClock(START);
    private PleskSimulator simulator;
    private Run<?, ?> run;
    private CapturingListener listener;
    private RecordingStepContext context;

    @BeforeEach
    void setUp() throws Exception {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        StandInJenkins.addCredentials(StandInJenkins.usernamePassword("mistyped", ADMIN_LOGIN, WRONG_PASSWORD));
        simulator = StandInPlesk.simulator(clock)
                .task(TaskDefinition.builder(1, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build())
                .task(TaskDefinition.builder(2, TaskOwner.server()).endedWith(TaskOutcome.FAILED).build())
                .start();
        StandInPlesk.configure(StandInPlesk.server("key", simulator, KEY_CREDENTIALS_ID),
                StandInPlesk.server("login", simulator, LOGIN_CREDENTIALS_ID),
                StandInPlesk.server("mistyped", simulator, "mistyped"));
        run = StandInJenkins.newRun("backups/nightly", 7);
        listener = new CapturingListener();
        context = new RecordingStepContext(run, listener);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void succeedingWaits() throws Exception {
        for (String server : List.of("key", "login")) {
            RecordingStepContext waitContext = new RecordingStepContext(run, listener);
            StepExecution execution = waitStep(server, "1").start(waitContext);
            execution.start();

            assertNoSecret(String.valueOf(waitContext.awaitSuccess()));
        }
        assertNoSecret(listener.text());
    }

    @Test
    void failingWaits() throws Exception {
        for (String server : List.of("key", "login", "mistyped")) {
            RecordingStepContext waitContext = new RecordingStepContext(run, listener);
            StepExecution execution = waitStep(server, "2").start(waitContext);
            execution.start();

            assertNoSecret(waitContext.awaitFailure().getMessage());
        }
        assertThat(listener.text()).contains("failed");
        assertNoSecret(listener.text());
    }

    @Test
    void echoedSecretsInTransientErrors() throws Exception {
        simulator.faults().next(Fault.rawResponse(503, "text/html", echoPage("KEY", SECRET_KEY)));
        simulator.faults().next(Fault.rawResponse(200, "text/html", echoPage("KEY", SECRET_KEY)));
        RecordingStepContext keyContext = new RecordingStepContext(run, listener);
        waitStep("key", "1").start(keyContext).start();
        keyContext.awaitSuccess();
        simulator.faults().next(Fault.rawResponse(502, "text/plain", echoPage("HTTP_AUTH_PASSWD", ADMIN_PASSWORD)));
        RecordingStepContext loginContext = new RecordingStepContext(run, listener);
        waitStep("login", "1").start(loginContext).start();
        loginContext.awaitSuccess();

        assertThat(listener.linesContaining("retrying")).hasSize(3);
        assertThat(listener.linesContaining("retrying")).allMatch(line -> line.contains("****"));
        assertNoSecret(listener.text());
    }

    @Test
    void echoedSecretsInPermanentErrors() throws Exception {
        for (String server : List.of("key", "login")) {
            simulator.faults().clear();
            simulator.faults().always(Fault.rawResponse(403, "text/html", server.equals("key")
                    ? echoPage("KEY", SECRET_KEY) : echoPage("HTTP_AUTH_PASSWD", ADMIN_PASSWORD)));
            RecordingStepContext statusContext = new RecordingStepContext(run, listener);
            statusStep(server).start(statusContext).start();

            Throwable failure = statusContext.awaitFailure();

            assertThat(failure.getMessage()).contains("403");
            assertThat(failure.getMessage()).contains("****");
            assertNoSecret(failure.getMessage());
        }
        assertNoSecret(listener.text());
    }

    @Test
    void statusAndStartSteps() throws Exception {
        statusStep("login").start(context).start();
        Object status = context.awaitSuccess();
        StartPleskBackupStep start = new StartPleskBackupStep();
        start.setServerName("key");
        start.setServer(true);
        RecordingStepContext startContext = new RecordingStepContext(run, listener);
        start.start(startContext).start();
        Object started = startContext.awaitSuccess();

        assertNoSecret(String.valueOf(status));
        assertNoSecret(String.valueOf(started));
        assertNoSecret(listener.text());
    }

    @Test
    void freestyleWaitFailure() {
        WaitForPleskBackupBuilder builder = new WaitForPleskBackupBuilder("2");
        builder.setServerName("mistyped");

        Throwable failure = catchThrowable(() -> builder.perform(run, new EnvVars(), listener));

        assertThat(failure).hasMessageContaining("login");
        assertNoSecret(failure.getMessage());
        assertNoSecret(listener.text());
    }

    @Test
    void connectionTestOutput() {
        StandInJenkins.grantGlobal(Jenkins.ADMINISTER);
        PleskServer.DescriptorImpl descriptor = new PleskServer.DescriptorImpl();
        String url = simulator.endpoint().toString();

        FormValidation withKey = descriptor.doTestConnection("key", url, KEY_CREDENTIALS_ID, "TRUST_STORE", null,
                "1.6.9.0", "5", "10");
        FormValidation withWrongPassword = descriptor.doTestConnection("mistyped", url, "mistyped", "TRUST_STORE",
                null, "1.6.9.0", "5", "10");
        simulator.faults().next(Fault.rawResponse(500, "text/html", echoPage("HTTP_AUTH_PASSWD", ADMIN_PASSWORD)));
        FormValidation withEcho = descriptor.doTestConnection("login", url, LOGIN_CREDENTIALS_ID, "TRUST_STORE",
                null, "1.6.9.0", "5", "10");

        assertThat(withKey.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(withWrongPassword.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(withEcho.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(withEcho.renderHtml()).contains("HTTP_AUTH_PASSWD: ****");
        assertNoSecret(withKey.renderHtml());
        assertNoSecret(withWrongPassword.renderHtml());
        assertNoSecret(withEcho.renderHtml());
    }

    @Test
    void resolvedSettingsText() throws Exception {
        ResolvedServer withKey = PleskConnections.resolve(ServerReference.of("key", null, null, null), run);
        ResolvedServer withLogin = PleskConnections.resolve(ServerReference.of("login", null, null, null), run);

        assertNoSecret(withKey.toString());
        assertNoSecret(withLogin.toString());
        assertNoSecret(withKey.settings().identity());
        assertNoSecret(withLogin.settings().identity());
    }

    @Test
    void persistedWaitState() throws Exception {
        WaitForPleskBackupStep step = waitStep("login", "1");
        step.setCredentialsId(KEY_CREDENTIALS_ID);
        StepExecution execution = step.start(context);
        execution.start();
        context.awaitSuccess();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(execution);
        }

        assertNoSecret(bytes.toString(StandardCharsets.ISO_8859_1));
    }

    private static WaitForPleskBackupStep waitStep(String serverName, String taskId) {
        WaitForPleskBackupStep step = new WaitForPleskBackupStep(taskId);
        step.setServerName(serverName);
        step.setMaxPollInterval("1s");
        return step;
    }

    private static Step statusStep(String serverName) {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setServerName(serverName);
        step.setTaskId("1");
        return step;
    }

    /** Builds an error page that repeats a credential header of the request, as some proxies and debug pages do. */
    private static String echoPage(String header, String value) {
        return "<html><body><h1>Service unavailable</h1><p>Request headers: HTTP_AUTH_LOGIN: " + ADMIN_LOGIN + "; "
                + header + ": " + value + "</p></body></html>";
    }

    private static void assertNoSecret(String text) {
        assertThat(text).isNotNull();
        assertThat(text).doesNotContain(SECRET_KEY);
        assertThat(text).doesNotContain(ADMIN_PASSWORD);
        assertThat(text).doesNotContain(WRONG_PASSWORD);
    }
}
