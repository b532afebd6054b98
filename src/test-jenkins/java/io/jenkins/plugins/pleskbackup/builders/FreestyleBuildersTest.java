package io.jenkins.plugins.pleskbackup.builders;

import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.KEY_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SERVER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.Executor;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.pleskbackup.simulator.BackupTask;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.simulator.TaskStatus;
import io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The freestyle build steps "Check Plesk backup status" and "Wait for Plesk backup" in real builds against the Plesk
 * simulator, the environment variables they give later build steps, and their configuration forms.
 */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FreestyleBuildersTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private JenkinsRule j;
    private ManualClock clock;
    private PleskSimulator plesk;

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

    @Test
    void statusBuilderExportsTaskVariables() throws Exception {
        EnvironmentCapture capture = new EnvironmentCapture();
        FreeStyleProject project = j.createFreeStyleProject("status");
        project.getBuildersList().add(statusBuilder("1"));
        project.getBuildersList().add(capture);

        FreeStyleBuild build = JenkinsTestSetup.runBuild(project);

        j.assertBuildStatusSuccess(build);
        BackupTask task = plesk.task(1).orElseThrow();
        assertThat(capture.variables()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PleskBackupEnvironmentAction.TASK_ID, "1",
                PleskBackupEnvironmentAction.STATUS, "FINISHED",
                PleskBackupEnvironmentAction.FILENAME, task.filenameAt(clock.instant()),
                PleskBackupEnvironmentAction.STARTED, task.started().toString()));
    }

    @Test
    void statusBuilderGateFailsBuild() throws Exception {
        EnvironmentCapture capture = new EnvironmentCapture();
        PleskBackupStatusBuilder gate = statusBuilder("4");
        gate.setRequire(List.of("finished"));
        FreeStyleProject project = j.createFreeStyleProject("status");
        project.getBuildersList().add(gate);
        project.getBuildersList().add(capture);

        FreeStyleBuild build = JenkinsTestSetup.runBuild(project);

        j.assertBuildStatus(Result.FAILURE, build);
        j.assertLogContains("Plesk backup task 4 on 'demo' is working, but finished is required.", build);
        assertThat(capture.ran()).as("build step after the gate ran").isFalse();
    }

    @Test
    void waitBuilderExpandsTaskIdVariable() throws Exception {
        plesk.addTask(TaskDefinition.builder(80, TaskOwner.server()).duration(Duration.ofMinutes(5)).build());
        EnvironmentCapture capture = new EnvironmentCapture();
        WaitForPleskBackupBuilder wait = waitBuilder("${PLESK_BACKUP_TASK_ID}");
        FreeStyleProject project = j.createFreeStyleProject("wait");
        project.getBuildersList().add(statusBuilder("80"));
        project.getBuildersList().add(wait);
        project.getBuildersList().add(capture);

        FreeStyleBuild build = JenkinsTestSetup.startBuild(project);
        j.waitForMessage("Waiting for Plesk backup task 80 on 'demo'", build);
        clock.advance(Duration.ofMinutes(10));
        j.assertBuildStatusSuccess(j.waitForCompletion(build));

        j.assertLogContains("Task 80: working", build);
        j.assertLogContains("Plesk backup task 80 on 'demo' finished", build);
        assertThat(capture.variables())
                .containsEntry(PleskBackupEnvironmentAction.TASK_ID, "80")
                .containsEntry(PleskBackupEnvironmentAction.STATUS, "FINISHED")
                .containsEntry(PleskBackupEnvironmentAction.FILENAME,
                        plesk.task(80).orElseThrow().filenameAt(clock.instant()));
    }

    @Test
    void waitBuilderFailsBuildForFailedTask() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("wait");
        project.getBuildersList().add(waitBuilder("3"));

        FreeStyleBuild build = JenkinsTestSetup.runBuild(project);

        j.assertBuildStatus(Result.FAILURE, build);
        j.assertLogContains("Plesk backup task 3 on 'demo' failed", build);
    }

    @Test
    void waitBuilderFailureResultUnstable() throws Exception {
        EnvironmentCapture capture = new EnvironmentCapture();
        WaitForPleskBackupBuilder wait = waitBuilder("3");
        wait.setFailureResult("UNSTABLE");
        FreeStyleProject project = j.createFreeStyleProject("wait");
        project.getBuildersList().add(wait);
        project.getBuildersList().add(capture);

        FreeStyleBuild build = JenkinsTestSetup.runBuild(project);

        j.assertBuildStatus(Result.UNSTABLE, build);
        j.assertLogContains("Marking the build as UNSTABLE.", build);
        assertThat(capture.variables()).containsEntry(PleskBackupEnvironmentAction.STATUS, "FAILED");
    }

    @Test
    void waitBuilderAbortStopsTask() throws Exception {
        plesk.addTask(TaskDefinition.builder(60, TaskOwner.server()).build());
        WaitForPleskBackupBuilder wait = waitBuilder("60");
        wait.setStopBackupOnAbort(true);
        FreeStyleProject project = j.createFreeStyleProject("wait");
        project.getBuildersList().add(wait);

        FreeStyleBuild build = JenkinsTestSetup.startBuild(project);
        j.waitForMessage("Plesk backup task 60 on 'demo' is working", build);
        Executor executor = Executor.of(build);
        assertThat(executor).as("executor of the running build").isNotNull();
        executor.interrupt();
        j.waitForCompletion(build);

        j.assertBuildStatus(Result.ABORTED, build);
        j.assertLogContains("Plesk server 'demo' accepted the request to stop backup task 60.", build);
        assertThat(JenkinsTestSetup.countRequests(plesk, "stop-backup")).isEqualTo(1);
        assertThat(plesk.task(60).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.STOPPED);
    }

    @Test
    void statusBuilderConfigRoundTrip() throws Exception {
        PleskBackupStatusBuilder before = statusBuilder("5472");
        before.setRequire(List.of("finished", "failed"));

        PleskBackupStatusBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
    }

    @Test
    void waitBuilderConfigRoundTrip() throws Exception {
        WaitForPleskBackupBuilder before = waitBuilder("${PLESK_BACKUP_TASK_ID}");
        before.setTimeout("90m");
        before.setFailureResult("UNSTABLE");
        before.setTimeoutResult("UNSTABLE");
        before.setStopBackupOnAbort(true);

        WaitForPleskBackupBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
    }

    private static PleskBackupStatusBuilder statusBuilder(String taskId) {
        PleskBackupStatusBuilder builder = new PleskBackupStatusBuilder();
        builder.setServerName(SERVER_NAME);
        builder.setTaskId(taskId);
        return builder;
    }

    private static WaitForPleskBackupBuilder waitBuilder(String taskId) {
        WaitForPleskBackupBuilder builder = new WaitForPleskBackupBuilder(taskId);
        builder.setServerName(SERVER_NAME);
        builder.setMaxPollInterval("1s");
        return builder;
    }

    /** A later build step that records the Plesk variables of its build environment. */
    private static final class EnvironmentCapture extends TestBuilder {

        private final Map<String, String> variables = new ConcurrentHashMap<>();
        private volatile boolean ran;

        @Override
        public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                throws InterruptedException, IOException {
            ran = true;
            EnvVars environment = build.getEnvironment(listener);
            for (String name : List.of(PleskBackupEnvironmentAction.TASK_ID, PleskBackupEnvironmentAction.STATUS,
                    PleskBackupEnvironmentAction.FILENAME, PleskBackupEnvironmentAction.STARTED)) {
                String value = environment.get(name);
                if (value != null) {
                    variables.put(name, value);
                }
            }
            return true;
        }

        Map<String, String> variables() {
            return Map.copyOf(variables);
        }

        boolean ran() {
            return ran;
        }
    }
}
