package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.Scenarios;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parsing of every response shape the client accepts, fed through HTTP by the simulator: its normal responses, or
 * exact bodies through {@link Fault#rawResponse}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResponseParsingTest {

    private static final String XML = "text/xml; charset=UTF-8";

    /** The working customer task of Plesk's documented get-tasks-info sample. */
    private static final String WORKING_CUSTOMER_TASK = "<task><customer-id>7</customer-id><id>5472</id>"
            + "<status>working</status><started>1224897686</started><prefix></prefix><filename></filename>"
            + "<protocol>local</protocol></task>";

    /** The finished server task of Plesk's documented get-tasks-info sample. */
    private static final String FINISHED_SERVER_TASK = "<task><server/><id>7</id><status>finished</status>"
            + "<started>1448968740</started><prefix>my_</prefix><filename>my_1512011119.tar</filename>"
            + "<protocol>ftp</protocol></task>";

    private ManualClock clock;
    private PleskSimulator simulator;
    private PleskClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        clock = new ManualClock(START);
        simulator = SimulatorClients.simulator(clock)
                .scenario(Scenarios.documentedSamples())
                .reseller(3, "acme-hosting")
                .webspace(12, "example.com", 7)
                .task(TaskDefinition.builder(20, TaskOwner.reseller(3)).build())
                .task(TaskDefinition.builder(21, TaskOwner.webspace(12)).build())
                .start();
        client = SimulatorClients.client(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private static String tasksInfo(String results) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><packet version=\"1.6.9.0\"><backup-manager>"
                + "<get-tasks-info>" + results + "</get-tasks-info></backup-manager></packet>";
    }

    private static String ok(String tasks) {
        return "<result><status>ok</status>" + tasks + "</result>";
    }

    private void respondWith(String body) {
        simulator.faults().next(Fault.rawResponse(200, XML, body));
    }

    private List<BackupTask> listServerTasks() throws Exception {
        return client.listTasks(TaskFilter.owner(BackupTarget.server()));
    }

    private static void assertDocumentedWorkingTask(BackupTask task) {
        assertThat(task.ownerKind()).isEqualTo(OwnerKind.CUSTOMER);
        assertThat(task.ownerId()).isEqualTo("7");
        assertThat(task.ownerDescription()).isEqualTo("customer 7");
        assertThat(task.id()).isEqualTo("5472");
        assertThat(task.status()).isSameAs(TaskStatus.WORKING);
        assertThat(task.status().isTerminal()).isFalse();
        assertThat(task.started()).isEqualTo(Instant.parse("2008-10-25T01:21:26Z"));
        assertThat(task.prefix()).isEmpty();
        assertThat(task.filename()).isEmpty();
        assertThat(task.protocol()).isEqualTo("local");
    }

    private static void assertDocumentedFinishedTask(BackupTask task) {
        assertThat(task.ownerKind()).isEqualTo(OwnerKind.SERVER);
        assertThat(task.ownerId()).isNull();
        assertThat(task.ownerDescription()).isEqualTo("server");
        assertThat(task.id()).isEqualTo("7");
        assertThat(task.status()).isSameAs(TaskStatus.FINISHED);
        assertThat(task.status().isTerminal()).isTrue();
        assertThat(task.prefix()).isEqualTo("my_");
        assertThat(task.filename()).isEqualTo("my_1512011119.tar");
        assertThat(task.protocol()).isEqualTo("ftp");
    }

    @Test
    void documentedWorkingSampleAsRawResponse() throws Exception {
        respondWith(tasksInfo(ok(WORKING_CUSTOMER_TASK)));

        List<BackupTask> tasks = client.listTasks(TaskFilter.owner(BackupTarget.customerId("7")));

        assertThat(tasks).hasSize(1);
        assertDocumentedWorkingTask(tasks.get(0));
    }

    @Test
    void documentedFinishedSampleAsRawResponse() throws Exception {
        respondWith(tasksInfo(ok(FINISHED_SERVER_TASK)));

        List<BackupTask> tasks = listServerTasks();

        assertThat(tasks).hasSize(1);
        assertDocumentedFinishedTask(tasks.get(0));
        assertThat(tasks.get(0).started()).isEqualTo(Instant.ofEpochSecond(1448968740L));
    }

    @Test
    void documentedSamplesFromSimulator() throws Exception {
        BackupTask working = client.getTask("5472");
        BackupTask finished = client.getTask("7");

        assertDocumentedWorkingTask(working);
        assertDocumentedFinishedTask(finished);
        assertThat(finished.started()).isEqualTo(Instant.parse("2015-12-01T11:19:00Z"));
    }

    @Test
    void taskIdWithLeadingZerosFindsTask() throws Exception {
        BackupTask task = client.getTask("05472");

        assertThat(task.id()).isEqualTo("5472");
    }

    @Test
    void ownerKindsFromSimulator() throws Exception {
        BackupTask reseller = client.getTask("20");
        BackupTask webspace = client.getTask("21");

        assertThat(reseller.ownerKind()).isEqualTo(OwnerKind.RESELLER);
        assertThat(reseller.ownerId()).isEqualTo("3");
        assertThat(reseller.ownerDescription()).isEqualTo("reseller 3");
        assertThat(webspace.ownerKind()).isEqualTo(OwnerKind.WEBSPACE);
        assertThat(webspace.ownerId()).isEqualTo("12");
        assertThat(webspace.ownerDescription()).isEqualTo("webspace 12");
        assertThat(webspace.started()).isEqualTo(START);
    }

    @Test
    void severalResultsAndTasks() throws Exception {
        respondWith(tasksInfo(ok(WORKING_CUSTOMER_TASK + FINISHED_SERVER_TASK)
                + ok("<task><webspace-id>12</webspace-id><id>21</id><status>failed</status><started>1</started>"
                        + "<prefix/><filename/><protocol>local</protocol></task>")));

        List<BackupTask> tasks = listServerTasks();

        assertThat(tasks).extracting(BackupTask::id).containsExactly("5472", "7", "21");
        assertThat(tasks).extracting(BackupTask::status)
                .containsExactly(TaskStatus.WORKING, TaskStatus.FINISHED, TaskStatus.FAILED);
        assertThat(tasks.get(2).started()).isEqualTo(Instant.ofEpochSecond(1));
    }

    @Test
    void emptyResultMeansNoTasks() throws Exception {
        respondWith(tasksInfo(ok("")));

        assertThat(listServerTasks()).isEmpty();
    }

    @Test
    void byteOrderMarkSkipped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] xml = tasksInfo(ok(WORKING_CUSTOMER_TASK)).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + xml.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(xml, 0, body, bom.length, xml.length);
        simulator.faults().next(Fault.rawResponse(200, XML, body));

        List<BackupTask> tasks = listServerTasks();

        assertThat(tasks).hasSize(1);
        assertDocumentedWorkingTask(tasks.get(0));
    }

    @Test
    void leadingWhitespaceSkipped() throws Exception {
        respondWith("\r\n  \t" + tasksInfo(ok(WORKING_CUSTOMER_TASK)));

        assertThat(listServerTasks()).extracting(BackupTask::id).containsExactly("5472");
    }

    @Test
    void cdataValuesRead() throws Exception {
        respondWith(tasksInfo(ok("<task><server/><id><![CDATA[7]]></id><status><![CDATA[finished]]></status>"
                + "<started>1448968740</started><prefix><![CDATA[my_]]></prefix>"
                + "<filename>my_<![CDATA[1512011119]]>.tar</filename><protocol>ftp</protocol></task>")));

        List<BackupTask> tasks = listServerTasks();

        assertThat(tasks).hasSize(1);
        assertDocumentedFinishedTask(tasks.get(0));
    }

    @Test
    void prettyPrintedAndCompactParseAlike() throws Exception {
        List<BackupTask> pretty = client.listTasks(TaskFilter.none());
        String prettyBody = simulatorResponseBody();
        try (PleskSimulator compact = SimulatorClients.simulator(clock)
                .scenario(Scenarios.documentedSamples())
                .prettyPrint(false)
                .start()) {
            List<BackupTask> compactTasks = SimulatorClients.client(compact).listTasks(TaskFilter.none());

            assertThat(prettyBody).contains("\n  ");
            assertThat(pretty).hasSize(1);
            assertDocumentedFinishedTask(pretty.get(0));
            assertThat(compactTasks).isEqualTo(pretty);
        }
    }

    /** Returns the body the simulator sends for the administrator's get-tasks-info without a filter. */
    private String simulatorResponseBody() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(simulator.endpoint())
                .timeout(Duration.ofSeconds(10))
                .header("HTTP_AUTH_LOGIN", SimulatorClients.ADMIN_LOGIN)
                .header("HTTP_AUTH_PASSWD", SimulatorClients.ADMIN_PASSWORD)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        RequestPackets.tasksInfo("1.6.9.0", List.of(TaskFilter.none()))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void whitespaceAroundValuesIgnored() throws Exception {
        respondWith(tasksInfo("\n  <result>\n    <status> ok </status>\n    <task>\n      <customer-id>\n 7 \n"
                + "</customer-id>\n      <id>\t5472\t</id>\n      <status>\n working \n</status>\n"
                + "      <started> 1224897686 </started>\n      <prefix>  </prefix>\n      <filename>\n</filename>\n"
                + "      <protocol> local </protocol>\n    </task>\n  </result>\n"));

        List<BackupTask> tasks = listServerTasks();

        assertThat(tasks).hasSize(1);
        assertDocumentedWorkingTask(tasks.get(0));
    }

    @Test
    void unknownElementsIgnored() throws Exception {
        respondWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><packet version=\"1.6.9.0\" build=\"x\">"
                + "<meta><trace>1</trace></meta><backup-manager><get-tasks-info>"
                + "<result><status>ok</status><note>new in a later Plesk</note>"
                + "<task><customer-id>7</customer-id><progress>40</progress><id>5472</id><status>working</status>"
                + "<started>1224897686</started><prefix></prefix><filename></filename><protocol>local</protocol>"
                + "<end-time/></task></result></get-tasks-info><other-operation/></backup-manager></packet>");

        List<BackupTask> tasks = listServerTasks();

        assertThat(tasks).hasSize(1);
        assertDocumentedWorkingTask(tasks.get(0));
    }

    @Test
    void unknownStatusKeptRaw() throws Exception {
        simulator.faults().next("get-tasks-info", Fault.wrongTaskStatus("queued"));

        BackupTask task = client.getTask("5472");

        assertThat(task.status().kind()).isEqualTo(TaskStatus.Kind.UNKNOWN);
        assertThat(task.status().text()).isEqualTo("queued");
        assertThat(task.status().name()).isEqualTo("UNKNOWN");
        assertThat(task.status().isKnown()).isFalse();
        assertThat(task.status().isTerminal()).isFalse();
        assertThat(task.status()).hasToString("unknown status 'queued'");
    }

    @Test
    void statusMatchedExactly() throws Exception {
        simulator.faults().next("get-tasks-info", Fault.wrongTaskStatus("Finished"));

        BackupTask task = client.getTask("7");

        assertThat(task.status().kind()).isEqualTo(TaskStatus.Kind.UNKNOWN);
        assertThat(task.status().text()).isEqualTo("Finished");
    }

    @Test
    void nonNumericStartedIsNull() throws Exception {
        respondWith(tasksInfo(ok("<task><server/><id>7</id><status>working</status><started>yesterday</started>"
                + "<prefix/><filename/><protocol>local</protocol></task>"
                + "<task><server/><id>8</id><status>working</status><started></started>"
                + "<prefix/><filename/><protocol>local</protocol></task>"
                + "<task><server/><id>9</id><status>working</status>"
                + "<prefix/><filename/><protocol>local</protocol></task>"
                + "<task><server/><id>10</id><status>working</status><started>99999999999999999999</started>"
                + "<prefix/><filename/><protocol>local</protocol></task>")));

        List<BackupTask> tasks = listServerTasks();

        assertThat(tasks).extracting(BackupTask::id).containsExactly("7", "8", "9", "10");
        assertThat(tasks).extracting(BackupTask::started).containsOnlyNulls();
    }

    @Test
    void missingOptionalFieldsAreEmpty() throws Exception {
        respondWith(tasksInfo(ok("<task><server/><id>7</id><status>working</status></task>")));

        BackupTask task = listServerTasks().get(0);

        assertThat(task.prefix()).isEmpty();
        assertThat(task.filename()).isEmpty();
        assertThat(task.protocol()).isEmpty();
    }

    @Test
    void taskWithoutIdRejected() {
        respondWith(tasksInfo(ok("<task><server/><status>working</status></task>")));

        assertThatThrownBy(this::listServerTasks)
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessage("Plesk server 'test-plesk' sent an unusable response: a task in the get-tasks-info result"
                        + " lacks its owner, id or status element.")
                .satisfies(e -> assertThat(((PleskException) e).isTransient()).isFalse());
    }

    @Test
    void taskWithoutOwnerRejected() {
        respondWith(tasksInfo(ok("<task><id>7</id><status>working</status></task>")));

        assertThatThrownBy(this::listServerTasks)
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessageContaining("lacks its owner, id or status element");
    }

    @Test
    void createdTaskIdInsideResult() throws Exception {
        String id = client.startBackup(BackupRequest.builder(BackupTarget.server()).build());

        assertThat(id).isNotBlank();
        assertThat(simulator.task(Long.parseLong(id))).isPresent();
        assertThat(client.getTask(id).status()).isSameAs(TaskStatus.WORKING);
    }

    @Test
    void createdTaskIdInsideResultRaw() throws Exception {
        respondWith("<packet version=\"1.6.9.0\"><backup-manager><backup-webspace><result><status>ok</status>"
                + "<task-id> 4711 </task-id></result></backup-webspace></backup-manager></packet>");

        String id = client.startBackup(BackupRequest.builder(BackupTarget.webspaceId("12")).build());

        assertThat(id).isEqualTo("4711");
    }

    @Test
    void createdTaskIdNextToResult() throws Exception {
        respondWith("<packet version=\"1.6.9.0\"><backup-manager><backup-server><result><status>ok</status>"
                + "</result><task-id>4712</task-id></backup-server></backup-manager></packet>");

        String id = client.startBackup(BackupRequest.builder(BackupTarget.server()).build());

        assertThat(id).isEqualTo("4712");
    }

    @Test
    void createdTaskIdMissing() {
        respondWith("<packet version=\"1.6.9.0\"><backup-manager><backup-server><result><status>ok</status>"
                + "</result></backup-server></backup-manager></packet>");

        assertThatThrownBy(() -> client.startBackup(BackupRequest.builder(BackupTarget.server()).build()))
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessage("Plesk server 'test-plesk' sent an unusable response: backup-server succeeded but"
                        + " returned no task-id, so the new backup task cannot be followed; look it up with"
                        + " get-tasks-info.");
    }

    @Test
    void stopBackupStopsTask() throws Exception {
        client.stopBackup("5472");

        assertThat(client.getTask("5472").status()).isSameAs(TaskStatus.STOPPED);
    }

    @Test
    void supportedProtocolsListed() throws Exception {
        ServerProtocols protocols = client.getSupportedProtocols();

        assertThat(protocols.supportedVersions()).isEqualTo(simulator.supportedProtocols());
        assertThat(protocols.serverProtocolVersion()).isEqualTo("1.6.9.1");
        assertThat(protocols.supports("1.6.9.0")).isTrue();
        assertThat(protocols.supports("1.7.0.0")).isFalse();
        assertThat(protocols.certificateFingerprint()).isNull();
    }

    @Test
    void wrongOperationCountRejected() {
        respondWith(tasksInfo(ok("")).replace("</get-tasks-info>", "</get-tasks-info><get-tasks-info>"
                + ok("") + "</get-tasks-info>"));

        assertThatThrownBy(this::listServerTasks)
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessage("Plesk server 'test-plesk' sent an unusable response: the packet has 2 get-tasks-info"
                        + " elements for 1 sent.");
    }

    @Test
    void missingOperatorRejected() {
        respondWith("<packet version=\"1.6.9.0\"><server><get_protos/></server></packet>");

        assertThatThrownBy(this::listServerTasks)
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessage("Plesk server 'test-plesk' sent an unusable response: the packet has no backup-manager"
                        + " element.");
    }

    @Test
    void foreignRootElementRejected() {
        respondWith("<?xml version=\"1.0\"?><response><status>ok</status></response>");

        assertThatThrownBy(this::listServerTasks)
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessage("Plesk server 'test-plesk' sent an unusable response: its root element is <response>, not"
                        + " a Plesk <packet>; check the URL.");
    }

    @Test
    void unexpectedResultStatusRejected() {
        respondWith(tasksInfo("<result><status>partial</status></result>"));

        assertThatThrownBy(this::listServerTasks)
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessage("Plesk server 'test-plesk' sent an unusable response: get-tasks-info has result status"
                        + " 'partial', neither ok nor error.");
    }

    @Test
    void nonNumericErrorCodeRejected() {
        respondWith(tasksInfo("<result><status>error</status><errcode>E42</errcode><errtext>x</errtext></result>"));

        assertThatThrownBy(this::listServerTasks)
                .isInstanceOf(PleskMalformedResponseException.class)
                .hasMessage("Plesk server 'test-plesk' sent an unusable response: an error for get-tasks-info has no"
                        + " numeric errcode ('E42').");
    }
}
