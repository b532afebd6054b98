package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.SECRET_KEY;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.packet;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AuthenticationTest {

    private static final String FOREIGN_KEY = "key-bound-to-192.0.2.1";
    private static final String SERVER_TASKS = backupManager("<get-tasks-info><server/></get-tasks-info>");

    private static PleskSimulator simulator;
    private static AgentClient client;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .secretKey(SECRET_KEY, InetAddress.getByName("127.0.0.1"))
                // 192.0.2.1 is a documentation address (RFC 5737). The simulator only compares it and never contacts it.
                .secretKey(FOREIGN_KEY, InetAddress.getByName("192.0.2.1"))
                .customer(7, "jdoe")
                .customerPassword("jdoe", "customer-password")
                .start();
        client = new AgentClient(simulator);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void loginAndPasswordAccepted() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS,
                "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", ADMIN_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.systemErrorCode()).isNull();
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
    }

    @Test
    void secretKeyAccepted() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS, "KEY", SECRET_KEY);

        assertThat(response.systemErrorCode()).isNull();
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
    }

    @Test
    void unboundSecretKeyAccepted() throws Exception {
        try (PleskSimulator unbound = PleskSimulator.builder().secretKey("any-address-key", null).start()) {
            AgentResponse response = new AgentClient(unbound).post(SERVER_TASKS, "KEY", "any-address-key");

            assertThat(response.systemErrorCode()).isNull();
        }
    }

    @Test
    void customerLoginAccepted() throws Exception {
        AgentResponse response = client.post(backupManager("<get-tasks-info/>"),
                "HTTP_AUTH_LOGIN", "jdoe", "HTTP_AUTH_PASSWD", "customer-password");

        assertThat(response.systemErrorCode()).isNull();
        assertThat(response.text("/packet/backup-manager/get-tasks-info/result/status")).isEqualTo("ok");
    }

    @Test
    void wrongPasswordGets1001() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS,
                "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", "wrong-password");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.text("/packet/system/status")).isEqualTo("error");
        assertThat(response.systemErrorCode()).isEqualTo("1001");
        assertThat(response.count("/packet/backup-manager")).isZero();
    }

    @Test
    void unknownLoginGets1001() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS,
                "HTTP_AUTH_LOGIN", "nobody", "HTTP_AUTH_PASSWD", ADMIN_PASSWORD);

        assertThat(response.systemErrorCode()).isEqualTo("1001");
    }

    @Test
    void unknownSecretKeyGets11003() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS, "KEY", "not-a-known-key");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.systemErrorCode()).isEqualTo("11003");
    }

    @Test
    void keyFromForeignAddressGets11003() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS, "KEY", FOREIGN_KEY);

        assertThat(response.systemErrorCode()).isEqualTo("11003");
    }

    @Test
    void noAuthenticationGets1029() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS);

        assertThat(response.systemErrorCode()).isEqualTo("1029");
        assertThat(response.systemErrorText()).isEqualTo("Authentication method is not specified.");
    }

    @Test
    void misnamedPasswordHeaderGets1029() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS,
                "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWORD", ADMIN_PASSWORD);

        assertThat(response.systemErrorCode()).isEqualTo("1029");
    }

    @Test
    void keyTakesPrecedenceOverLogin() throws Exception {
        AgentResponse response = client.post(SERVER_TASKS, "KEY", "not-a-known-key",
                "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", ADMIN_PASSWORD);

        assertThat(response.systemErrorCode()).isEqualTo("11003");
    }

    @Test
    void versionCheckedBeforeAuthentication() throws Exception {
        AgentResponse response = client.post(packet("100.0.0.0", "<server><get_protos/></server>"));

        assertThat(response.systemErrorCode()).isEqualTo("1005");
    }

    @Test
    void authenticationCheckedBeforeValidity() throws Exception {
        AgentResponse response = client.post(backupManager("<get-tasks-info><unknown/></get-tasks-info>"),
                "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", "wrong-password");

        assertThat(response.systemErrorCode()).isEqualTo("1001");
    }

    @Test
    void malformedPacketNeedsAuthenticationFirst() throws Exception {
        AgentResponse response = client.post("<packet><backup-manager>");

        assertThat(response.systemErrorCode()).isEqualTo("1029");
    }

    @Test
    void errorsDoNotContainCredentials() throws Exception {
        AgentResponse wrongPassword = client.post(SERVER_TASKS,
                "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", "wrong-password-value");
        AgentResponse wrongKey = client.post(SERVER_TASKS, "KEY", "wrong-key-value");

        assertThat(wrongPassword.bodyText()).doesNotContain("wrong-password-value");
        assertThat(wrongKey.bodyText()).doesNotContain("wrong-key-value");
    }
}
