package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responses that try XML external entities or entity expansion. The client rejects any DOCTYPE, so no entity is
 * resolved or expanded and the marker text of the local file never reaches a message.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class XmlEntityTest {

    private static final String MARKER = "XXE-MARKER-81f4c2";

    @TempDir
    Path folder;

    private Path secretFile;
    private PleskSimulator simulator;
    private PleskClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        secretFile = folder.resolve("secret.txt");
        Files.writeString(secretFile, MARKER, StandardCharsets.UTF_8);
        simulator = SimulatorClients.simulator(new ManualClock(START)).start();
        client = SimulatorClients.client(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private PleskMalformedResponseException rejection(String body) {
        simulator.faults().next(Fault.rawResponse(200, "text/xml", body));
        return catchThrowableOfType(PleskMalformedResponseException.class, () -> client.getTask("1"));
    }

    private static void assertDoctypeRejected(PleskMalformedResponseException e) {
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getCause()).isNull();
        assertThat(e).hasMessage("Plesk server 'test-plesk' sent an unusable response: it contains a DOCTYPE"
                + " declaration, which Plesk never sends; it was refused to guard against XML external entity"
                + " attacks.");
        assertThat(e.getMessage()).doesNotContain(MARKER);
        assertThat(e.toString()).doesNotContain(MARKER);
    }

    @Test
    void externalEntityRejected() {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE packet [<!ENTITY leak SYSTEM \"" + secretFile.toUri()
                + "\">]>\n<packet version=\"1.6.9.0\"><backup-manager><get-tasks-info><result><status>error</status>"
                + "<errcode>1013</errcode><errtext>&leak;</errtext></result></get-tasks-info></backup-manager>"
                + "</packet>";

        assertDoctypeRejected(rejection(body));
    }

    @Test
    void externalEntityInTaskRejected() {
        String body = "<!DOCTYPE packet [<!ENTITY leak SYSTEM \"" + secretFile.toUri() + "\">]>"
                + "<packet><backup-manager><get-tasks-info><result><status>ok</status><task><server/><id>1</id>"
                + "<status>&leak;</status></task></result></get-tasks-info></backup-manager></packet>";

        assertDoctypeRejected(rejection(body));
    }

    @Test
    void parameterEntityRejected() {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE packet [<!ENTITY % file SYSTEM \"" + secretFile.toUri()
                + "\"><!ENTITY % wrap \"<!ENTITY leak '%file;'>\">%wrap;]>\n<packet><system><status>error</status>"
                + "<errcode>1002</errcode><errtext>&leak;</errtext></system></packet>";

        assertDoctypeRejected(rejection(body));
    }

    @Test
    void billionLaughsRejected() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE packet [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 10; level++) {
            doctype.append("<!ENTITY lol").append(level).append(" \"");
            for (int i = 0; i < 10; i++) {
                doctype.append("&lol").append(level - 1).append(';');
            }
            doctype.append("\">");
        }
        doctype.append("]>");
        String body = "<?xml version=\"1.0\"?>" + doctype + "<packet><system><status>error</status>"
                + "<errcode>1002</errcode><errtext>&lol10;</errtext></system></packet>";

        PleskMalformedResponseException e = rejection(body);

        assertDoctypeRejected(e);
        assertThat(e.getMessage()).doesNotContain("lollol");
    }

    @Test
    void doctypeAfterLongCommentRejected() {
        String body = "<?xml version=\"1.0\"?><!--" + "padding ".repeat(1000) + "-->"
                + "<!DOCTYPE packet [<!ENTITY leak SYSTEM \"" + secretFile.toUri() + "\">]>"
                + "<packet><system><status>error</status><errcode>1002</errcode><errtext>&leak;</errtext></system>"
                + "</packet>";

        assertDoctypeRejected(rejection(body));
    }

    @Test
    void doctypeInErrorResponseNotResolved() {
        String body = "<!DOCTYPE packet [<!ENTITY leak SYSTEM \"" + secretFile.toUri() + "\">]>"
                + "<packet><system><status>error</status><errcode>1002</errcode><errtext>&leak;</errtext></system>"
                + "</packet>";
        simulator.faults().next(Fault.rawResponse(500, "text/xml", body));

        PleskHttpStatusException e = catchThrowableOfType(PleskHttpStatusException.class, () -> client.getTask("1"));

        assertThat(e.getStatusCode()).isEqualTo(500);
        assertThat(e.getMessage()).doesNotContain(MARKER);
    }

    @Test
    void undeclaredEntityIsMalformed() {
        PleskMalformedResponseException e = rejection("<packet><system><status>error</status><errcode>1002</errcode>"
                + "<errtext>&leak;</errtext></system></packet>");

        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).startsWith("Plesk server 'test-plesk' sent an unusable response: the XML is"
                + " truncated or not well-formed (line 1").doesNotContain(MARKER);
    }
}
