package io.jenkins.plugins.pleskbackup.simulator;

import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_LOGIN;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.ADMIN_PASSWORD;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.backupManager;
import static io.jenkins.plugins.pleskbackup.simulator.AgentClient.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jenkins.plugins.pleskbackup.testing.PleskSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the simulator rejects what Plesk's schema validation rejects, with error 1014 naming the element, and
 * accepts what it accepts. Each table is also run through {@code agent_input.xsd}, so a wrong expectation in the
 * table fails as well.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestValidationTest {

    private static final String ERRTEXT_START = "Parser error: Request is invalid. Error in line ";

    private static PleskSimulator simulator;
    private static AgentClient client;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD)
                .reseller(1, "acme")
                .customer(7, "jdoe")
                .webspace(12, "example.com", 7)
                .task(TaskDefinition.builder(5, TaskOwner.webspace(12)).build())
                .start();
        client = new AgentClient(simulator);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    static Stream<Arguments> invalidPackets() {
        return Stream.of(
                arguments("two filters", tasksInfo("<customer-id>7</customer-id><webspace-id>12</webspace-id>"),
                        "Element 'webspace-id': This element is not expected."),
                arguments("id zero", tasksInfo("<webspace-id>0</webspace-id>"),
                        "Element 'webspace-id': '0' is not a valid value of the atomic type 'id_type'."),
                arguments("empty id", tasksInfo("<customer-id></customer-id>"),
                        "Element 'customer-id': '' is not a valid value of the atomic type 'id_type'."),
                arguments("negative id", tasksInfo("<reseller-id>-3</reseller-id>"),
                        "Element 'reseller-id': '-3' is not a valid value of the atomic type 'id_type'."),
                arguments("non-numeric id", tasksInfo("<webspace-id>abc</webspace-id>"),
                        "Element 'webspace-id': 'abc' is not a valid value of the atomic type 'id_type'."),
                arguments("non-numeric task id", tasksInfo("<task-id>abc</task-id>"),
                        "Element 'task-id': 'abc' is not a valid value of the atomic type 'BackupTaskIdType'."),
                arguments("empty task id", tasksInfo("<task-id/>"),
                        "Element 'task-id': '' is not a valid value of the atomic type 'BackupTaskIdType'."),
                arguments("task id with plus sign", tasksInfo("<task-id>+5</task-id>"),
                        "Element 'task-id': '+5' is not a valid value of the atomic type 'BackupTaskIdType'."),
                arguments("blank webspace name", tasksInfo("<webspace-name>   </webspace-name>"),
                        "Element 'webspace-name': '' is not a valid value of the atomic type 'domainName'."),
                arguments("unknown filter", tasksInfo("<foo/>"),
                        "Element 'foo': This element is not expected."),
                arguments("text in get-tasks-info", tasksInfo("7"),
                        "Element 'get-tasks-info': Character content other than whitespace is not allowed"),
                arguments("element in simple type", tasksInfo("<task-id><id>5</id></task-id>"),
                        "Element 'task-id': Element content is not allowed, because the type definition is simple."),
                arguments("attribute on operation", backupManager("<get-tasks-info id=\"1\"/>"),
                        "Element 'get-tasks-info', attribute 'id': The attribute 'id' is not allowed."),
                arguments("unknown operation", backupManager("<get-backup-status/>"),
                        "Element 'get-backup-status': This element is not expected."),
                arguments("empty operator", backupManager(""),
                        "Element 'backup-manager': Missing child element(s)."),
                arguments("description before local",
                        backupManager("<backup-server><description>d</description><local/></backup-server>"),
                        "Element 'description': This element is not expected. Expected is one of ( local, remote )."),
                arguments("prefix after description",
                        backupManager("<backup-server><local/><description>d</description><prefix>p</prefix>"
                                + "</backup-server>"),
                        "Element 'prefix': This element is not expected."),
                arguments("missing description", backupManager("<backup-server><local/></backup-server>"),
                        "Element 'backup-server': Missing child element(s). Expected is ( description )."),
                arguments("missing webspace",
                        backupManager("<backup-webspace><local/><description>d</description></backup-webspace>"),
                        "Element 'local': This element is not expected. Expected is one of ( webspace-id,"
                                + " webspace-name )."),
                arguments("local and remote",
                        backupManager("<backup-server><local/><remote>ftp</remote><description>d</description>"
                                + "</backup-server>"),
                        "Element 'remote': This element is not expected. Expected is ( description )."),
                arguments("only-hosting and only-mail",
                        backupManager("<backup-server><local/><description>d</description><only-hosting/>"
                                + "<only-mail/></backup-server>"),
                        "Element 'only-mail': This element is not expected."),
                arguments("text in local",
                        backupManager("<backup-server><local>yes</local><description>d</description></backup-server>"),
                        "Element 'local': Character content is not allowed, because the content type is empty."),
                arguments("split size not a number",
                        backupManager("<backup-server><local/><description>d</description>"
                                + "<split-size>big</split-size></backup-server>"),
                        "Element 'split-size': 'big' is not a valid value of the atomic type 'int'."),
                arguments("stop without task id", backupManager("<stop-backup/>"),
                        "Element 'stop-backup': Missing child element(s). Expected is ( task-id )."),
                arguments("child in get_protos", packet("1.6.9.0", "<server><get_protos><all/></get_protos></server>"),
                        "Element 'all': This element is not expected."),
                arguments("whitespace in get_protos", packet("1.6.9.0", "<server><get_protos> </get_protos></server>"),
                        "Element 'get_protos': Character content is not allowed, because the content type is empty."),
                arguments("unknown operator", packet("1.6.9.0", "<client><get/></client>"),
                        "Element 'client': This element is not expected."),
                arguments("empty packet", packet("1.6.9.0", ""),
                        "Element 'packet': Missing child element(s)."),
                arguments("unknown packet attribute",
                        "<packet version=\"1.6.9.0\" lang=\"en\"><server><get_protos/></server></packet>",
                        "Element 'packet', attribute 'lang': The attribute 'lang' is not allowed."),
                arguments("wrong root element", "<pakket version=\"1.6.9.0\"><server><get_protos/></server></pakket>",
                        "Element 'pakket': No matching global declaration available for the validation root."));
    }

    static Stream<Arguments> validPackets() {
        return Stream.of(
                arguments("no filter", tasksInfo("")),
                arguments("server filter", tasksInfo("<server/>")),
                arguments("server filter with text", tasksInfo("<server>any content</server>")),
                arguments("webspace id", tasksInfo("<webspace-id>12</webspace-id>")),
                arguments("webspace name in CDATA", tasksInfo("<webspace-name><![CDATA[example.com]]></webspace-name>")),
                arguments("customer login", tasksInfo("<customer-login>jdoe</customer-login>")),
                arguments("reseller login", tasksInfo("<reseller-login>acme</reseller-login>")),
                arguments("negative task id", tasksInfo("<task-id>-5</task-id>")),
                arguments("whitespace and comments",
                        tasksInfo("\n  <!-- the task -->\n  <task-id>\n 5 \n</task-id>\n")),
                arguments("backup-server with every option",
                        backupManager("<backup-server><local/><prefix>p</prefix><description>d</description>"
                                + "<split-size>1024</split-size><only-hosting/><only-configuration/></backup-server>")),
                arguments("split size beyond 32 bits",
                        backupManager("<backup-server><local/><description>d</description>"
                                + "<split-size>3000000000</split-size></backup-server>")),
                arguments("backup-webspace to ftp",
                        backupManager("<backup-webspace><webspace-name>example.com</webspace-name><remote>ftp</remote>"
                                + "<description/><only-mail/></backup-webspace>")),
                arguments("backup-customer with untyped id",
                        backupManager("<backup-customer><customer-id>abc</customer-id><local/>"
                                + "<description>d</description></backup-customer>")),
                arguments("backup-reseller",
                        backupManager("<backup-reseller><reseller-login>acme</reseller-login><local/>"
                                + "<description>d</description></backup-reseller>")),
                arguments("stop-backup", backupManager("<stop-backup><task-id>5</task-id></stop-backup>")),
                arguments("get-supported-protocols", backupManager("<get-supported-protocols/>")),
                arguments("get_protos", packet("1.6.9.0", "<server><get_protos/></server>")),
                arguments("request settings",
                        packet("1.6.9.0", "<request-settings><setting><name>a</name></setting></request-settings>"
                                + "<server><get_protos/></server>")));
    }

    private static String tasksInfo(String filter) {
        return backupManager("<get-tasks-info>" + filter + "</get-tasks-info>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPackets")
    void invalidPacketGets1014(String name, String packet, String expectedDetail) throws Exception {
        AgentResponse response = client.postAsAdministrator(packet);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.systemErrorCode()).isEqualTo("1014");
        assertThat(response.systemErrorText()).startsWith(ERRTEXT_START).contains(expectedDetail);
        assertThat(response.childNames("/packet")).containsExactly("system");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPackets")
    void schemaRejectsInvalidPacket(String name, String packet, String expectedDetail) {
        PleskSchemas.assumeSchemasPresent();

        assertThat(PleskSchemas.requestErrors(packet.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPackets")
    void validPacketAccepted(String name, String packet) throws Exception {
        AgentResponse response = client.postAsAdministrator(packet);

        assertThat(response.systemErrorCode()).as(response.toString()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPackets")
    void schemaAcceptsValidPacket(String name, String packet) {
        PleskSchemas.assumeSchemasPresent();

        PleskSchemas.validateRequest(packet.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void untypedCustomerIdGets1013() throws Exception {
        AgentResponse response = client.postAsAdministrator(backupManager("<backup-customer><customer-id>abc"
                + "</customer-id><local/><description>d</description></backup-customer>"));

        assertThat(response.text("/packet/backup-manager/backup-customer/result/errcode")).isEqualTo("1013");
        assertThat(response.text("/packet/backup-manager/backup-customer/result/errtext"))
                .isEqualTo("client does not exist.");
    }

    @Test
    void errtextNamesLineOfElement() throws Exception {
        String packet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<packet version=\"1.6.9.0\">\n"
                + "  <backup-manager>\n"
                + "    <get-tasks-info>\n"
                + "      <foo/>\n"
                + "    </get-tasks-info>\n"
                + "  </backup-manager>\n"
                + "</packet>\n";

        AgentResponse response = client.postAsAdministrator(packet);

        assertThat(response.systemErrorText())
                .isEqualTo(ERRTEXT_START + "5: Element 'foo': This element is not expected.");
    }

    @Test
    void malformedXmlGets1014() throws Exception {
        AgentResponse response = client.postAsAdministrator(
                "<?xml version=\"1.0\"?>\n<packet version=\"1.6.9.0\">\n<backup-manager></packet>");

        assertThat(response.systemErrorCode()).isEqualTo("1014");
        assertThat(response.systemErrorText()).startsWith(ERRTEXT_START + "3: ");
    }

    @Test
    void emptyBodyGets1014() throws Exception {
        AgentResponse response = client.postAsAdministrator("");

        assertThat(response.systemErrorCode()).isEqualTo("1014");
    }

    @Test
    void doctypeWithExternalEntityRejected(@TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "XXE-MARKER-CONTENT");
        String packet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE packet [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<packet version=\"1.6.9.0\"><backup-manager><get-tasks-info><webspace-name>&leak;</webspace-name>"
                + "</get-tasks-info></backup-manager></packet>";

        AgentResponse response = client.postAsAdministrator(packet);

        assertThat(response.systemErrorCode()).isEqualTo("1014");
        assertThat(response.systemErrorText()).contains("DOCTYPE");
        assertThat(response.bodyText()).doesNotContain("XXE-MARKER-CONTENT");
    }

    @Test
    void entityExpansionRejected() throws Exception {
        String packet = "<?xml version=\"1.0\"?>\n<!DOCTYPE packet [\n"
                + "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaa\">\n"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                + "]>\n<packet><backup-manager><get-tasks-info><customer-login>&c;</customer-login>"
                + "</get-tasks-info></backup-manager></packet>";

        AgentResponse response = client.postAsAdministrator(packet);

        assertThat(response.systemErrorCode()).isEqualTo("1014");
        assertThat(response.bodyText()).doesNotContain("aaaaaaaaaaaaaaaaaaaa");
    }

    @Test
    void undeclaredEntityRejected() throws Exception {
        AgentResponse response = client.postAsAdministrator(tasksInfo("<customer-login>&nobody;</customer-login>"));

        assertThat(response.systemErrorCode()).isEqualTo("1014");
    }
}
