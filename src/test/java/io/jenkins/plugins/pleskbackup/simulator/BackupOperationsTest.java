package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackupOperationsTest {

    /** 2024-01-15 10:00 UTC, so finished backups are named {@code <prefix>2401151000.tar}. */
    private static final Instant START = Instant.parse("2024-01-15T10:00:00Z");
    private static final String TASK = "/packet/backup-manager/get-tasks-info/result/task";

    private ManualClock clock;
    private PleskSimulator simulator;
    private AgentClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        clock = new ManualClock(START);
        simulator = PleskSimulator.builder()
                .clock(clock)
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .reseller(1, "acme")
                .customer(7, "jdoe", 1)
                .customer(8, "other")
                .customerPassword("jdoe", "jdoe-password")
                .webspace(12, "example.com", 7)
                .webspace(13, "other.example", 8)
                .task(TaskDefinition.builder(40, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build())
                .defaultBackup(Duration.ofMinutes(5), TaskOutcome.FINISHED)
                .start();
        client = new AgentClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private static String backup(String operation, String target, String tail) {
        return backupManager("<" + operation + ">" + target + tail + "</" + operation + ">");
    }

    private AgentResponse taskInfo(String taskId) throws Exception {
        return client.postAsAdministrator(backupManager("<get-tasks-info><task-id>" + taskId + "</task-id>"
                + "</get-tasks-info>"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "backup-server   |                                              | server      | ",
        "backup-reseller | <reseller-id>1</reseller-id>                 | reseller-id | 1",
        "backup-reseller | <reseller-login>acme</reseller-login>        | reseller-id | 1",
        "backup-customer | <customer-id>7</customer-id>                 | customer-id | 7",
        "backup-customer | <customer-login>jdoe</customer-login>        | customer-id | 7",
        "backup-webspace | <webspace-id>12</webspace-id>                | webspace-id | 12",
        "backup-webspace | <webspace-name>example.com</webspace-name>   | webspace-id | 12",
    })
    void backupCreatesTaskThatFinishes(String operation, String target, String ownerElement, String ownerId)
            throws Exception {
        String request = backup(operation, target == null ? "" : target,
                "<local/><prefix>ci_</prefix><description>from test</description>");

        AgentResponse created = client.postAsAdministrator(request);

        String resultPath = "/packet/backup-manager/" + operation + "/result";
        assertThat(created.text(resultPath + "/status")).isEqualTo("ok");
        assertThat(created.text(resultPath + "/task-id")).isEqualTo("41");

        AgentResponse working = taskInfo("41");
        assertThat(working.childNames(TASK).get(0)).isEqualTo(ownerElement);
        assertThat(working.text(TASK + "/" + ownerElement)).isEqualTo(ownerId == null ? "" : ownerId);
        assertThat(working.text(TASK + "/status")).isEqualTo("working");
        assertThat(working.text(TASK + "/started")).isEqualTo(Long.toString(START.getEpochSecond()));
        assertThat(working.text(TASK + "/prefix")).isEqualTo("ci_");
        assertThat(working.text(TASK + "/filename")).isEmpty();
        assertThat(working.text(TASK + "/protocol")).isEqualTo("local");

        clock.advance(Duration.ofMinutes(5));
        AgentResponse finished = taskInfo("41");
        assertThat(finished.text(TASK + "/status")).isEqualTo("finished");
        assertThat(finished.text(TASK + "/filename")).isEqualTo("ci_2401151000.tar");
        assertThat(simulator.task(41).orElseThrow().description()).isEqualTo("from test");
    }

    @Test
    void taskWorksUntilDurationPassed() throws Exception {
        client.postAsAdministrator(backup("backup-server", "", "<local/><description>d</description>"));

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(taskInfo("41").text(TASK + "/status")).isEqualTo("working");
        clock.advance(Duration.ofSeconds(1));
        assertThat(taskInfo("41").text(TASK + "/status")).isEqualTo("finished");
    }

    @Test
    void scheduledFailureReported() throws Exception {
        simulator.scheduleNextBackup(Duration.ofSeconds(30), TaskOutcome.FAILED);
        client.postAsAdministrator(backup("backup-webspace", "<webspace-id>12</webspace-id>",
                "<local/><prefix>x_</prefix><description>d</description>"));

        assertThat(taskInfo("41").text(TASK + "/status")).isEqualTo("working");
        clock.advance(Duration.ofSeconds(30));
        AgentResponse failed = taskInfo("41");
        assertThat(failed.text(TASK + "/status")).isEqualTo("failed");
        assertThat(failed.text(TASK + "/filename")).isEmpty();
    }

    @Test
    void scheduledBackupsApplyInOrder() throws Exception {
        simulator.scheduleNextBackup(Duration.ofSeconds(10), TaskOutcome.FAILED);
        simulator.scheduleNextBackup(Duration.ofSeconds(10), TaskOutcome.STOPPED);
        for (int i = 0; i < 3; i++) {
            client.postAsAdministrator(backup("backup-server", "", "<local/><description>d</description>"));
        }

        clock.advance(Duration.ofSeconds(10));
        assertThat(taskInfo("41").text(TASK + "/status")).isEqualTo("failed");
        assertThat(taskInfo("42").text(TASK + "/status")).isEqualTo("stopped");
        assertThat(taskInfo("43").text(TASK + "/status")).isEqualTo("working");
    }

    @Test
    void foreverTaskKeepsWorking() throws Exception {
        simulator.scheduleNextBackup(null, TaskOutcome.FINISHED);
        client.postAsAdministrator(backup("backup-server", "", "<local/><description>d</description>"));

        clock.advance(Duration.ofDays(1000));
        assertThat(taskInfo("41").text(TASK + "/status")).isEqualTo("working");
    }

    @Test
    void remoteFtpBackupHasFtpProtocol() throws Exception {
        client.postAsAdministrator(backup("backup-server", "", "<remote>ftp</remote><description>d</description>"));

        assertThat(taskInfo("41").text(TASK + "/protocol")).isEqualTo("ftp");
    }

    @Test
    void remoteOtherThanFtpRejected() throws Exception {
        AgentResponse response = client.postAsAdministrator(
                backup("backup-server", "", "<remote>sftp</remote><description>d</description>"));

        assertThat(response.text("/packet/backup-manager/backup-server/result/status")).isEqualTo("error");
        assertThat(response.text("/packet/backup-manager/backup-server/result/errcode")).isEqualTo("1019");
        assertThat(simulator.tasks()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "backup-reseller | <reseller-id>99</reseller-id>             | reseller does not exist.",
        "backup-customer | <customer-id>99</customer-id>             | client does not exist.",
        "backup-customer | <customer-login>nobody</customer-login>   | client does not exist.",
        "backup-webspace | <webspace-name>none.example</webspace-name> | webspace does not exist.",
    })
    void unknownOwnerGets1013(String operation, String target, String errtext) throws Exception {
        AgentResponse response = client.postAsAdministrator(
                backup(operation, target, "<local/><description>d</description>"));

        String resultPath = "/packet/backup-manager/" + operation + "/result";
        assertThat(response.text(resultPath + "/status")).isEqualTo("error");
        assertThat(response.text(resultPath + "/errcode")).isEqualTo("1013");
        assertThat(response.text(resultPath + "/errtext")).isEqualTo(errtext);
        assertThat(response.count(resultPath + "/task-id")).isZero();
        assertThat(simulator.tasks()).hasSize(1);
    }

    @Test
    void stopBackupStopsWorkingTask() throws Exception {
        client.postAsAdministrator(backup("backup-server", "", "<local/><description>d</description>"));
        clock.advance(Duration.ofMinutes(1));

        AgentResponse stopped = client.postAsAdministrator(backupManager("<stop-backup><task-id>41</task-id>"
                + "</stop-backup>"));

        assertThat(stopped.text("/packet/backup-manager/stop-backup/result/status")).isEqualTo("ok");
        assertThat(taskInfo("41").text(TASK + "/status")).isEqualTo("stopped");
        clock.advance(Duration.ofHours(1));
        assertThat(taskInfo("41").text(TASK + "/status")).isEqualTo("stopped");
        assertThat(taskInfo("41").text(TASK + "/filename")).isEmpty();
    }

    @Test
    void stopBackupKeepsFinishedTask() throws Exception {
        AgentResponse response = client.postAsAdministrator(backupManager("<stop-backup><task-id>40</task-id>"
                + "</stop-backup>"));

        assertThat(response.text("/packet/backup-manager/stop-backup/result/status")).isEqualTo("ok");
        assertThat(taskInfo("40").text(TASK + "/status")).isEqualTo("finished");
    }

    @Test
    void stopUnknownTaskGets1013() throws Exception {
        AgentResponse response = client.postAsAdministrator(backupManager("<stop-backup><task-id>999</task-id>"
                + "</stop-backup>"));

        assertThat(response.text("/packet/backup-manager/stop-backup/result/status")).isEqualTo("error");
        assertThat(response.text("/packet/backup-manager/stop-backup/result/errcode")).isEqualTo("1013");
    }

    @Test
    void customerBacksUpOwnWebspace() throws Exception {
        AgentResponse response = client.post(backup("backup-webspace", "<webspace-name>example.com</webspace-name>",
                "<local/><description>d</description>"), "HTTP_AUTH_LOGIN", "jdoe", "HTTP_AUTH_PASSWD", "jdoe-password");

        assertThat(response.text("/packet/backup-manager/backup-webspace/result/task-id")).isEqualTo("41");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "backup-server   | ",
        "backup-reseller | <reseller-id>1</reseller-id>",
        "backup-customer | <customer-id>8</customer-id>",
        "backup-webspace | <webspace-id>13</webspace-id>",
    })
    void customerGets1006ForOthersBackups(String operation, String target) throws Exception {
        AgentResponse response = client.post(backup(operation, target == null ? "" : target,
                "<local/><description>d</description>"), "HTTP_AUTH_LOGIN", "jdoe", "HTTP_AUTH_PASSWD", "jdoe-password");

        assertThat(response.text("/packet/backup-manager/" + operation + "/result/errcode")).isEqualTo("1006");
        assertThat(simulator.tasks()).hasSize(1);
    }

    @Test
    void customerCannotStopOthersTask() throws Exception {
        AgentResponse response = client.post(backupManager("<stop-backup><task-id>40</task-id></stop-backup>"),
                "HTTP_AUTH_LOGIN", "jdoe", "HTTP_AUTH_PASSWD", "jdoe-password");

        assertThat(response.text("/packet/backup-manager/stop-backup/result/errcode")).isEqualTo("1006");
    }

    @Test
    void concurrentBackupsGetDistinctIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AgentResponse>> responses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                responses.add(pool.submit(() -> client.postAsAdministrator(
                        backup("backup-server", "", "<local/><description>d</description>"))));
            }
            Set<String> ids = new TreeSet<>();
            for (Future<AgentResponse> response : responses) {
                ids.add(response.get(30, TimeUnit.SECONDS).text("/packet/backup-manager/backup-server/result/task-id"));
            }

            assertThat(ids).hasSize(20);
            assertThat(simulator.tasks()).hasSize(21);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void addedTaskVisibleWhileRunning() throws Exception {
        simulator.addTask(TaskDefinition.builder(100, TaskOwner.customer(8)).endedWith(TaskOutcome.FAILED).build());

        assertThat(taskInfo("100").text(TASK + "/status")).isEqualTo("failed");
    }

    @Test
    void supportedProtocolsListsFtp() throws Exception {
        AgentResponse response = client.postAsAdministrator(backupManager("<get-supported-protocols/>"));

        assertThat(response.texts("/packet/backup-manager/get-supported-protocols/result/protocol"))
                .containsExactly("ftp");
    }
}
