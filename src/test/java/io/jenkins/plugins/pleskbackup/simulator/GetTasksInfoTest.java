package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.packet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GetTasksInfoTest {

    private static final String TASKS = "/packet/backup-manager/get-tasks-info/result/task";
    private static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

    private static PleskSimulator simulator;
    private static AgentClient client;

    /**
     * Server task 1, reseller task 2, customer 7's own task 3, task 4 of customer 7's webspace 12, task 5 of customer
     * 8's webspace 13, and customer 8's own task 6.
     */
    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .clock(new ManualClock(START))
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .reseller(1, "acme")
                .customer(7, "jdoe", 1)
                .customer(8, "other")
                .customerPassword("jdoe", "jdoe-password")
                .webspace(12, "example.com", 7)
                .webspace(13, "other.example", 8)
                .task(task(1, TaskOwner.server()))
                .task(task(2, TaskOwner.reseller(1)))
                .task(task(3, TaskOwner.customer(7)))
                .task(task(4, TaskOwner.webspace(12)))
                .task(task(5, TaskOwner.webspace(13)))
                .task(task(6, TaskOwner.customer(8)))
                .start();
        client = new AgentClient(simulator);
    }

    private static TaskDefinition task(long id, TaskOwner owner) {
        return TaskDefinition.builder(id, owner).started(START.minus(Duration.ofMinutes(id))).build();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static AgentResponse getTasksInfo(String filter) throws Exception {
        return client.postAsAdministrator(backupManager("<get-tasks-info>" + filter + "</get-tasks-info>"));
    }

    private static AgentResponse getTasksInfoAsCustomer(String filter) throws Exception {
        return client.post(backupManager("<get-tasks-info>" + filter + "</get-tasks-info>"),
                "HTTP_AUTH_LOGIN", "jdoe", "HTTP_AUTH_PASSWD", "jdoe-password");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<server/>                                  | 1 | server",
        "<reseller-id>1</reseller-id>               | 2 | reseller-id",
        "<reseller-login>acme</reseller-login>      | 2 | reseller-id",
        "<customer-id>7</customer-id>               | 3 | customer-id",
        "<customer-login>jdoe</customer-login>      | 3 | customer-id",
        "<webspace-id>12</webspace-id>              | 4 | webspace-id",
        "<webspace-name>example.com</webspace-name> | 4 | webspace-id",
        "<webspace-name>EXAMPLE.COM</webspace-name> | 4 | webspace-id",
        "<task-id>5</task-id>                       | 5 | webspace-id",
        "<webspace-id> +012 </webspace-id>          | 4 | webspace-id",
    })
    void filterListsOwnersTasks(String filter, String expectedId, String ownerElement) throws Exception {
        AgentResponse response = getTasksInfo(filter);

        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
        assertThat(response.texts(TASKS + "/id")).containsExactly(expectedId);
        assertThat(response.childNames(TASKS).get(0)).isEqualTo(ownerElement);
    }

    @Test
    void noFilterListsServerTasksForAdministrator() throws Exception {
        assertThat(getTasksInfo("").texts(TASKS + "/id")).containsExactly("1");
    }

    @Test
    void taskHasFieldsInSchemaOrder() throws Exception {
        AgentResponse response = getTasksInfo("<task-id>4</task-id>");

        assertThat(response.childNames(TASKS))
                .containsExactly("webspace-id", "id", "status", "started", "prefix", "filename", "protocol");
        assertThat(response.text(TASKS + "/webspace-id")).isEqualTo("12");
        assertThat(response.text(TASKS + "/status")).isEqualTo("working");
        assertThat(response.text(TASKS + "/started"))
                .isEqualTo(Long.toString(START.minus(Duration.ofMinutes(4)).getEpochSecond()));
        assertThat(response.text(TASKS + "/prefix")).isEmpty();
        assertThat(response.text(TASKS + "/filename")).isEmpty();
        assertThat(response.text(TASKS + "/protocol")).isEqualTo("local");
    }

    @Test
    void serverOwnerIsEmptyElement() throws Exception {
        AgentResponse response = getTasksInfo("<server/>");

        assertThat(response.count(TASKS + "/server")).isEqualTo(1);
        assertThat(response.childNames(TASKS + "/server")).isEmpty();
        assertThat(response.text(TASKS + "/server")).isEmpty();
    }

    @Test
    void customerFilterExcludesWebspaceTasks() throws Exception {
        assertThat(getTasksInfo("<customer-id>7</customer-id>").texts(TASKS + "/id")).containsExactly("3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<customer-id>99</customer-id>               | client does not exist.",
        "<customer-login>nobody</customer-login>     | client does not exist.",
        "<reseller-id>99</reseller-id>               | reseller does not exist.",
        "<reseller-login>nobody</reseller-login>     | reseller does not exist.",
        "<webspace-id>99</webspace-id>               | webspace does not exist.",
        "<webspace-name>missing.example</webspace-name> | webspace does not exist.",
    })
    void unknownOwnerGets1013(String filter, String errtext) throws Exception {
        AgentResponse response = getTasksInfo(filter);

        assertThat(response.systemErrorCode()).isNull();
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("error");
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/errcode")).isEqualTo("1013");
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/errtext")).isEqualTo(errtext);
        assertThat(response.count(TASKS)).isZero();
    }

    @ParameterizedTest(name = "task-id {0}")
    @CsvSource({"999", "-5", "99999999999999999999"})
    void unknownTaskIdGetsEmptyResult(String taskId) throws Exception {
        AgentResponse response = getTasksInfo("<task-id>" + taskId + "</task-id>");

        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
        assertThat(response.count("/packet/backup-manager/get-tasks-info/result/errcode")).isZero();
        assertThat(response.count(TASKS)).isZero();
    }

    @Test
    void unknownTaskIdGets1013WhenSelected() throws Exception {
        try (PleskSimulator strict = PleskSimulator.builder()
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .unknownTaskIdResponse(UnknownTaskIdResponse.ERROR_1013)
                .start()) {
            AgentResponse response = new AgentClient(strict)
                    .postAsAdministrator(backupManager("<get-tasks-info><task-id>999</task-id></get-tasks-info>"));

            assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("error");
            assertThat(response.text("/packet/backup-manager/get-tasks-info/result/errcode")).isEqualTo("1013");
        }
    }

    @Test
    void customerWithoutFilterSeesOwnTasks() throws Exception {
        assertThat(getTasksInfoAsCustomer("").texts(TASKS + "/id")).containsExactly("3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<customer-id>7</customer-id>    | 3",
        "<webspace-id>12</webspace-id>   | 4",
        "<webspace-name>example.com</webspace-name> | 4",
        "<task-id>4</task-id>            | 4",
    })
    void customerSeesOwnObjects(String filter, String expectedId) throws Exception {
        assertThat(getTasksInfoAsCustomer(filter).texts(TASKS + "/id")).containsExactly(expectedId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "<server/>",
        "<reseller-id>1</reseller-id>",
        "<customer-id>8</customer-id>",
        "<customer-login>other</customer-login>",
        "<webspace-id>13</webspace-id>",
        "<webspace-id>999</webspace-id>",
        "<task-id>5</task-id>",
        "<task-id>1</task-id>",
    })
    void customerGets1006ForOthersObjects(String filter) throws Exception {
        AgentResponse response = getTasksInfoAsCustomer(filter);

        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("error");
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/errcode")).isEqualTo("1006");
        assertThat(response.count(TASKS)).isZero();
    }

    @Test
    void batchedOperationsAnsweredInOrder() throws Exception {
        AgentResponse response = client.postAsAdministrator(backupManager(
                "<get-tasks-info><task-id>4</task-id></get-tasks-info>"
                        + "<get-tasks-info><customer-id>99</customer-id></get-tasks-info>"
                        + "<get-tasks-info><server/></get-tasks-info>"));

        assertThat(response.childNames("/packet/backup-manager"))
                .containsExactly("get-tasks-info", "get-tasks-info", "get-tasks-info");
        assertThat(response.texts("/packet/backup-manager/get-tasks-info/result/status"))
                .containsExactly("ok", "error", "ok");
        assertThat(response.text("/packet/backup-manager/get-tasks-info[1]/result/task/id")).isEqualTo("4");
        assertThat(response.text("/packet/backup-manager/get-tasks-info[2]/result/errcode")).isEqualTo("1013");
        assertThat(response.text("/packet/backup-manager/get-tasks-info[3]/result/task/id")).isEqualTo("1");
    }

    @Test
    void batchedOperatorsAnsweredInOrder() throws Exception {
        AgentResponse response = client.postAsAdministrator(packet("1.6.9.0",
                "<server><get_protos/></server>"
                        + "<backup-manager><get-tasks-info><task-id>2</task-id></get-tasks-info></backup-manager>"
                        + "<server><get_protos/></server>"));

        assertThat(response.childNames("/packet")).containsExactly("server", "backup-manager", "server");
        assertThat(response.texts("/packet/*/*/result/status")).containsExactly("ok", "ok", "ok");
        assertThat(response.text(TASKS + "/id")).isEqualTo("2");
    }

    @Test
    void requestSettingsAccepted() throws Exception {
        AgentResponse response = client.postAsAdministrator(packet("1.6.9.0",
                "<request-settings><setting><name>x</name><value>y</value></setting></request-settings>"
                        + "<backup-manager><get-tasks-info><task-id>1</task-id></get-tasks-info></backup-manager>"));

        assertThat(response.texts(TASKS + "/id")).isEqualTo(List.of("1"));
    }
}
