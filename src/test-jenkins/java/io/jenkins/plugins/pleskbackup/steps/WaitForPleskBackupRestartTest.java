package io.jenkins.plugins.pleskbackup.steps;

import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.KEY_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SERVER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A {@code waitForPleskBackup} that is waiting when Jenkins restarts resumes in the next session and finishes there.
 * The simulator runs outside both sessions, as a real Plesk server would, and its clock does not move until the test
 * advances it between the sessions.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WaitForPleskBackupRestartTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static final long TASK_ID = 70;

    @Test
    void waitResumesAfterRestart() throws Throwable {
        ManualClock clock = new ManualClock(JenkinsTestSetup.CLOCK_START);
        PleskSimulator.Builder simulator = JenkinsTestSetup.demoSimulator(clock)
                .task(TaskDefinition.builder(TASK_ID, TaskOwner.server()).duration(Duration.ofMinutes(5)).build());
        try (PleskSimulator plesk = simulator.start()) {
            sessions.then(j -> {
                JenkinsTestSetup.addGlobalCredentials();
                JenkinsTestSetup.addServer(SERVER_NAME, plesk, KEY_ID);
                WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "restart", """
                        def outcome = waitForPleskBackup(serverName: 'demo', taskId: '70')
                        echo "outcome=${outcome.outcome}"
                        """);
                WorkflowRun run = JenkinsTestSetup.startBuild(job);
                j.waitForMessage("Plesk backup task 70 on 'demo' is working", run);
            });

            // The task ends while Jenkins is down; the resumed wait reads the new status in its first poll.
            clock.advance(Duration.ofMinutes(10));

            sessions.then(j -> {
                WorkflowJob job = j.jenkins.getItemByFullName("restart", WorkflowJob.class);
                assertThat(job).isNotNull();
                WorkflowRun run = job.getBuildByNumber(1);
                assertThat(run).isNotNull();
                j.assertBuildStatusSuccess(j.waitForCompletion(run));
                j.assertLogContains("Resuming the wait for Plesk backup task 70 on 'demo' after a Jenkins restart",
                        run);
                j.assertLogContains("Plesk backup task 70 on 'demo' finished", run);
                j.assertLogContains("outcome=FINISHED", run);
            });
        }
    }
}
