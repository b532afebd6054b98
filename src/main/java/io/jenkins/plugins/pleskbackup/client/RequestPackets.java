package io.jenkins.plugins.pleskbackup.client;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Builds request packets with the JDK's XML writer, so every value is escaped, in the element order of Plesk's
 * schemas ({@code backup.xsd}, {@code server_input.xsd}). Plesk validates each packet against the schema set of its
 * {@code version} attribute and rejects anything out of order with error 1014. Packets are compact UTF-8 with an XML
 * declaration.
 */
final class RequestPackets {

    private static final XMLOutputFactory OUTPUT_FACTORY = XMLOutputFactory.newFactory();

    private RequestPackets() {
    }

    /** Writes one {@code get-tasks-info} operation per filter, all in one {@code backup-manager} element. */
    static byte[] tasksInfo(String protocolVersion, List<TaskFilter> filters) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("At least one filter is needed for get-tasks-info.");
        }
        return write(protocolVersion, "backup-manager", xml -> {
            for (TaskFilter filter : filters) {
                xml.writeStartElement("get-tasks-info");
                if (filter.taskId() != null) {
                    writeElement(xml, "task-id", filter.taskId());
                } else if (filter.owner() != null) {
                    writeTarget(xml, filter.owner());
                }
                xml.writeEndElement();
            }
        });
    }

    /** Writes a {@code backup-server}, {@code backup-reseller}, {@code backup-customer} or {@code backup-webspace} operation. */
    static byte[] backup(String protocolVersion, BackupRequest request) {
        return write(protocolVersion, "backup-manager", xml -> {
            xml.writeStartElement(request.operationName());
            if (request.target().kind() != BackupTarget.Kind.SERVER) {
                writeTarget(xml, request.target());
            }
            if (request.storage() == BackupRequest.Storage.FTP) {
                writeElement(xml, "remote", "ftp");
            } else {
                xml.writeEmptyElement("local");
            }
            if (request.prefix() != null) {
                writeElement(xml, "prefix", request.prefix());
            }
            writeElement(xml, "description", request.description());
            if (request.splitSizeKilobytes() != null) {
                writeElement(xml, "split-size", Integer.toString(request.splitSizeKilobytes()));
            }
            if (request.content() == BackupRequest.Content.ONLY_HOSTING) {
                xml.writeEmptyElement("only-hosting");
            } else if (request.content() == BackupRequest.Content.ONLY_MAIL) {
                xml.writeEmptyElement("only-mail");
            }
            if (request.onlyConfiguration()) {
                xml.writeEmptyElement("only-configuration");
            }
            xml.writeEndElement();
        });
    }

    static byte[] stopBackup(String protocolVersion, String taskId) {
        return write(protocolVersion, "backup-manager", xml -> {
            xml.writeStartElement("stop-backup");
            writeElement(xml, "task-id", taskId);
            xml.writeEndElement();
        });
    }

    /**
     * A {@code server/get_protos} packet. It carries no {@code version} attribute on purpose: Plesk then applies its
     * newest schema set, so the call also works when the configured version is one the server rejects, which is
     * exactly when the caller needs the list.
     */
    static byte[] getProtos() {
        return write(null, "server", xml -> xml.writeEmptyElement("get_protos"));
    }

    private static void writeTarget(XMLStreamWriter xml, BackupTarget target) throws XMLStreamException {
        if (target.kind() == BackupTarget.Kind.SERVER) {
            xml.writeEmptyElement("server");
        } else {
            writeElement(xml, target.kind().element(), target.value());
        }
    }

    private static void writeElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        requireXmlCharacters(name, text);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Rejects control characters: the XML writer escapes markup but would pass them through, and no XML parser accepts them. */
    private static void requireXmlCharacters(String name, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException("The value for " + name + " contains the control character U+"
                        + String.format("%04X", (int) c) + ", which XML cannot carry; remove it.");
            }
        }
    }

    private static byte[] write(String protocolVersion, String operator, OperationWriter operations) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try {
            XMLStreamWriter xml = OUTPUT_FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("packet");
            if (protocolVersion != null) {
                xml.writeAttribute("version", protocolVersion);
            }
            xml.writeStartElement(operator);
            operations.write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a Plesk request packet", e);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface OperationWriter {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
