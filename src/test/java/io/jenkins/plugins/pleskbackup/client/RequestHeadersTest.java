package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.RecordedRequest;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What goes over the wire: method, path, headers and the packet's version attribute. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestHeadersTest {

    private static final String SECRET_KEY = "header-test-key-19c3";

    private PleskSimulator simulator;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = SimulatorClients.simulator(new ManualClock(START))
                .secretKey(SECRET_KEY, null)
                .task(TaskDefinition.builder(5472, TaskOwner.server()).build())
                .start();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private RecordedRequest onlyRequest() {
        List<RecordedRequest> requests = simulator.requests();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @Test
    void loginAndPasswordHeaders() throws Exception {
        SimulatorClients.client(simulator).getTask("5472");

        RecordedRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/enterprise/control/agent.php");
        assertThat(request.header("Content-Type")).isEqualTo("text/xml; charset=UTF-8");
        assertThat(request.header("HTTP_AUTH_LOGIN")).isEqualTo(SimulatorClients.ADMIN_LOGIN);
        assertThat(request.header("HTTP_AUTH_PASSWD")).isEqualTo(SimulatorClients.ADMIN_PASSWORD);
        assertThat(request.header("KEY")).isNull();
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void secretKeyHeader() throws Exception {
        PleskClient client = new PleskClient(PleskConnectionSettings.builder(simulator.endpoint(),
                PleskAuthentication.secretKey(SECRET_KEY)).build());

        client.getTask("5472");

        RecordedRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).isEqualTo("text/xml; charset=UTF-8");
        assertThat(request.header("KEY")).isEqualTo(SECRET_KEY);
        assertThat(request.header("HTTP_AUTH_LOGIN")).isNull();
        assertThat(request.header("HTTP_AUTH_PASSWD")).isNull();
    }

    @Test
    void configuredPathUsed() throws Exception {
        PleskClient client = new PleskClient(PleskConnectionSettings.builder(
                        "http://127.0.0.1:" + simulator.port() + "/custom/agent.php",
                        PleskAuthentication.loginPassword(SimulatorClients.ADMIN_LOGIN,
                                SimulatorClients.ADMIN_PASSWORD))
                .build());

        PleskHttpStatusException e = catchThrowableOfType(PleskHttpStatusException.class,
                () -> client.getTask("5472"));

        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(onlyRequest().path()).isEqualTo("/custom/agent.php");
        assertThat(onlyRequest().method()).isEqualTo("POST");
    }

    @Test
    void versionAttributeFollowsSettings() throws Exception {
        PleskClient client = new PleskClient(SimulatorClients.settings(simulator).protocolVersion("1.6.3.0").build());

        client.getTask("5472");
        client.startBackup(BackupRequest.builder(BackupTarget.server()).build());
        client.stopBackup("5472");

        List<RecordedRequest> requests = simulator.requests();
        assertThat(requests).hasSize(3);
        for (RecordedRequest request : requests) {
            assertThat(request.bodyAsString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<packet version=\"1.6.3.0\"><backup-manager>");
        }
    }

    @Test
    void defaultVersionSent() throws Exception {
        SimulatorClients.client(simulator).listTasks(TaskFilter.none());

        assertThat(onlyRequest().bodyAsString()).contains("<packet version=\"1.6.9.0\">");
    }

    @Test
    void getProtosCarriesNoVersion() throws Exception {
        PleskClient client = new PleskClient(SimulatorClients.settings(simulator).protocolVersion("1.7.0.0").build());

        ServerProtocols protocols = client.getSupportedProtocols();

        RecordedRequest request = onlyRequest();
        assertThat(request.bodyAsString()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<packet><server><get_protos/></server></packet>");
        assertThat(request.header("Content-Type")).isEqualTo("text/xml; charset=UTF-8");
        assertThat(request.header("HTTP_AUTH_LOGIN")).isEqualTo(SimulatorClients.ADMIN_LOGIN);
        assertThat(protocols.supports("1.7.0.0")).isFalse();
    }

    @Test
    void sentBytesAreBuiltPacket() throws Exception {
        SimulatorClients.client(simulator).stopBackup("5472");

        assertThat(onlyRequest().body()).isEqualTo(RequestPackets.stopBackup("1.6.9.0", "5472"));
    }
}
