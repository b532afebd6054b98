package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScenarioParserTest {

    private static final Instant NOW = Instant.parse("2024-01-15T10:00:00Z");
    private static final String TASK = "/packet/backup-manager/get-tasks-info/result/task";

    private static final String FULL_SCENARIO = String.join("\n",
            "# Accounts",
            "administrator root \"correct horse\"",
            "secret-key key-one 127.0.0.1",
            "secret-key key-two",
            "reseller 3 acme",
            "customer 7 jdoe reseller=3",
            "customer-password jdoe \"jdoe pass\"",
            "webspace 12 example.com customer=7",
            "webspace 14 admin.example",
            "",
            "   # Tasks",
            "task 5472 customer=7 started=1224897686 status=working",
            "task 7 server started=2015-12-01T11:19:00Z status=finished prefix=my_ filename=my_1512011119.tar"
                    + " protocol=ftp",
            "task 20 webspace=12 started=now-2m duration=5m outcome=failed prefix=\"\" description=\"with \\\"quotes\\\"\"",
            "task 21 reseller=3 status=stopped",
            "protocols 1.6.7.0 1.6.8.0 1.6.9.0",
            "backup-manager-max-protocol 1.6.9.0",
            "unknown-task-id error",
            "default-backup PT1M finished",
            "next-backup 30s failed");

    private static PleskSimulator start(Scenario scenario) throws Exception {
        return PleskSimulator.builder().clock(new ManualClock(NOW)).scenario(scenario).start();
    }

    private static AgentResponse asRoot(PleskSimulator simulator, String packet) throws Exception {
        return new AgentClient(simulator).post(packet, "HTTP_AUTH_LOGIN", "root", "HTTP_AUTH_PASSWD", "correct horse");
    }

    private static String taskInfo(long id) {
        return packet("1.6.9.0", "<backup-manager><get-tasks-info><task-id>" + id + "</task-id></get-tasks-info>"
                + "</backup-manager>");
    }

    @Test
    void fullScenarioApplied() throws Exception {
        Scenario scenario = ScenarioParser.parse(new StringReader(FULL_SCENARIO), "full.txt");

        try (PleskSimulator simulator = start(scenario)) {
            assertThat(scenario.name()).isEqualTo("full.txt");
            assertThat(asRoot(simulator, taskInfo(5472)).text(TASK + "/status")).isEqualTo("working");
            assertThat(asRoot(simulator, taskInfo(5472)).text(TASK + "/started")).isEqualTo("1224897686");
            assertThat(asRoot(simulator, taskInfo(7)).text(TASK + "/filename")).isEqualTo("my_1512011119.tar");
            assertThat(asRoot(simulator, taskInfo(7)).text(TASK + "/protocol")).isEqualTo("ftp");
            assertThat(asRoot(simulator, taskInfo(21)).text(TASK + "/status")).isEqualTo("stopped");
            assertThat(asRoot(simulator, taskInfo(999)).text("/packet/backup-manager/get-tasks-info/result/errcode"))
                    .isEqualTo("1013");
            assertThat(simulator.supportedProtocols()).containsExactly("1.6.7.0", "1.6.8.0", "1.6.9.0");

            BackupTask task20 = simulator.task(20).orElseThrow();
            assertThat(task20.started()).isEqualTo(NOW.minus(Duration.ofMinutes(2)));
            assertThat(task20.statusAt(NOW)).isEqualTo(TaskStatus.WORKING);
            assertThat(task20.statusAt(NOW.plus(Duration.ofMinutes(3)))).isEqualTo(TaskStatus.FAILED);
            assertThat(task20.description()).isEqualTo("with \"quotes\"");
        }
    }

    @Test
    void scenarioCredentialsWork() throws Exception {
        try (PleskSimulator simulator = start(ScenarioParser.parse(new StringReader(FULL_SCENARIO), "full.txt"))) {
            AgentClient client = new AgentClient(simulator);
            String tasks = backupManager("<get-tasks-info/>");

            assertThat(client.post(tasks, "KEY", "key-one").systemErrorCode()).isNull();
            assertThat(client.post(tasks, "KEY", "key-two").systemErrorCode()).isNull();
            assertThat(client.post(tasks, "HTTP_AUTH_LOGIN", "jdoe", "HTTP_AUTH_PASSWD", "jdoe pass")
                    .texts(TASK + "/id")).containsExactly("5472");
        }
    }

    @Test
    void scriptedBackupsApplied() throws Exception {
        try (PleskSimulator simulator = start(ScenarioParser.parse(new StringReader(FULL_SCENARIO), "full.txt"))) {
            String backup = backupManager("<backup-server><local/><description>d</description></backup-server>");
            asRoot(simulator, backup);
            asRoot(simulator, backup);

            BackupTask scheduled = simulator.task(5473).orElseThrow();
            BackupTask byDefault = simulator.task(5474).orElseThrow();
            assertThat(scheduled.outcome()).isEqualTo(TaskOutcome.FAILED);
            assertThat(scheduled.duration()).contains(Duration.ofSeconds(30));
            assertThat(byDefault.outcome()).isEqualTo(TaskOutcome.FINISHED);
            assertThat(byDefault.duration()).contains(Duration.ofMinutes(1));
        }
    }

    @Test
    void javadocExampleParses() throws Exception {
        String example = String.join("\n",
                "administrator admin \"correct horse\"",
                "customer 7 jdoe",
                "webspace 12 example.com customer=7",
                "task 5472 customer=7 started=1224897686 status=working",
                "task 5473 webspace=12 started=now-2m duration=5m outcome=finished prefix=nightly_",
                "next-backup 30s failed");

        try (PleskSimulator simulator = start(ScenarioParser.parse(new StringReader(example), "example"))) {
            assertThat(simulator.tasks()).extracting(BackupTask::id).containsExactly(5472L, 5473L);
        }
    }

    @Test
    void fileParsedAndNamedAfterFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("scenario.txt");
        Files.writeString(file, "customer 7 jdoe\ntask 1 customer=7\n");

        Scenario scenario = ScenarioParser.parse(file);

        assertThat(scenario.name()).isEqualTo("scenario.txt");
        try (PleskSimulator simulator = start(scenario)) {
            assertThat(simulator.task(1).orElseThrow().owner()).isEqualTo(TaskOwner.customer(7));
        }
    }

    @Test
    void taskDefaultsToWorkingForever() throws Exception {
        try (PleskSimulator simulator = start(ScenarioParser.parse(new StringReader("task 1 server"), "s"))) {
            BackupTask task = simulator.task(1).orElseThrow();

            assertThat(task.started()).isEqualTo(NOW);
            assertThat(task.duration()).isEmpty();
            assertThat(task.protocol()).isEqualTo("local");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "clinet 7 jdoe                          | 1 | unknown keyword 'clinet'",
        "customer 7                             | 1 | wrong number of arguments for 'customer', expected customer ID LOGIN",
        "customer 0 jdoe                        | 1 | invalid customer id '0', expected a positive integer",
        "customer x jdoe                        | 1 | invalid customer id 'x'",
        "customer 7 jdoe owner=3                | 1 | unexpected argument 'owner=3', expected reseller=ID",
        "task 1 client=7                        | 1 | invalid task owner 'client=7'",
        "task 1 server status=queued            | 1 | invalid status 'queued'",
        "task 1 server duration=5x              | 1 | invalid duration '5x'",
        "task 1 server outcome=done             | 1 | invalid outcome 'done'",
        "task 1 server started=yesterday        | 1 | invalid start time 'yesterday'",
        "task 1 server started=now-forever      | 1 | 'forever' is not an age",
        "task 1 server protocol=sftp            | 1 | invalid protocol 'sftp'",
        "task 1 server colour=red               | 1 | unknown task option 'colour'",
        "task 1 server prefix                   | 1 | invalid task option 'prefix', expected OPTION=VALUE",
        "task 1 server prefix=a prefix=b        | 1 | task option 'prefix' is given twice",
        "task 1 server status=finished duration=5m | 1 | 'status' cannot be combined",
        "task 1 server prefix=\"open            | 1 | a double quote is not closed",
        "secret-key k example.com               | 1 | invalid IP address 'example.com'",
        "protocols 1.6.x                        | 1 | invalid protocol version '1.6.x'",
        "unknown-task-id maybe                  | 1 | expected empty or error",
        "next-backup 30s                        | 1 | wrong number of arguments for 'next-backup'",
        "administrator \"\" pw                  | 1 | the login is empty",
    })
    void invalidLineRejected(String line, int lineNumber, String problem) {
        assertThatThrownBy(() -> ScenarioParser.parse(new StringReader(line), "bad.txt"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("bad.txt line " + lineNumber + ": ")
                .hasMessageContaining(problem)
                .extracting(e -> ((ScenarioException) e).lineNumber())
                .isEqualTo(lineNumber);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "customer 7 a;customer 7 b                  | 2 | customer id 7 is already defined on line 1",
        "customer 7 a;customer 8 a                  | 2 | customer login 'a' is already used on line 1",
        "task 1 server;#;task 1 server              | 3 | task id 1 is already defined on line 1",
        "customer 7 a;task 1 webspace=12            | 2 | webspace 12 is not defined in the scenario",
        "task 1 customer=7;customer 8 a             | 1 | customer 7 is not defined in the scenario",
        "customer 7 a reseller=2                    | 1 | reseller 2 is not defined in the scenario",
        "webspace 1 example.com customer=9          | 1 | customer 9 is not defined in the scenario",
        "customer 7 a;customer-password b pw        | 2 | no customer has the login 'b'",
    })
    void inconsistentScenarioRejected(String lines, int lineNumber, String problem) {
        String text = lines.replace(';', '\n');

        assertThatThrownBy(() -> ScenarioParser.parse(new StringReader(text), "bad.txt"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("bad.txt line " + lineNumber + ": " + problem);
    }
}
