package io.jenkins.plugins.pleskbackup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** The exact bytes of every request packet the client builds. */
class RequestPacketsTest {

    private static final String VERSION = "1.6.9.0";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** Wraps operations in the {@code packet} and {@code backup-manager} elements, as the client writes them. */
    private static String backupManager(String operations) {
        return DECLARATION + "<packet version=\"" + VERSION + "\"><backup-manager>" + operations
                + "</backup-manager></packet>";
    }

    private static String text(byte[] packet) {
        return new String(packet, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(TaskFilter.none(), "<get-tasks-info></get-tasks-info>"),
                Arguments.of(TaskFilter.taskId("5472"), "<get-tasks-info><task-id>5472</task-id></get-tasks-info>"),
                Arguments.of(TaskFilter.owner(BackupTarget.server()), "<get-tasks-info><server/></get-tasks-info>"),
                Arguments.of(TaskFilter.owner(BackupTarget.customerId("7")),
                        "<get-tasks-info><customer-id>7</customer-id></get-tasks-info>"),
                Arguments.of(TaskFilter.owner(BackupTarget.customerLogin("jdoe")),
                        "<get-tasks-info><customer-login>jdoe</customer-login></get-tasks-info>"),
                Arguments.of(TaskFilter.owner(BackupTarget.resellerId("3")),
                        "<get-tasks-info><reseller-id>3</reseller-id></get-tasks-info>"),
                Arguments.of(TaskFilter.owner(BackupTarget.resellerLogin("acme-hosting")),
                        "<get-tasks-info><reseller-login>acme-hosting</reseller-login></get-tasks-info>"),
                Arguments.of(TaskFilter.owner(BackupTarget.webspaceId("12")),
                        "<get-tasks-info><webspace-id>12</webspace-id></get-tasks-info>"),
                Arguments.of(TaskFilter.owner(BackupTarget.webspaceName("example.com")),
                        "<get-tasks-info><webspace-name>example.com</webspace-name></get-tasks-info>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void tasksInfoForEachFilter(TaskFilter filter, String operation) {
        byte[] packet = RequestPackets.tasksInfo(VERSION, List.of(filter));

        assertThat(text(packet)).isEqualTo(backupManager(operation));
    }

    @Test
    void tasksInfoBatchKeepsFilterOrder() {
        byte[] packet = RequestPackets.tasksInfo(VERSION, List.of(TaskFilter.taskId("5472"),
                TaskFilter.owner(BackupTarget.server()), TaskFilter.none()));

        assertThat(text(packet)).isEqualTo(backupManager("<get-tasks-info><task-id>5472</task-id></get-tasks-info>"
                + "<get-tasks-info><server/></get-tasks-info>"
                + "<get-tasks-info></get-tasks-info>"));
    }

    @Test
    void tasksInfoCarriesConfiguredVersion() {
        byte[] packet = RequestPackets.tasksInfo("1.6.3.0", List.of(TaskFilter.none()));

        assertThat(text(packet)).startsWith(DECLARATION + "<packet version=\"1.6.3.0\"><backup-manager>");
    }

    @Test
    void tasksInfoWithoutFilterRejected() {
        assertThatThrownBy(() -> RequestPackets.tasksInfo(VERSION, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("At least one filter is needed for get-tasks-info.");
    }

    @Test
    void backupServerWithDefaults() {
        byte[] packet = RequestPackets.backup(VERSION, BackupRequest.builder(BackupTarget.server()).build());

        assertThat(text(packet)).isEqualTo(backupManager(
                "<backup-server><local/><description>Backup started by plesk-backup</description></backup-server>"));
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of(BackupTarget.server(), "backup-server", ""),
                Arguments.of(BackupTarget.resellerId("3"), "backup-reseller", "<reseller-id>3</reseller-id>"),
                Arguments.of(BackupTarget.resellerLogin("acme-hosting"), "backup-reseller",
                        "<reseller-login>acme-hosting</reseller-login>"),
                Arguments.of(BackupTarget.customerId("7"), "backup-customer", "<customer-id>7</customer-id>"),
                Arguments.of(BackupTarget.customerLogin("jdoe"), "backup-customer",
                        "<customer-login>jdoe</customer-login>"),
                Arguments.of(BackupTarget.webspaceId("12"), "backup-webspace", "<webspace-id>12</webspace-id>"),
                Arguments.of(BackupTarget.webspaceName("example.com"), "backup-webspace",
                        "<webspace-name>example.com</webspace-name>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void backupWithEveryOption(BackupTarget target, String operation, String targetElement) {
        BackupRequest request = BackupRequest.builder(target)
                .storage(BackupRequest.Storage.FTP)
                .prefix("nightly_")
                .description("Before release 4.2")
                .splitSizeKilobytes(2048)
                .content(BackupRequest.Content.ONLY_MAIL)
                .onlyConfiguration(true)
                .build();

        byte[] packet = RequestPackets.backup(VERSION, request);

        assertThat(request.operationName()).isEqualTo(operation);
        assertThat(text(packet)).isEqualTo(backupManager("<" + operation + ">" + targetElement
                + "<remote>ftp</remote><prefix>nightly_</prefix><description>Before release 4.2</description>"
                + "<split-size>2048</split-size><only-mail/><only-configuration/></" + operation + ">"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void backupWithDefaults(BackupTarget target, String operation, String targetElement) {
        byte[] packet = RequestPackets.backup(VERSION, BackupRequest.builder(target).build());

        assertThat(text(packet)).isEqualTo(backupManager("<" + operation + ">" + targetElement
                + "<local/><description>Backup started by plesk-backup</description></" + operation + ">"));
    }

    @Test
    void backupOnlyHosting() {
        BackupRequest request = BackupRequest.builder(BackupTarget.webspaceId("1"))
                .content(BackupRequest.Content.ONLY_HOSTING)
                .build();

        byte[] packet = RequestPackets.backup(VERSION, request);

        assertThat(text(packet)).isEqualTo(backupManager("<backup-webspace><webspace-id>1</webspace-id><local/>"
                + "<description>Backup started by plesk-backup</description><only-hosting/></backup-webspace>"));
    }

    @Test
    void backupSplitSizeZeroOmitted() {
        BackupRequest request = BackupRequest.builder(BackupTarget.server()).splitSizeKilobytes(0).build();

        byte[] packet = RequestPackets.backup(VERSION, request);

        assertThat(request.splitSizeKilobytes()).isNull();
        assertThat(text(packet)).doesNotContain("split-size");
    }

    @Test
    void stopBackupPacket() {
        byte[] packet = RequestPackets.stopBackup(VERSION, "5472");

        assertThat(text(packet)).isEqualTo(backupManager("<stop-backup><task-id>5472</task-id></stop-backup>"));
    }

    @Test
    void getProtosHasNoVersion() {
        byte[] packet = RequestPackets.getProtos();

        assertThat(text(packet)).isEqualTo(DECLARATION + "<packet><server><get_protos/></server></packet>");
    }

    @Test
    void markupEscapedInLogin() throws Exception {
        String login = "a<b&c>\"d'e";
        byte[] packet = RequestPackets.tasksInfo(VERSION,
                List.of(TaskFilter.owner(BackupTarget.customerLogin(login))));

        assertThat(text(packet)).isEqualTo(backupManager(
                "<get-tasks-info><customer-login>a&lt;b&amp;c&gt;\"d'e</customer-login></get-tasks-info>"));
        assertThat(parse(packet).getElementsByTagName("customer-login").item(0).getTextContent()).isEqualTo(login);
    }

    @Test
    void markupEscapedInResellerLogin() throws Exception {
        String login = "<reseller-id>1</reseller-id>";
        BackupRequest request = BackupRequest.builder(BackupTarget.resellerLogin(login)).build();

        byte[] packet = RequestPackets.backup(VERSION, request);

        assertThat(text(packet)).contains("<reseller-login>&lt;reseller-id&gt;1&lt;/reseller-id&gt;</reseller-login>");
        assertThat(parse(packet).getElementsByTagName("reseller-login").item(0).getTextContent()).isEqualTo(login);
        assertThat(parse(packet).getElementsByTagName("reseller-id").getLength()).isZero();
    }

    @Test
    void markupEscapedInWebspaceNameDescriptionAndPrefix() throws Exception {
        BackupRequest request = BackupRequest.builder(BackupTarget.webspaceName("x&y<z>.example"))
                .prefix("p<&>\"'")
                .description("Before \"release\" <4.2> & 'hotfix'")
                .build();

        byte[] packet = RequestPackets.backup(VERSION, request);

        assertThat(text(packet)).isEqualTo(backupManager("<backup-webspace>"
                + "<webspace-name>x&amp;y&lt;z&gt;.example</webspace-name><local/>"
                + "<prefix>p&lt;&amp;&gt;\"'</prefix>"
                + "<description>Before \"release\" &lt;4.2&gt; &amp; 'hotfix'</description></backup-webspace>"));
        Document document = parse(packet);
        assertThat(document.getElementsByTagName("webspace-name").item(0).getTextContent())
                .isEqualTo("x&y<z>.example");
        assertThat(document.getElementsByTagName("prefix").item(0).getTextContent()).isEqualTo("p<&>\"'");
        assertThat(document.getElementsByTagName("description").item(0).getTextContent())
                .isEqualTo("Before \"release\" <4.2> & 'hotfix'");
    }

    @Test
    void nonAsciiWrittenAsUtf8() {
        byte[] packet = RequestPackets.backup(VERSION, BackupRequest.builder(BackupTarget.customerLogin("jürgen"))
                .description("Sicherung für Köln ✓").build());

        assertThat(text(packet)).contains("<customer-login>jürgen</customer-login>")
                .contains("<description>Sicherung für Köln ✓</description>");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0xFFFE, 0xFFFF})
    void controlCharacterInDescriptionRejected(int codePoint) {
        BackupRequest request = BackupRequest.builder(BackupTarget.server())
                .description("before" + (char) codePoint + "after")
                .build();

        assertThatThrownBy(() -> RequestPackets.backup(VERSION, request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The value for description contains the control character U+%04X, which XML cannot"
                        + " carry; remove it.", codePoint);
    }

    @Test
    void controlCharacterInLoginRejected() {
        TaskFilter filter = TaskFilter.owner(BackupTarget.customerLogin("jdoe\u0007"));

        assertThatThrownBy(() -> RequestPackets.tasksInfo(VERSION, List.of(filter)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The value for customer-login contains the control character U+0007, which XML cannot"
                        + " carry; remove it.");
    }

    @Test
    void controlCharacterInPrefixRejected() {
        BackupRequest request = BackupRequest.builder(BackupTarget.server()).prefix("nightly\u0000_").build();

        assertThatThrownBy(() -> RequestPackets.backup(VERSION, request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The value for prefix contains the control character U+0000");
    }

    @Test
    void tabAndNewlineKept() throws Exception {
        String description = "line one\n\tline two";
        byte[] packet = RequestPackets.backup(VERSION, BackupRequest.builder(BackupTarget.server())
                .description(description).build());

        assertThat(parse(packet).getElementsByTagName("description").item(0).getTextContent())
                .isEqualTo(description);
    }

    private static Document parse(byte[] packet) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(packet));
    }
}
