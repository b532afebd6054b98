package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several get-tasks-info operations in one packet: one result per filter, in order, errors kept apart. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BatchQueryTest {

    private PleskSimulator simulator;
    private PleskClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = SimulatorClients.simulator(new ManualClock(START))
                .customer(7, "jdoe")
                .webspace(12, "example.com", 7)
                .task(TaskDefinition.builder(1, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build())
                .task(TaskDefinition.builder(2, TaskOwner.customer(7)).build())
                .task(TaskDefinition.builder(3, TaskOwner.webspace(12)).endedWith(TaskOutcome.FAILED).build())
                .task(TaskDefinition.builder(4, TaskOwner.webspace(12)).build())
                .start();
        client = SimulatorClients.client(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void oneResultPerFilterInOrder() throws Exception {
        List<TaskFilter> filters = List.of(
                TaskFilter.owner(BackupTarget.webspaceName("example.com")),
                TaskFilter.taskId("2"),
                TaskFilter.owner(BackupTarget.server()),
                TaskFilter.owner(BackupTarget.customerLogin("jdoe")));

        List<TaskQueryResult> results = client.queryTasks(filters);

        assertThat(simulator.requests()).hasSize(1);
        assertThat(results).extracting(TaskQueryResult::filter).containsExactlyElementsOf(filters);
        assertThat(results).extracting(TaskQueryResult::error).containsOnlyNulls();
        assertThat(results.get(0).tasks()).extracting(BackupTask::id).containsExactly("3", "4");
        assertThat(results.get(0).tasks()).extracting(BackupTask::status)
                .containsExactly(TaskStatus.FAILED, TaskStatus.WORKING);
        assertThat(results.get(1).tasks()).extracting(BackupTask::id).containsExactly("2");
        assertThat(results.get(2).tasks()).extracting(BackupTask::id).containsExactly("1");
        assertThat(results.get(3).tasks()).extracting(BackupTask::id).containsExactly("2");
    }

    @Test
    void operationErrorIsolated() throws Exception {
        List<TaskFilter> filters = List.of(
                TaskFilter.taskId("1"),
                TaskFilter.owner(BackupTarget.customerId("99")),
                TaskFilter.owner(BackupTarget.webspaceId("12")));

        List<TaskQueryResult> results = client.queryTasks(filters);

        assertThat(results).hasSize(3);
        assertThat(results.get(0).error()).isNull();
        assertThat(results.get(0).tasks()).extracting(BackupTask::id).containsExactly("1");
        assertThat(results.get(1).tasks()).isEmpty();
        assertThat(results.get(1).error()).isInstanceOf(PleskObjectNotFoundException.class);
        assertThat(results.get(1).error().getErrorCode()).hasValue(1013);
        assertThat(results.get(1).error()).hasMessageContaining("has no customer-id 99");
        assertThat(results.get(2).error()).isNull();
        assertThat(results.get(2).tasks()).extracting(BackupTask::id).containsExactly("3", "4");
    }

    @Test
    void tasksOrThrowRethrowsOwnError() throws Exception {
        List<TaskQueryResult> results = client.queryTasks(List.of(TaskFilter.owner(BackupTarget.customerId("99")),
                TaskFilter.none()));

        assertThatThrownBy(() -> results.get(0).tasksOrThrow()).isSameAs(results.get(0).error());
        assertThat(results.get(1).tasksOrThrow()).extracting(BackupTask::id).containsExactly("1");
    }

    @Test
    void injectedErrorOnEveryOperation() throws Exception {
        simulator.faults().next(Fault.operationError(1023, "Operation failed"));

        List<TaskQueryResult> results = client.queryTasks(List.of(TaskFilter.taskId("1"), TaskFilter.none()));

        assertThat(results).extracting(result -> result.error().getErrorCode().getAsInt())
                .containsExactly(1023, 1023);
        assertThat(results.get(0).error()).hasMessage("Plesk server 'test-plesk' reported error 1023 for"
                + " get-tasks-info (task-id 1): Operation failed. See Plesk's list of XML API error codes for this"
                + " code.");
        assertThat(results.get(1).error().getMessage()).contains("for get-tasks-info (no filter)");
    }

    @Test
    void listTasksThrowsOperationError() {
        assertThatThrownBy(() -> client.listTasks(TaskFilter.owner(BackupTarget.customerLogin("nobody"))))
                .isInstanceOf(PleskObjectNotFoundException.class)
                .hasMessage("Plesk server 'test-plesk' has no customer-login 'nobody' (error 1013 for get-tasks-info):"
                        + " client does not exist. Check the id or name.");
    }

    @Test
    void resultListIsImmutable() throws Exception {
        TaskQueryResult result = client.queryTasks(List.of(TaskFilter.none())).get(0);

        assertThatThrownBy(() -> result.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
