package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The built-in scenarios: Plesk's documented get-tasks-info samples and the demo. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DocumentedSamplesTest {

    private static final String TASK = "/packet/backup-manager/get-tasks-info/result/task";

    private static PleskSimulator start(Scenario scenario, ManualClock clock) throws Exception {
        return PleskSimulator.builder()
                .clock(clock)
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .scenario(scenario)
                .start();
    }

    @Test
    void customerSampleTaskIsWorking() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-01-15T10:00:00Z"));
        try (PleskSimulator simulator = start(Scenarios.documentedSamples(), clock)) {
            AgentResponse response = new AgentClient(simulator).postAsAdministrator(
                    backupManager("<get-tasks-info><customer-id>7</customer-id></get-tasks-info>"));

            assertThat(response.childNames(TASK))
                    .containsExactly("customer-id", "id", "status", "started", "prefix", "filename", "protocol");
            assertThat(response.text(TASK + "/customer-id")).isEqualTo("7");
            assertThat(response.text(TASK + "/id")).isEqualTo("5472");
            assertThat(response.text(TASK + "/status")).isEqualTo("working");
            assertThat(response.text(TASK + "/started")).isEqualTo("1224897686");
            assertThat(response.text(TASK + "/prefix")).isEmpty();
            assertThat(response.text(TASK + "/filename")).isEmpty();
            assertThat(response.text(TASK + "/protocol")).isEqualTo("local");
        }
    }

    @Test
    void serverSampleTaskIsFinished() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-01-15T10:00:00Z"));
        try (PleskSimulator simulator = start(Scenarios.documentedSamples(), clock)) {
            AgentResponse response = new AgentClient(simulator).postAsAdministrator(
                    backupManager("<get-tasks-info><task-id>7</task-id></get-tasks-info>"));

            assertThat(response.count(TASK + "/server")).isEqualTo(1);
            assertThat(response.text(TASK + "/id")).isEqualTo("7");
            assertThat(response.text(TASK + "/status")).isEqualTo("finished");
            assertThat(response.text(TASK + "/prefix")).isEqualTo("my_");
            assertThat(response.text(TASK + "/filename")).isEqualTo("my_1512011119.tar");
            assertThat(response.text(TASK + "/protocol")).isEqualTo("ftp");
        }
    }

    @Test
    void sampleWorkingTaskNeverEnds() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-01-15T10:00:00Z"));
        try (PleskSimulator simulator = start(Scenarios.documentedSamples(), clock)) {
            clock.advance(Duration.ofDays(3650));

            assertThat(simulator.task(5472).orElseThrow().statusAt(clock.instant())).isEqualTo(TaskStatus.WORKING);
        }
    }

    @Test
    void newTaskIdFollowsSampleIds() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-01-15T10:00:00Z"));
        try (PleskSimulator simulator = start(Scenarios.documentedSamples(), clock)) {
            AgentResponse response = new AgentClient(simulator).postAsAdministrator(backupManager(
                    "<backup-customer><customer-id>7</customer-id><local/><description>d</description>"
                            + "</backup-customer>"));

            assertThat(response.text("/packet/backup-manager/backup-customer/result/task-id")).isEqualTo("5473");
        }
    }

    @Test
    void demoWebspaceBackupFinishesAfter20Seconds() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-01-15T10:00:00Z"));
        try (PleskSimulator simulator = start(Scenarios.demo(), clock)) {
            AgentClient client = new AgentClient(simulator);
            AgentResponse created = client.postAsAdministrator(backupManager(
                    "<backup-webspace><webspace-name>" + Scenarios.DEMO_WEBSPACE + "</webspace-name><local/>"
                            + "<description>demo</description></backup-webspace>"));
            String taskId = created.text("/packet/backup-manager/backup-webspace/result/task-id");

            clock.advance(Duration.ofSeconds(20));
            AgentResponse finished = client.postAsAdministrator(
                    backupManager("<get-tasks-info><task-id>" + taskId + "</task-id></get-tasks-info>"));

            assertThat(taskId).isEqualTo("5");
            assertThat(finished.text(TASK + "/webspace-id")).isEqualTo("1");
            assertThat(finished.text(TASK + "/status")).isEqualTo("finished");
            assertThat(finished.text(TASK + "/filename")).isEqualTo("2401151000.tar");
        }
    }

    @Test
    void demoHasFinishedFailedAndWorkingTasks() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-01-15T10:00:00Z"));
        try (PleskSimulator simulator = start(Scenarios.demo(), clock)) {
            AgentClient client = new AgentClient(simulator);

            AgentResponse exampleCom = client.postAsAdministrator(backupManager(
                    "<get-tasks-info><webspace-name>example.com</webspace-name></get-tasks-info>"));
            AgentResponse exampleOrg = client.postAsAdministrator(backupManager(
                    "<get-tasks-info><webspace-name>example.org</webspace-name></get-tasks-info>"));
            AgentResponse shop = client.postAsAdministrator(backupManager(
                    "<get-tasks-info><webspace-name>shop.example.com</webspace-name></get-tasks-info>"));

            assertThat(exampleCom.text(TASK + "/status")).isEqualTo("finished");
            assertThat(exampleCom.text(TASK + "/filename")).isEqualTo("2401150800.tar");
            assertThat(exampleOrg.text(TASK + "/status")).isEqualTo("failed");
            assertThat(shop.text(TASK + "/status")).isEqualTo("working");
        }
    }
}
