package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.Scenarios;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.simulator.UnknownTaskIdResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StatusCommandTest {

    private static final String LOGIN = "admin";
    private static final String PASSWORD = "status-Secret-pw-4711";
    private static final String CUSTOMER_PASSWORD = "customer-Secret-pw-815";

    /** A prefix with characters that JSON must escape, and non-ASCII ones, including a surrogate pair. */
    private static final String AWKWARD_PREFIX = "a\"b\\c\td\ne/ü€\u2028😀_";

    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));

    private static PleskSimulator simulator;
    private static String url;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .clock(CLOCK)
                .administrator(LOGIN, PASSWORD)
                .scenario(Scenarios.documentedSamples())
                .customerPassword("jdoe", CUSTOMER_PASSWORD)
                .customer(8, "empty")
                .webspace(30, "awkward.example", 8)
                .task(TaskDefinition.builder(31, TaskOwner.webspace(30))
                        .started(Instant.parse("2024-04-30T22:00:00Z"))
                        .endedWith(TaskOutcome.FINISHED)
                        .prefix(AWKWARD_PREFIX)
                        .filename("x\"y\\z.tar")
                        .build())
                .webspace(40, "nothing.example")
                .start();
        url = simulator.endpoint().toString();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static CliRun.Result status(String... options) {
        return admin().run(concat(new String[] {"status", "--url", url}, options));
    }

    private static CliRun admin() {
        return CliRun.withClock(CLOCK).login(LOGIN, PASSWORD);
    }

    static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("tasks");
    }

    @Test
    void documentedWorkingTaskAsJson() {
        CliRun.Result result = status("--customer-id", "7", "--json");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).isEmpty();
        Map<String, Object> json = JsonParser.parseObject(result.out().strip());
        assertThat(json.get("server")).isEqualTo("127.0.0.1:" + simulator.port());
        assertThat(json.get("filter")).isEqualTo(Map.of("type", "customer-id", "value", "7"));
        assertThat(tasks(json)).hasSize(1);
        Map<String, Object> task = tasks(json).get(0);
        assertThat(task.get("taskId")).isEqualTo("5472");
        assertThat(task.get("status")).isEqualTo("working");
        assertThat(task.get("ownerType")).isEqualTo("customer");
        assertThat(task.get("ownerId")).isEqualTo("7");
        assertThat(task.get("started")).isEqualTo("2008-10-25T01:21:26Z");
        assertThat(task.get("startedEpochSeconds")).isEqualTo(new BigDecimal(1224897686L));
        assertThat(task.get("prefix")).isEqualTo("");
        assertThat(task.get("filename")).isEqualTo("");
        assertThat(task.get("protocol")).isEqualTo("local");
    }

    @Test
    void documentedFinishedServerTaskAsJson() {
        CliRun.Result result = status("--server", "--json");

        assertThat(result.exitCode()).isEqualTo(0);
        Map<String, Object> json = JsonParser.parseObject(result.out().strip());
        assertThat(object(json.get("filter"))).containsEntry("type", "server").containsEntry("value", null);
        assertThat(tasks(json)).hasSize(1);
        Map<String, Object> task = tasks(json).get(0);
        assertThat(task.get("taskId")).isEqualTo("7");
        assertThat(task.get("status")).isEqualTo("finished");
        assertThat(task.get("ownerType")).isEqualTo("server");
        assertThat(task).containsEntry("ownerId", null);
        assertThat(task.get("started")).isEqualTo("2015-12-01T11:19:00Z");
        assertThat(task.get("prefix")).isEqualTo("my_");
        assertThat(task.get("filename")).isEqualTo("my_1512011119.tar");
        assertThat(task.get("protocol")).isEqualTo("ftp");
    }

    @Test
    void jsonEscapesAwkwardText() {
        CliRun.Result result = status("--webspace-name", "awkward.example", "--json");

        assertThat(result.exitCode()).isEqualTo(0);
        String line = result.out().strip();
        assertThat(line).doesNotContain("\n").doesNotContain("\t");
        assertThat(line.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).as("ASCII only: " + line).isTrue();
        Map<String, Object> task = tasks(JsonParser.parseObject(line)).get(0);
        assertThat(task.get("prefix")).isEqualTo(AWKWARD_PREFIX);
        assertThat(task.get("filename")).isEqualTo("x\"y\\z.tar");
        assertThat(JsonParser.parseObject(line).get("filter"))
                .isEqualTo(Map.of("type", "webspace-name", "value", "awkward.example"));
    }

    @Test
    void tableAlignsColumns() {
        CliRun.Result result = status("--customer-id", "7");

        assertThat(result.exitCode()).isEqualTo(0);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        String header = lines.get(0);
        String row = lines.get(1);
        assertThat(header).startsWith("TASK  OWNER       STATUS   STARTED               PREFIX  FILE  STORAGE");
        assertThat(row.split(" {2,}")).containsExactly("5472", "customer 7", "working", "2008-10-25T01:21:26Z", "-",
                "-", "local");
        for (String column : List.of("OWNER", "STATUS", "STARTED", "PREFIX", "FILE", "STORAGE")) {
            int start = header.indexOf(column);
            assertThat(row.charAt(start - 1)).as("space before column " + column).isEqualTo(' ');
            assertThat(row.charAt(start)).as("value at column " + column).isNotEqualTo(' ');
        }
    }

    @Test
    void tableShowsFinishedTaskById() {
        CliRun.Result result = status("--task-id", "7");

        assertThat(result.exitCode()).isEqualTo(0);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split(" {2,}")).containsExactly("7", "server", "finished", "2015-12-01T11:19:00Z",
                "my_", "my_1512011119.tar", "ftp");
    }

    @Test
    void tableReplacesControlCharacters() {
        CliRun.Result result = status("--webspace-id", "30");

        assertThat(result.exitCode()).isEqualTo(0);
        String row = result.out().lines().toList().get(1);
        assertThat(row).contains("a\"b\\c?d?e/ü€");
        assertThat(row).doesNotContain("\t");
    }

    @Test
    void ownerWithoutTasksSucceeds() {
        CliRun.Result result = status("--webspace-id", "40");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("lists no backup tasks (webspace-id 40)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void noFilterListsOwnTasks() {
        CliRun.Result result = status("--json");

        assertThat(result.exitCode()).isEqualTo(0);
        Map<String, Object> json = JsonParser.parseObject(result.out().strip());
        assertThat(object(json.get("filter"))).containsEntry("type", "none").containsEntry("value", null);
        assertThat(tasks(json)).extracting(task -> task.get("taskId")).containsExactly("7");
    }

    @Test
    void unknownTaskIdExitsNotFound() {
        CliRun.Result result = status("--task-id", "99");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("plesk-backup: ").contains("no backup task with id 99");
        assertThat(result.err().lines().count()).isEqualTo(1);
    }

    @Test
    void unknownTaskIdJsonListsNoTasks() {
        CliRun.Result result = status("--task-id", "99", "--json");

        assertThat(result.exitCode()).isEqualTo(4);
        Map<String, Object> json = JsonParser.parseObject(result.out().strip());
        assertThat(tasks(json)).isEmpty();
        assertThat(result.err()).contains("no backup task with id 99");
    }

    @Test
    void error1013ExitsNotFound() throws Exception {
        try (PleskSimulator strict = PleskSimulator.builder()
                .clock(CLOCK)
                .administrator(LOGIN, PASSWORD)
                .unknownTaskIdResponse(UnknownTaskIdResponse.ERROR_1013)
                .start()) {
            CliRun.Result result = admin().run("status", "--url", strict.endpoint().toString(), "--task-id", "99");

            assertThat(result.exitCode()).isEqualTo(4);
            assertThat(result.err()).startsWith("plesk-backup: ").contains("error 1013");
        }
    }

    @Test
    void unknownWebspaceExitsNotFound() {
        CliRun.Result result = status("--webspace-name", "missing.example");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("error 1013").contains("missing.example");
    }

    @Test
    void customerDeniedServerTasks() {
        CliRun.Result result = CliRun.withClock(CLOCK).login("jdoe", CUSTOMER_PASSWORD)
                .run("status", "--url", url, "--server");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("plesk-backup: ").contains("error 1006");
        result.assertNoSecret(CUSTOMER_PASSWORD);
    }

    @Test
    void customerSeesOwnTasks() {
        CliRun.Result result = CliRun.withClock(CLOCK).login("jdoe", CUSTOMER_PASSWORD)
                .run("status", "--url", url, "--customer-login", "jdoe");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("5472");
    }

    @Test
    void twoFiltersAreUsageError() {
        CliRun.Result result = status("--task-id", "7", "--customer-id", "7");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Give only one of these options: --task-id,"
                + " --customer-id.").contains("plesk-backup status --help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void invalidIdIsUsageError() {
        CliRun.Result result = status("--customer-id", "seven");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("plesk-backup: The customer id 'seven' is not valid: Plesk ids are positive"
                + " whole numbers such as 7.\n");
    }

    @Test
    void invalidTaskIdIsUsageError() {
        CliRun.Result result = status("--task-id", "12a");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("The task id '12a' is not valid");
    }
}
