package io.jenkins.plugins.pleskbackup.steps;

import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.FILE_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.KEY_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.LOGIN_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SERVER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.config.TlsVerification;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.RecordedRequest;
import io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code pleskBackupStatus} in real Pipeline builds against the Plesk simulator, in both the scripted and the
 * declarative form. Scripts run in the Groovy sandbox, so reading the returned map must need no script approval.
 */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PleskBackupStatusStepTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private JenkinsRule j;
    private ManualClock clock;
    private PleskSimulator plesk;

    /** Parameterized tests get their JenkinsRule here, as {@code @WithJenkins} requires. */
    @BeforeEach
    void startJenkinsAndPlesk(JenkinsRule rule) throws Exception {
        j = rule;
        clock = new ManualClock(JenkinsTestSetup.CLOCK_START);
        plesk = JenkinsTestSetup.demoSimulator(clock).start();
        JenkinsTestSetup.addGlobalCredentials();
        JenkinsTestSetup.addServer(SERVER_NAME, plesk, KEY_ID);
    }

    @AfterEach
    void stopPlesk() {
        if (plesk != null) {
            plesk.close();
        }
    }

    @ParameterizedTest
    @EnumSource(PipelineForm.class)
    void statusReturnsTaskFields(PipelineForm form) throws Exception {
        WorkflowRun run = build(form, """
                def result = pleskBackupStatus(serverName: 'demo', taskId: '1')
                echo "status=${result.status} count=${result.count} owner=${result.ownerType}"
                echo "file=${result.tasks[0].filename} taskId=${result.tasks[0].taskId}"
                """);

        j.assertBuildStatusSuccess(run);
        String filename = plesk.task(1).orElseThrow().filenameAt(clock.instant());
        assertThat(filename).endsWith(".tar");
        j.assertLogContains("Plesk server 'demo' lists 1 backup task(s) for task-id 1.", run);
        j.assertLogContains("status=finished count=1 owner=server", run);
        j.assertLogContains("file=" + filename + " taskId=1", run);
    }

    @ParameterizedTest
    @EnumSource(PipelineForm.class)
    void requiredStatusPasses(PipelineForm form) throws Exception {
        WorkflowRun run = build(form, """
                pleskBackupStatus(serverName: 'demo', taskId: '1', require: ['finished'])
                echo 'after the gate'
                """);

        j.assertBuildStatusSuccess(run);
        j.assertLogContains("Plesk backup task 1 on 'demo' is finished, as required (finished).", run);
        j.assertLogContains("after the gate", run);
    }

    @ParameterizedTest
    @EnumSource(PipelineForm.class)
    void requiredStatusFailsNamingTask(PipelineForm form) throws Exception {
        WorkflowRun run = build(form, """
                pleskBackupStatus(serverName: 'demo', taskId: '4', require: ['finished'])
                echo 'after the gate'
                """);

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("Plesk backup task 4 on 'demo' is working, but finished is required.", run);
        j.assertLogNotContains("after the gate", run);
    }

    @ParameterizedTest
    @EnumSource(PipelineForm.class)
    void twoFiltersFailBeforeAnyRequest(PipelineForm form) throws Exception {
        WorkflowRun run = build(form, "pleskBackupStatus(serverName: 'demo', taskId: '1', customerId: '1')\n");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("Plesk accepts at most one filter, but taskId, customerId are given.", run);
        assertThat(JenkinsTestSetup.countRequests(plesk, "get-tasks-info")).isZero();
    }

    @ParameterizedTest
    @EnumSource(PipelineForm.class)
    void unknownServerNameFails(PipelineForm form) throws Exception {
        WorkflowRun run = build(form, "pleskBackupStatus(serverName: 'missing', taskId: '1')\n");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("No Plesk server named 'missing' is configured; configured servers: demo.", run);
    }

    @ParameterizedTest
    @EnumSource(PipelineForm.class)
    void missingCredentialsNameTheId(PipelineForm form) throws Exception {
        WorkflowRun run = build(form,
                "pleskBackupStatus(serverName: 'demo', credentialsId: 'no-such-credentials', taskId: '1')\n");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("No credentials with id 'no-such-credentials' are available to this build.", run);
        assertThat(plesk.requests()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PipelineForm.class)
    void wrongCredentialsTypeNamesTheId(PipelineForm form) throws Exception {
        WorkflowRun run = build(form,
                "pleskBackupStatus(serverName: 'demo', credentialsId: '" + FILE_ID + "', taskId: '1')\n");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("The credentials 'plesk-file' are of type FileCredentialsImpl, which Plesk cannot use.",
                run);
        assertThat(plesk.requests()).isEmpty();
    }

    @Test
    void loginAndPasswordAuthenticate() throws Exception {
        WorkflowRun run = build(PipelineForm.SCRIPTED, """
                def result = pleskBackupStatus(serverName: 'demo', credentialsId: '%s', taskId: '1')
                echo "status=${result.status}"
                """.formatted(LOGIN_ID));

        j.assertBuildStatusSuccess(run);
        j.assertLogContains("status=finished", run);
        List<RecordedRequest> requests = plesk.requests();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).header("HTTP_AUTH_LOGIN")).isEqualTo(JenkinsTestSetup.ADMIN_LOGIN);
        assertThat(requests.get(0).header("KEY")).isNull();
    }

    @Test
    void httpsWithPinnedCertificateSucceeds() throws Exception {
        try (PleskSimulator secure = JenkinsTestSetup.demoSimulator(clock).https(true).start()) {
            PleskServer server = new PleskServer("secure", secure.endpoint().toString(), KEY_ID);
            server.setTlsVerification(TlsVerification.PINNED_CERTIFICATE);
            server.setCertificateFingerprint(secure.certificateSha256Fingerprint());
            JenkinsTestSetup.addServer(server);

            WorkflowRun run = build(PipelineForm.SCRIPTED, """
                    def result = pleskBackupStatus(serverName: 'secure', taskId: '1')
                    echo "status=${result.status} server=${result.serverName}"
                    """);

            j.assertBuildStatusSuccess(run);
            j.assertLogContains("status=finished server=secure", run);
            assertThat(JenkinsTestSetup.countRequests(secure, "get-tasks-info")).isEqualTo(1);
        }
    }

    @Test
    void pinMismatchNamesPresentedFingerprint() throws Exception {
        try (PleskSimulator secure = JenkinsTestSetup.demoSimulator(clock).https(true).start()) {
            PleskServer server = new PleskServer("secure", secure.endpoint().toString(), KEY_ID);
            server.setTlsVerification(TlsVerification.PINNED_CERTIFICATE);
            server.setCertificateFingerprint("00".repeat(32));
            JenkinsTestSetup.addServer(server);

            WorkflowRun run = build(PipelineForm.SCRIPTED, "pleskBackupStatus(serverName: 'secure', taskId: '1')\n");

            j.assertBuildStatus(Result.FAILURE, run);
            j.assertLogContains("The server presented a certificate with SHA-256 fingerprint "
                    + secure.certificateSha256Fingerprint(), run);
            assertThat(secure.requests()).isEmpty();
        }
    }

    private WorkflowRun build(PipelineForm form, String steps) throws Exception {
        WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "status", form.wrap(steps));
        return JenkinsTestSetup.runBuild(job);
    }
}
