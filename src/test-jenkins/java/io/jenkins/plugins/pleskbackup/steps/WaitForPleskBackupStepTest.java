package io.jenkins.plugins.pleskbackup.steps;

import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.KEY_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SERVER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Executor;
import hudson.model.Result;
import io.jenkins.plugins.pleskbackup.simulator.BackupTask;
import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.simulator.TaskStatus;
import io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code startPleskBackup} and {@code waitForPleskBackup} in real Pipeline builds against the Plesk simulator. The
 * simulator's clock moves only when a test advances it, so a task stays {@code working} until the test lets it end.
 */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class WaitForPleskBackupStepTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    /** Id of a server task that the tests add and that stays working until stopped. */
    private static final long ENDLESS_TASK_ID = 60;

    /**
     * How long a test watches for further requests after a wait ended. With {@code maxPollInterval: '1s'} a poll that
     * outlived its step would show up at least twice in this time.
     */
    private static final long QUIET_PERIOD_MILLIS = 3_000;

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
    void startThenWaitFinishes() throws Exception {
        plesk.scheduleNextBackup(Duration.ofMinutes(5), TaskOutcome.FINISHED);
        WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "backup", """
                def started = startPleskBackup(serverName: 'demo', server: true)
                echo "started=${started.taskId} operation=${started.operation}"
                def outcome = waitForPleskBackup(serverName: 'demo', taskId: started.taskId, maxPollInterval: '1s')
                echo "outcome=${outcome.outcome} result=${outcome.result} file=${outcome.filename}"
                """);

        WorkflowRun run = JenkinsTestSetup.startBuild(job);
        j.waitForMessage("Plesk backup task 5 on 'demo' is working", run);
        clock.advance(Duration.ofMinutes(10));
        j.assertBuildStatusSuccess(j.waitForCompletion(run));

        BackupTask task = plesk.task(5).orElseThrow();
        assertThat(task.owner()).isEqualTo(TaskOwner.server());
        assertThat(task.description()).isEqualTo("Started by Jenkins build " + run.getFullDisplayName());
        j.assertLogContains("Plesk server 'demo' started a backup of server as task 5.", run);
        j.assertLogContains("started=5 operation=backup-server", run);
        j.assertLogContains("outcome=FINISHED result=SUCCESS file=" + task.filenameAt(clock.instant()), run);
    }

    @Test
    void failedTaskFailsBuild() throws Exception {
        WorkflowRun run = runWait("taskId: '3'");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("Plesk backup task 3 on 'demo' failed", run);
        j.assertLogNotContains("after the wait", run);
    }

    @Test
    void failureResultUnstableMarksUnstable() throws Exception {
        WorkflowRun run = runWait("taskId: '3', failureResult: 'UNSTABLE'");

        j.assertBuildStatus(Result.UNSTABLE, run);
        j.assertLogContains("Plesk backup task 3 on 'demo' failed", run);
        j.assertLogContains("Marking the build as UNSTABLE.", run);
        j.assertLogContains("after the wait", run);
    }

    @Test
    void stoppedTaskFailsBuild() throws Exception {
        plesk.addTask(TaskDefinition.builder(61, TaskOwner.server()).endedWith(TaskOutcome.STOPPED).build());

        WorkflowRun run = runWait("taskId: '61'");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("Plesk backup task 61 on 'demo' was stopped before it finished", run);
    }

    @Test
    void timeoutFailsBuild() throws Exception {
        addEndlessTask();

        WorkflowRun run = runWait("taskId: '60', timeout: '2s'");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("Plesk backup task 60 on 'demo' was still working when the wait timed out after 2 s.",
                run);
    }

    @Test
    void timeoutResultUnstableMarksUnstable() throws Exception {
        addEndlessTask();

        WorkflowRun run = runWait("taskId: '60', timeout: '2s', timeoutResult: 'UNSTABLE'");

        j.assertBuildStatus(Result.UNSTABLE, run);
        j.assertLogContains("was still working when the wait timed out after 2 s.", run);
        j.assertLogContains("Marking the build as UNSTABLE.", run);
        j.assertLogContains("after the wait", run);
    }

    @Test
    void unknownTaskFailsBuild() throws Exception {
        WorkflowRun run = runWait("taskId: '999'");

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("Plesk server 'demo' lists no backup task 999.", run);
    }

    @Test
    void propagateFalseReturnsOutcome() throws Exception {
        WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "wait", """
                def outcome = waitForPleskBackup(serverName: 'demo', taskId: '3', propagate: false)
                echo "outcome=${outcome.outcome} result=${outcome.result} succeeded=${outcome.succeeded}"
                """);

        WorkflowRun run = JenkinsTestSetup.runBuild(job);

        j.assertBuildStatusSuccess(run);
        j.assertLogContains("outcome=FAILED result=FAILURE succeeded=false", run);
        j.assertLogContains("The outcome (FAILURE) is returned to the script without changing the build result,"
                + " because propagate is false.", run);
    }

    @Test
    void transientErrorIsRetried() throws Exception {
        plesk.faults().next("get-tasks-info", Fault.httpError(503));

        WorkflowRun run = runWait("taskId: '1'");

        j.assertBuildStatusSuccess(run);
        j.assertLogContains("Cannot read Plesk backup task 1 on 'demo' right now; retrying in", run);
        j.assertLogContains("Plesk server 'demo' answers again about backup task 1, after 1 failed attempt(s).", run);
        assertThat(JenkinsTestSetup.countRequests(plesk, "get-tasks-info")).isEqualTo(2);
    }

    @Test
    void authenticationErrorFailsAtOnce() throws Exception {
        JenkinsTestSetup.addGlobalCredentials(JenkinsTestSetup.secretKey("wrong-key", "not-the-simulator-key"));
        JenkinsTestSetup.addServer("wrongkey", plesk, "wrong-key");
        WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "wait",
                "waitForPleskBackup(serverName: 'wrongkey', taskId: '1', maxPollInterval: '1s')\n");

        WorkflowRun run = JenkinsTestSetup.runBuild(job);

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("Plesk server 'wrongkey' rejected the secret key (error 11003).", run);
        assertThat(JenkinsTestSetup.countRequests(plesk, "get-tasks-info")).isEqualTo(1);
    }

    @Test
    void abortStopsTaskWhenAsked() throws Exception {
        addEndlessTask();

        WorkflowRun run = startWaitAndAbort("stopBackupOnAbort: true");

        j.assertBuildStatus(Result.ABORTED, run);
        j.assertLogContains("The build was aborted; asking Plesk server 'demo' to stop backup task 60.", run);
        j.assertLogContains("Plesk server 'demo' accepted the request to stop backup task 60.", run);
        assertThat(JenkinsTestSetup.countRequests(plesk, "stop-backup")).isEqualTo(1);
        assertThat(plesk.task(ENDLESS_TASK_ID).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.STOPPED);
        assertNoFurtherRequests();
    }

    @Test
    void abortLeavesTaskWorkingByDefault() throws Exception {
        addEndlessTask();

        WorkflowRun run = startWaitAndAbort("stopBackupOnAbort: false");

        j.assertBuildStatus(Result.ABORTED, run);
        j.assertLogNotContains("asking Plesk server", run);
        assertThat(JenkinsTestSetup.countRequests(plesk, "stop-backup")).isZero();
        assertThat(plesk.task(ENDLESS_TASK_ID).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.WORKING);
        assertNoFurtherRequests();
    }

    private void addEndlessTask() {
        plesk.addTask(TaskDefinition.builder(ENDLESS_TASK_ID, TaskOwner.server()).build());
    }

    /** Runs a wait on server {@code demo} with the given extra parameters, followed by an {@code echo}. */
    private WorkflowRun runWait(String parameters) throws Exception {
        WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "wait", """
                waitForPleskBackup(serverName: 'demo', maxPollInterval: '1s', %s)
                echo 'after the wait'
                """.formatted(parameters));
        return JenkinsTestSetup.runBuild(job);
    }

    /** Starts a wait for the endless task, aborts the build once the wait has read the task, and waits for the end. */
    private WorkflowRun startWaitAndAbort(String parameters) throws Exception {
        WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "wait",
                "waitForPleskBackup(serverName: 'demo', taskId: '60', maxPollInterval: '1s', " + parameters + ")\n");
        WorkflowRun run = JenkinsTestSetup.startBuild(job);
        j.waitForMessage("Plesk backup task 60 on 'demo' is working", run);

        Executor executor = Executor.of(run);
        assertThat(executor).as("executor of the running build").isNotNull();
        executor.interrupt();
        return j.waitForCompletion(run);
    }

    /** Checks that no thread polls Plesk any more once the step has ended. */
    private void assertNoFurtherRequests() throws InterruptedException {
        int requestsAtEnd = plesk.requests().size();
        Thread.sleep(QUIET_PERIOD_MILLIS);
        assertThat(plesk.requests()).hasSize(requestsAtEnd);
    }
}
