package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.SECRET_KEY;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Recorded requests, HTTP-level responses for other paths and methods, and request logging. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestRecordingTest {

    private static final String TASKS = backupManager("<get-tasks-info><server/></get-tasks-info>");

    private PleskSimulator simulator;
    private AgentClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .secretKey(SECRET_KEY, null)
                .maxRecordedRequests(3)
                .start();
        client = new AgentClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void requestRecordedWithHeadersAndBody() throws Exception {
        client.postAsAdministrator(TASKS);

        List<RecordedRequest> requests = simulator.requests();
        assertThat(requests).hasSize(1);
        RecordedRequest request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/enterprise/control/agent.php");
        assertThat(request.header("http_auth_login")).isEqualTo(ADMIN_LOGIN);
        assertThat(request.header("HTTP_AUTH_PASSWD")).isEqualTo(ADMIN_PASSWORD);
        assertThat(request.header("Content-Type")).isEqualTo("text/xml");
        assertThat(request.body()).isEqualTo(TASKS.getBytes(StandardCharsets.UTF_8));
        assertThat(request.bodyAsString()).isEqualTo(TASKS);
        assertThat(request.remoteAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void toStringHidesCredentials() throws Exception {
        client.postAsAdministrator(TASKS);
        client.post(TASKS, "KEY", SECRET_KEY);

        String passwordRequest = simulator.requests().get(0).toString();
        String keyRequest = simulator.requests().get(1).toString();
        assertThat(passwordRequest).doesNotContain(ADMIN_PASSWORD).doesNotContain(ADMIN_LOGIN).contains("(hidden)");
        assertThat(keyRequest).doesNotContain(SECRET_KEY).contains("(hidden)");
    }

    @Test
    void onlyMostRecentRequestsKept() throws Exception {
        for (int i = 1; i <= 5; i++) {
            client.postAsAdministrator(backupManager("<get-tasks-info><task-id>" + i + "</task-id></get-tasks-info>"));
        }

        assertThat(simulator.requests()).extracting(RecordedRequest::bodyAsString)
                .containsExactly(taskRequest(3), taskRequest(4), taskRequest(5));
        simulator.clearRequests();
        assertThat(simulator.requests()).isEmpty();
    }

    private static String taskRequest(int id) {
        return backupManager("<get-tasks-info><task-id>" + id + "</task-id></get-tasks-info>");
    }

    @Test
    void otherPathGets404() throws Exception {
        URI other = simulator.endpoint().resolve("/login_up.php?x=1");

        HttpResponse<String> response = send(HttpRequest.newBuilder(other).POST(HttpRequest.BodyPublishers.ofString(TASKS)));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(simulator.requests().get(0).path()).isEqualTo("/login_up.php?x=1");
    }

    @Test
    void getMethodGets405() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(simulator.endpoint()).GET());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(simulator.requests().get(0).method()).isEqualTo("GET");
    }

    @Test
    void oversizedBodyGets413() throws Exception {
        byte[] body = new byte[AgentHttpHandler.MAX_BODY_BYTES + 10];

        HttpResponse<String> response = send(HttpRequest.newBuilder(simulator.endpoint())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(simulator.requests().get(0).body()).hasSize(AgentHttpHandler.MAX_BODY_BYTES);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requestLogNamesOperationsWithoutSecrets() throws Exception {
        Logger logger = Logger.getLogger(PleskSimulator.class.getName());
        List<String> messages = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                messages.add(formatter.formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level previousLevel = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
        try {
            client.postAsAdministrator(TASKS);
            client.post(TASKS, "KEY", SECRET_KEY);
            client.post(TASKS, "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", "wrong-password-value");
            // The simulator logs each request just after sending its response, so the last line may still come.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (messages.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(previousLevel);
        }

        // Each request is logged on its own server thread after its response, so the lines may come in any order.
        assertThat(messages).hasSize(3);
        assertThat(messages).filteredOn(message -> message.endsWith("ok")).hasSize(2)
                .allSatisfy(message -> assertThat(message).contains("POST /enterprise/control/agent.php")
                        .contains("127.0.0.1").contains("[get-tasks-info]"));
        assertThat(messages).filteredOn(message -> message.endsWith("system error 1001")).hasSize(1);
        assertThat(String.join("\n", messages)).doesNotContain(ADMIN_PASSWORD).doesNotContain(SECRET_KEY)
                .doesNotContain("wrong-password-value").doesNotContain(ADMIN_LOGIN);
    }
}
