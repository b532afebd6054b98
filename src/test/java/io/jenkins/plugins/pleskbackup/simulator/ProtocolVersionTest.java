package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.packet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProtocolVersionTest {

    private static final String GET_PROTOS = "<server><get_protos/></server>";
    private static final String SERVER_TASKS =
            "<backup-manager><get-tasks-info><server/></get-tasks-info></backup-manager>";

    private static PleskSimulator simulator;
    private static AgentClient client;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder().administrator(ADMIN_LOGIN, ADMIN_PASSWORD).start();
        client = new AgentClient(simulator);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void getProtosListsDefaultVersions() throws Exception {
        AgentResponse response = client.postAsAdministrator(packet("1.6.9.1", GET_PROTOS));

        assertThat(response.text("/packet/server/get_protos/result/status")).isEqualTo("ok");
        assertThat(response.texts("/packet/server/get_protos/result/protos/proto")).containsExactly(
                "1.6.3.0", "1.6.3.4", "1.6.5.0", "1.6.6.0", "1.6.7.0", "1.6.8.0", "1.6.9.0", "1.6.9.1");
        assertThat(response.text("/packet/@version")).isEqualTo("1.6.9.1");
    }

    @Test
    void responseVersionIsNewestForOlderRequest() throws Exception {
        AgentResponse response = client.postAsAdministrator(packet("1.6.3.0", SERVER_TASKS));

        assertThat(response.text("/packet/@version")).isEqualTo("1.6.9.1");
        assertThat(response.systemErrorCode()).isNull();
    }

    @Test
    void configuredVersionsListedInOrder() throws Exception {
        try (PleskSimulator custom = PleskSimulator.builder()
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .supportedProtocols(List.of("1.6.8.0", "1.6.7.0", "1.6.10.0"))
                .backupManagerMaxProtocol("1.6.10.0")
                .start()) {
            AgentResponse response = new AgentClient(custom).postAsAdministrator(packet(null, GET_PROTOS));

            assertThat(response.texts("/packet/server/get_protos/result/protos/proto"))
                    .containsExactly("1.6.7.0", "1.6.8.0", "1.6.10.0");
            assertThat(response.text("/packet/@version")).isEqualTo("1.6.10.0");
            assertThat(custom.supportedProtocols()).containsExactly("1.6.7.0", "1.6.8.0", "1.6.10.0");
        }
    }

    @ParameterizedTest(name = "version {0}")
    @CsvSource({"100.0.0.0", "1.6.9.2", "1.6.4.0", "abc", "''"})
    void unknownVersionGets1005(String version) throws Exception {
        AgentResponse response = client.postAsAdministrator(packet(version, GET_PROTOS));

        assertThat(response.systemErrorCode()).isEqualTo("1005");
        assertThat(response.count("/packet/server")).isZero();
    }

    @ParameterizedTest(name = "version {0}")
    @CsvSource({"1.6.2.9", "1.5.2.0", "1.0.0.0"})
    void outdatedVersionGets1017(String version) throws Exception {
        AgentResponse response = client.postAsAdministrator(packet(version, GET_PROTOS));

        assertThat(response.systemErrorCode()).isEqualTo("1017");
        assertThat(response.systemErrorText()).isEqualTo("This feature is not supported for protocol version " + version);
    }

    @ParameterizedTest(name = "version {0}")
    @CsvSource({"1.6.9.1", "1.6", "1.6.9"})
    void backupManagerTooNewGets1014(String version) throws Exception {
        AgentResponse response = client.postAsAdministrator(packet(version, SERVER_TASKS));

        assertThat(response.systemErrorCode()).isEqualTo("1014");
        assertThat(response.systemErrorText()).endsWith("Element 'backup-manager': This element is not expected.");
    }

    @Test
    void missingVersionMeansNewest() throws Exception {
        AgentResponse protos = client.postAsAdministrator(packet(null, GET_PROTOS));
        AgentResponse tasks = client.postAsAdministrator(packet(null, SERVER_TASKS));

        assertThat(protos.systemErrorCode()).isNull();
        assertThat(tasks.systemErrorCode()).isEqualTo("1014");
    }

    @ParameterizedTest(name = "version {0}")
    @CsvSource({"1.6.9.0", "1.6.5", "1.6.3.0"})
    void backupManagerAcceptedInOlderVersion(String version) throws Exception {
        AgentResponse response = client.postAsAdministrator(packet(version, SERVER_TASKS));

        assertThat(response.systemErrorCode()).isNull();
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
    }

    @Test
    void backupManagerMaxConfigurable() throws Exception {
        try (PleskSimulator newer = PleskSimulator.builder()
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .backupManagerMaxProtocol("1.6.9.1")
                .start()) {
            AgentResponse response = new AgentClient(newer).postAsAdministrator(packet("1.6.9.1", SERVER_TASKS));

            assertThat(response.systemErrorCode()).isNull();
        }
    }
}
