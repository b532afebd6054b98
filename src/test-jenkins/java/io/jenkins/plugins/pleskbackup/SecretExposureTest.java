package io.jenkins.plugins.pleskbackup;

import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.KEY_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.LOGIN_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SECRET_KEY;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SERVER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.pleskbackup.builders.PleskBackupStatusBuilder;
import io.jenkins.plugins.pleskbackup.builders.WaitForPleskBackupBuilder;
import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * After Pipeline and freestyle builds that authenticate with a secret key, with a login and password, and with a
 * rejected password, none of these secrets is in a build log, a job's {@code config.xml}, a build directory or the
 * configuration files at the top of the Jenkins home. Assertion messages name the files, never the secrets.
 */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SecretExposureTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String REJECTED_PASSWORD = "rejected-password-0e1f2a3b";

    @Test
    void secretsStayOutOfLogsAndSavedFiles(JenkinsRule j) throws Exception {
        try (PleskSimulator plesk = JenkinsTestSetup.demoSimulator(new ManualClock(JenkinsTestSetup.CLOCK_START))
                .start()) {
            JenkinsTestSetup.addGlobalCredentials();
            JenkinsTestSetup.addGlobalCredentials(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL,
                    "rejected-login", "Wrong password", JenkinsTestSetup.ADMIN_LOGIN, REJECTED_PASSWORD));
            JenkinsTestSetup.addServer(SERVER_NAME, plesk, KEY_ID);
            plesk.scheduleNextBackup(Duration.ZERO, TaskOutcome.FINISHED);

            List<Run<?, ?>> runs = new ArrayList<>();
            WorkflowJob pipeline = JenkinsTestSetup.pipelineJob(j, "pipeline", """
                    pleskBackupStatus(serverName: 'demo', taskId: '1', require: ['finished'])
                    def started = startPleskBackup(serverName: 'demo', credentialsId: 'plesk-login', server: true)
                    waitForPleskBackup(serverName: 'demo', taskId: started.taskId, maxPollInterval: '1s')
                    """);
            WorkflowRun pipelineRun = JenkinsTestSetup.runBuild(pipeline);
            j.assertBuildStatusSuccess(pipelineRun);
            runs.add(pipelineRun);

            WorkflowJob rejected = JenkinsTestSetup.pipelineJob(j, "rejected",
                    "pleskBackupStatus(serverName: 'demo', credentialsId: 'rejected-login', taskId: '1')\n");
            WorkflowRun rejectedRun = JenkinsTestSetup.runBuild(rejected);
            j.assertBuildStatus(Result.FAILURE, rejectedRun);
            j.assertLogContains("rejected the login or password (error 1001)", rejectedRun);
            runs.add(rejectedRun);

            FreeStyleProject freestyle = j.createFreeStyleProject("freestyle");
            PleskBackupStatusBuilder status = new PleskBackupStatusBuilder();
            status.setServerName(SERVER_NAME);
            status.setCredentialsId(LOGIN_ID);
            status.setTaskId("1");
            WaitForPleskBackupBuilder wait = new WaitForPleskBackupBuilder("${PLESK_BACKUP_TASK_ID}");
            wait.setServerName(SERVER_NAME);
            freestyle.getBuildersList().add(status);
            freestyle.getBuildersList().add(wait);
            FreeStyleBuild freestyleRun = JenkinsTestSetup.runBuild(freestyle);
            j.assertBuildStatusSuccess(freestyleRun);
            runs.add(freestyleRun);

            Path home = j.jenkins.getRootDir().toPath();
            Path globalConfiguration = home.resolve(PleskGlobalConfiguration.class.getName() + ".xml");
            assertThat(Files.readString(globalConfiguration, StandardCharsets.UTF_8))
                    .contains("<credentialsId>" + KEY_ID + "</credentialsId>");
            for (Path jobDirectory : List.of(pipeline.getRootDir().toPath(), rejected.getRootDir().toPath(),
                    freestyle.getRootDir().toPath())) {
                assertThat(jobDirectory.resolve("config.xml")).exists();
            }

            for (String secret : List.of(SECRET_KEY, ADMIN_PASSWORD, REJECTED_PASSWORD)) {
                for (Run<?, ?> run : runs) {
                    boolean inLog = JenkinsRule.getLog(run).contains(secret);
                    assertThat(inLog).as("a secret is in the log of " + run).isFalse();
                }
                List<Path> files = new ArrayList<>();
                files.addAll(topLevelFiles(home));
                files.addAll(filesBelow(home.resolve("jobs")));
                assertThat(filesContaining(files, secret)).as("files that contain a secret").isEmpty();
            }
        }
    }

    private static List<Path> topLevelFiles(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> filesBelow(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Returns the files whose bytes contain the secret as UTF-8, which also covers Java-serialized ASCII strings. */
    private static List<Path> filesContaining(List<Path> files, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        for (Path file : files) {
            if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                found.add(file);
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
