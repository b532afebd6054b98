package io.jenkins.plugins.pleskbackup.wait;

import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.NO_JITTER;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.SERVER;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.SETTINGS;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.TASK_ID;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.readTimeout;
import static io.jenkins.plugins.pleskbackup.wait.WaitTestData.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.client.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Java serialization round trips of what a Pipeline step persists across a controller restart. */
class WaitSerializationTest {

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void waitSettings() throws Exception {
        WaitSettings settings = WaitSettings.defaults()
                .withTimeout(Duration.ofMinutes(45))
                .withInitialPollInterval(Duration.ofSeconds(3))
                .withMaxPollInterval(Duration.ofSeconds(30))
                .withHeartbeatInterval(Duration.ofMinutes(2));

        WaitSettings copy = roundTrip(settings);

        assertThat(copy.timeout()).isEqualTo(Duration.ofMinutes(45));
        assertThat(copy.initialPollInterval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(copy.maxPollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(copy.heartbeatInterval()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void outcomePolicy() throws Exception {
        OutcomePolicy policy = new OutcomePolicy(Verdict.UNSTABLE, Verdict.FAILURE);

        OutcomePolicy copy = roundTrip(policy);

        assertThat(copy).isEqualTo(policy);
        assertThat(copy.failedOrStopped()).isEqualTo(Verdict.UNSTABLE);
        assertThat(copy.timedOut()).isEqualTo(Verdict.FAILURE);
    }

    @Test
    void knownStatusesKeepIdentity() throws Exception {
        for (TaskStatus status : new TaskStatus[] {TaskStatus.WORKING, TaskStatus.FINISHED, TaskStatus.FAILED,
            TaskStatus.STOPPED}) {
            assertThat(roundTrip(status)).isSameAs(status);
        }
    }

    @Test
    void unknownStatusKeepsText() throws Exception {
        TaskStatus queued = TaskStatus.parse("queued");

        TaskStatus copy = roundTrip(queued);

        assertThat(copy).isEqualTo(queued).isNotSameAs(queued);
        assertThat(copy.kind()).isEqualTo(TaskStatus.Kind.UNKNOWN);
        assertThat(copy.text()).isEqualTo("queued");
    }

    @Test
    void waitResultWithTask() throws Exception {
        WaitResult result = new WaitResult(WaitOutcome.TIMED_OUT, task("queued"), 600_000, "Connection refused");

        WaitResult copy = roundTrip(result);

        assertThat(copy).isEqualTo(result);
        assertThat(copy.lastTask().status().text()).isEqualTo("queued");
        assertThat(copy.lastTask().started()).isEqualTo(result.lastTask().started());
    }

    @Test
    void waitStateResumes() throws Exception {
        TaskWaiter waiter = new TaskWaiter(SETTINGS, () -> NO_JITTER);
        WaitState state = waiter.begin(SERVER, TASK_ID, 1_000);
        waiter.onTask(state, task("working"), 1_000);
        waiter.onFailure(state, readTimeout(), task("working"), 2_000);

        WaitState copy = roundTrip(state);

        assertThat(copy.serverName()).isEqualTo(SERVER);
        assertThat(copy.taskId()).isEqualTo(TASK_ID);
        assertThat(copy.startedAtMillis()).isEqualTo(1_000);
        assertThat(copy.deadlineMillis()).isEqualTo(state.deadlineMillis());
        assertThat(copy.polls()).isEqualTo(2);
        assertThat(copy.lastStatusText()).isEqualTo("working");
        assertThat(copy.consecutiveFailures()).isEqualTo(1);
        assertThat(copy.lastFailureMessage()).isEqualTo(readTimeout().getMessage());

        WaitDecision sameKind = waiter.onFailure(copy, readTimeout(), task("working"), 3_000);
        WaitDecision recovered = waiter.onTask(copy, task("working"), 4_000);
        assertThat(sameKind.events()).as("failure kind already reported before the restart").isEmpty();
        assertThat(recovered.events()).singleElement().isInstanceOfSatisfying(WaitEvent.Recovered.class,
                event -> assertThat(event.failedPolls()).isEqualTo(2));
    }
}
