package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jenkins.plugins.pleskbackup.testing.PleskSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that every kind of response the simulator produces matches {@code agent_output.xsd}, in both the indented
 * and the compact form. Faults that break the format on purpose are checked to fail validation.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResponseSchemaConformanceTest {

    private static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

    private static PleskSimulator pretty;
    private static PleskSimulator compact;

    @BeforeAll
    static void startSimulators() throws Exception {
        pretty = start(true);
        compact = start(false);
    }

    /** Tasks in every status and of every owner kind: working, finished, failed and stopped. */
    private static PleskSimulator start(boolean prettyPrint) throws Exception {
        return PleskSimulator.builder()
                .clock(new ManualClock(START))
                .prettyPrint(prettyPrint)
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .reseller(1, "acme")
                .customer(7, "jdoe", 1)
                .customerPassword("jdoe", "jdoe-password")
                .webspace(12, "example.com", 7)
                .task(TaskDefinition.builder(1, TaskOwner.server()).build())
                .task(TaskDefinition.builder(2, TaskOwner.reseller(1)).endedWith(TaskOutcome.FINISHED)
                        .prefix("res_").build())
                .task(TaskDefinition.builder(3, TaskOwner.customer(7)).endedWith(TaskOutcome.FAILED).build())
                .task(TaskDefinition.builder(4, TaskOwner.webspace(12)).endedWith(TaskOutcome.STOPPED)
                        .protocol("ftp").build())
                .task(TaskDefinition.builder(5, TaskOwner.server()).startedAgo(Duration.ofHours(1))
                        .endedWith(TaskOutcome.FINISHED).prefix("a&b <c>").build())
                .defaultBackup(Duration.ofMinutes(1), TaskOutcome.FINISHED)
                .start();
    }

    @AfterAll
    static void stopSimulators() {
        pretty.close();
        compact.close();
    }

    @BeforeEach
    void requireSchemas() {
        PleskSchemas.assumeSchemasPresent();
    }

    static Stream<Arguments> responseKinds() {
        String admin = "admin";
        return Stream.of(
                arguments("task list of every owner and status", admin, "1.6.9.0",
                        "<backup-manager><get-tasks-info><server/></get-tasks-info>"
                                + "<get-tasks-info><reseller-id>1</reseller-id></get-tasks-info>"
                                + "<get-tasks-info><customer-id>7</customer-id></get-tasks-info>"
                                + "<get-tasks-info><webspace-id>12</webspace-id></get-tasks-info></backup-manager>"),
                arguments("empty task list", admin, "1.6.9.0",
                        "<backup-manager><get-tasks-info><task-id>999</task-id></get-tasks-info></backup-manager>"),
                arguments("create results", admin, "1.6.9.0",
                        "<backup-manager><backup-server><local/><description>d</description></backup-server>"
                                + "<backup-reseller><reseller-id>1</reseller-id><local/><description>d</description>"
                                + "</backup-reseller><backup-customer><customer-login>jdoe</customer-login>"
                                + "<remote>ftp</remote><description>d</description></backup-customer>"
                                + "<backup-webspace><webspace-name>example.com</webspace-name><local/>"
                                + "<description>d</description></backup-webspace></backup-manager>"),
                arguments("stop result", admin, "1.6.9.0",
                        "<backup-manager><stop-backup><task-id>1</task-id></stop-backup></backup-manager>"),
                arguments("get_protos", admin, null, "<server><get_protos/></server>"),
                arguments("supported protocols", admin, "1.6.9.0",
                        "<backup-manager><get-supported-protocols/></backup-manager>"),
                arguments("operation errors 1013 and 1019", admin, "1.6.9.0",
                        "<backup-manager><get-tasks-info><customer-id>99</customer-id></get-tasks-info>"
                                + "<stop-backup><task-id>999</task-id></stop-backup>"
                                + "<backup-server><remote>scp</remote><description>d</description></backup-server>"
                                + "</backup-manager>"),
                arguments("operation error 1006", "customer", "1.6.9.0",
                        "<backup-manager><get-tasks-info><server/></get-tasks-info></backup-manager>"),
                arguments("mixed operators", admin, "1.6.9.0",
                        "<server><get_protos/></server><backup-manager><get-tasks-info/></backup-manager>"),
                arguments("system error 1001", "wrong-password", "1.6.9.0", "<server><get_protos/></server>"),
                arguments("system error 1029", "none", "1.6.9.0", "<server><get_protos/></server>"),
                arguments("system error 11003", "wrong-key", "1.6.9.0", "<server><get_protos/></server>"),
                arguments("system error 1005", admin, "9.9.9.9", "<server><get_protos/></server>"),
                arguments("system error 1017", admin, "1.5.0.0", "<server><get_protos/></server>"),
                arguments("system error 1014", admin, "1.6.9.0", "<server><get_protos><x/></get_protos></server>"));
    }

    private static AgentResponse send(PleskSimulator simulator, String user, String version, String operators)
            throws Exception {
        AgentClient client = new AgentClient(simulator);
        String packet = packet(version, operators);
        switch (user) {
            case "admin":
                return client.postAsAdministrator(packet);
            case "customer":
                return client.post(packet, "HTTP_AUTH_LOGIN", "jdoe", "HTTP_AUTH_PASSWD", "jdoe-password");
            case "wrong-password":
                return client.post(packet, "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", "wrong");
            case "wrong-key":
                return client.post(packet, "KEY", "wrong");
            default:
                return client.post(packet);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responseKinds")
    void indentedResponseMatchesSchema(String kind, String user, String version, String operators) throws Exception {
        AgentResponse response = send(pretty, user, version, operators);

        assertThat(response.bodyText()).contains("\n  <");
        PleskSchemas.validateResponse(response.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responseKinds")
    void compactResponseMatchesSchema(String kind, String user, String version, String operators) throws Exception {
        AgentResponse response = send(compact, user, version, operators);

        assertThat(response.bodyText()).doesNotContain("\n  <");
        PleskSchemas.validateResponse(response.body());
    }

    @Test
    void escapedPrefixMatchesSchema() throws Exception {
        AgentResponse response = send(pretty, "admin", "1.6.9.0",
                "<backup-manager><get-tasks-info><task-id>5</task-id></get-tasks-info></backup-manager>");

        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/task/prefix")).isEqualTo("a&b <c>");
        PleskSchemas.validateResponse(response.body());
    }

    @Test
    void injectedErrorsMatchSchema() throws Exception {
        pretty.faults().next(Fault.systemError(1012, "Login is locked."));
        AgentResponse systemError = send(pretty, "admin", "1.6.9.0", "<server><get_protos/></server>");
        pretty.faults().next(Fault.operationError(1023, "Operation failed."));
        AgentResponse operationError = send(pretty, "admin", "1.6.9.0",
                "<backup-manager><get-tasks-info/></backup-manager>");

        PleskSchemas.validateResponse(systemError.body());
        PleskSchemas.validateResponse(operationError.body());
    }

    @Test
    void brokenFormatFaultsFailSchema() throws Exception {
        String tasks = "<backup-manager><get-tasks-info><server/></get-tasks-info></backup-manager>";
        pretty.faults().next(Fault.wrongTaskStatus("queued"));
        AgentResponse wrongStatus = send(pretty, "admin", "1.6.9.0", tasks);
        pretty.faults().next(Fault.missingResult());
        AgentResponse missingResult = send(pretty, "admin", "1.6.9.0", tasks);

        assertThat(PleskSchemas.responseErrors(wrongStatus.body())).isNotEmpty();
        assertThat(PleskSchemas.responseErrors(missingResult.body())).isNotEmpty();
    }
}
