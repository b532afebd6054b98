package io.jenkins.plugins.pleskbackup.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PleskSchemasTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validRequestAccepted() {
        PleskSchemas.assumeSchemasPresent();

        PleskSchemas.validateRequest(utf8("<packet version=\"1.6.9.0\"><backup-manager><get-tasks-info>"
                + "<task-id>5</task-id></get-tasks-info></backup-manager></packet>"));
    }

    @Test
    void invalidRequestFailsWithValidatorMessage() {
        PleskSchemas.assumeSchemasPresent();
        byte[] packet = utf8("<packet><backup-manager><get-tasks-info><task-id>x</task-id></get-tasks-info>"
                + "</backup-manager></packet>");

        assertThatThrownBy(() -> PleskSchemas.validateRequest(packet))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Packet does not match agent_input.xsd:")
                .hasMessageContaining("line 1: cvc-pattern-valid");
    }

    @Test
    void invalidResponseFailsWithValidatorMessage() {
        PleskSchemas.assumeSchemasPresent();
        byte[] packet = utf8("<packet version=\"1.6.9.1\"><system><status>broken</status></system></packet>");

        assertThatThrownBy(() -> PleskSchemas.validateResponse(packet))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Packet does not match agent_output.xsd:")
                .hasMessageContaining("broken");
    }

    @Test
    void doctypeInPacketRejected() {
        PleskSchemas.assumeSchemasPresent();
        byte[] packet = utf8("<?xml version=\"1.0\"?><!DOCTYPE packet [<!ENTITY x \"y\">]>"
                + "<packet><server><get_protos/></server></packet>");

        assertThat(PleskSchemas.requestErrors(packet)).singleElement().asString().contains("DOCTYPE");
    }

    @Test
    void missingFolderSkipsWithPropertyAndFolder() {
        String previous = System.getProperty(PleskSchemas.XSD_DIR_PROPERTY);
        String missing = Path.of("no-such-folder-for-plesk-schemas").toAbsolutePath().toString();
        System.setProperty(PleskSchemas.XSD_DIR_PROPERTY, missing);
        try {
            assertThatThrownBy(PleskSchemas::assumeSchemasPresent)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining(PleskSchemas.XSD_DIR_PROPERTY)
                    .hasMessageContaining(missing);
        } finally {
            if (previous == null) {
                System.clearProperty(PleskSchemas.XSD_DIR_PROPERTY);
            } else {
                System.setProperty(PleskSchemas.XSD_DIR_PROPERTY, previous);
            }
        }
    }
}
