package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXParseException;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultInjectionTest {

    private static final String TASKS_INFO = backupManager("<get-tasks-info><server/></get-tasks-info>");
    private static final String BACKUP_SERVER =
            backupManager("<backup-server><local/><description>d</description></backup-server>");
    private static final String TASK_STATUS = "/packet/backup-manager/get-tasks-info/result/task/status";

    private PleskSimulator simulator;
    private AgentClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .clock(new ManualClock(Instant.parse("2024-01-15T10:00:00Z")))
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .task(TaskDefinition.builder(1, TaskOwner.server()).build())
                .task(TaskDefinition.builder(2, TaskOwner.server()).endedWith(TaskOutcome.FINISHED).build())
                .start();
        client = new AgentClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void delayOutlastsClientTimeout() throws Exception {
        simulator.faults().next(Fault.delay(Duration.ofSeconds(5)));

        assertThatThrownBy(() -> client.post(TASKS_INFO.getBytes(StandardCharsets.UTF_8), Duration.ofMillis(300),
                "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", ADMIN_PASSWORD))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(client.postAsAdministrator(TASKS_INFO).texts(TASK_STATUS)).containsExactly("working", "finished");
    }

    @Test
    void delayedRequestAnsweredNormally() throws Exception {
        simulator.faults().next(Fault.delay(Duration.ofMillis(50)));

        assertThat(client.postAsAdministrator(TASKS_INFO).texts(TASK_STATUS)).containsExactly("working", "finished");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503})
    void httpErrorWithHtmlBody(int status) throws Exception {
        simulator.faults().next(Fault.httpError(status));

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.bodyText()).contains("<html>").contains(Integer.toString(status));
    }

    @Test
    void htmlPageWithStatus200() throws Exception {
        simulator.faults().next(Fault.htmlPage());

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.bodyText()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void emptyBodyWithStatus200() throws Exception {
        simulator.faults().next(Fault.emptyBody());

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/xml");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void truncatedXmlIsPrefixOfNormalResponse() throws Exception {
        byte[] complete = client.postAsAdministrator(TASKS_INFO).body();
        simulator.faults().next(Fault.truncatedXml());

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).hasSize(complete.length / 2);
        assertThat(response.body()).isEqualTo(Arrays.copyOf(complete, complete.length / 2));
        assertThatThrownBy(() -> AgentResponse.parse(response.body())).isInstanceOf(SAXParseException.class);
    }

    @Test
    void truncatedXmlStillCreatesTask() throws Exception {
        simulator.faults().next(Fault.truncatedXml());

        client.postAsAdministrator(BACKUP_SERVER);

        assertThat(simulator.tasks()).hasSize(3);
    }

    @Test
    void closedConnectionWithoutResponse() throws Exception {
        simulator.faults().next(Fault.closeConnection());

        assertThatThrownBy(() -> client.postAsAdministrator(BACKUP_SERVER)).isInstanceOf(IOException.class);
        assertThat(simulator.tasks()).hasSize(2);
    }

    @Test
    void wrongTaskStatusReplacesEveryStatus() throws Exception {
        simulator.faults().next(Fault.wrongTaskStatus("queued"));

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.texts(TASK_STATUS)).containsExactly("queued", "queued");
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
    }

    @Test
    void missingResultLeavesEmptyOperation() throws Exception {
        simulator.faults().next(Fault.missingResult());

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.count("/packet/backup-manager/get-tasks-info")).isEqualTo(1);
        assertThat(response.childNames("/packet/backup-manager/get-tasks-info")).isEmpty();
    }

    @Test
    void redirectWithLocation() throws Exception {
        simulator.faults().next(Fault.redirect("https://plesk.invalid:8443/login_up.php"));

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("https://plesk.invalid:8443/login_up.php");
    }

    @Test
    void systemErrorWithGivenCode() throws Exception {
        simulator.faults().next(Fault.systemError(1012, "Login is locked."));

        AgentResponse response = client.postAsAdministrator(BACKUP_SERVER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.systemErrorCode()).isEqualTo("1012");
        assertThat(response.systemErrorText()).isEqualTo("Login is locked.");
        assertThat(simulator.tasks()).hasSize(2);
    }

    @Test
    void operationErrorOnlyForNamedOperation() throws Exception {
        simulator.faults().next("get-tasks-info", Fault.operationError(1013, "backup task does not exist."));

        AgentResponse response = client.postAsAdministrator(packet("1.6.9.0",
                "<server><get_protos/></server>" + "<backup-manager><get-tasks-info><server/></get-tasks-info>"
                        + "</backup-manager>"));

        assertThat(response.text("/packet/server/get_protos/result/status")).isEqualTo("ok");
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("error");
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/errcode")).isEqualTo("1013");
    }

    @Test
    void operationErrorSkipsExecution() throws Exception {
        simulator.faults().next(Fault.operationError(1023, "Operation failed."));

        AgentResponse response = client.postAsAdministrator(BACKUP_SERVER);

        assertThat(response.text("/packet/backup-manager/backup-server/result/errcode")).isEqualTo("1023");
        assertThat(simulator.tasks()).hasSize(2);
    }

    @Test
    void rawResponseSentUnchanged() throws Exception {
        byte[] payload = ("<?xml version=\"1.0\"?>\n<!DOCTYPE packet [<!ENTITY leak SYSTEM \"file:///etc/hostname\">]>\n"
                + "<packet><system><status>error</status><errcode>1</errcode><errtext>&leak;</errtext></system>"
                + "</packet>").getBytes(StandardCharsets.UTF_8);
        simulator.faults().next(Fault.rawResponse(200, "text/xml", payload));

        AgentResponse response = client.postAsAdministrator(TASKS_INFO);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/xml");
        assertThat(response.body()).isEqualTo(payload);
    }

    @Test
    void queuedFaultAppliesOnce() throws Exception {
        simulator.faults().next(Fault.httpError(503));

        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(503);
        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(200);
    }

    @Test
    void queuedFaultsApplyInOrder() throws Exception {
        simulator.faults().next(Fault.httpError(502));
        simulator.faults().next(Fault.httpError(503));

        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(502);
        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(503);
        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(200);
    }

    @Test
    void permanentFaultAppliesUntilCleared() throws Exception {
        simulator.faults().always(Fault.httpError(500));

        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(500);
        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(500);
        simulator.faults().clear();
        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(200);
    }

    @Test
    void queuedFaultTakesPrecedenceOverPermanent() throws Exception {
        simulator.faults().always(Fault.httpError(500));
        simulator.faults().next(Fault.httpError(502));

        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(502);
        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(500);
    }

    @Test
    void operationLimitedFaultWaitsForOperation() throws Exception {
        simulator.faults().next("stop-backup", Fault.httpError(503));

        assertThat(client.postAsAdministrator(TASKS_INFO).statusCode()).isEqualTo(200);
        assertThat(client.postAsAdministrator(backupManager("<stop-backup><task-id>1</task-id></stop-backup>"))
                .statusCode()).isEqualTo(503);
        assertThat(simulator.task(1).orElseThrow().statusAt(simulator.clock().instant()))
                .isEqualTo(TaskStatus.WORKING);
    }

    @Test
    void permanentOperationFaultSparesOthers() throws Exception {
        simulator.faults().always("get-tasks-info", Fault.wrongTaskStatus("queued"));

        AgentResponse protos = client.postAsAdministrator(packet("1.6.9.0", "<server><get_protos/></server>"));
        AgentResponse tasks = client.postAsAdministrator(TASKS_INFO);

        assertThat(protos.text("/packet/server/get_protos/result/status")).isEqualTo("ok");
        assertThat(tasks.texts(TASK_STATUS)).containsExactly("queued", "queued");
    }

    @Test
    void faultAfterDelay() throws Exception {
        simulator.faults().next(Fault.closeConnection().afterDelay(Duration.ofMillis(50)));

        assertThatThrownBy(() -> client.postAsAdministrator(TASKS_INFO)).isInstanceOf(IOException.class);
    }

    @Test
    void faultsDescribeThemselves() {
        assertThat(Fault.httpError(503)).hasToString("HTTP 503");
        assertThat(Fault.closeConnection().afterDelay(Duration.ofSeconds(2)))
                .hasToString("close connection after 2000 ms");
        assertThat(Fault.wrongTaskStatus("queued")).hasToString("task status 'queued'");
    }

    @Test
    void invalidFaultsRejected() {
        assertThatThrownBy(() -> Fault.httpError(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulator.faults().next(" ", Fault.emptyBody()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
