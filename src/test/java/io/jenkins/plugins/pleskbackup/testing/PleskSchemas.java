package io.jenkins.plugins.pleskbackup.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates packets against Plesk's XML API schemas ({@code agent_input.xsd} for requests, {@code agent_output.xsd}
 * for responses) from the folder in system property {@value #XSD_DIR_PROPERTY}, which the build sets. Each schema is
 * compiled once per JVM. Schema includes may only be read from {@code file:} locations, and DTDs are rejected in both
 * the schemas and the validated packets. The schemas do not check the packet's {@code version} attribute.
 */
public final class PleskSchemas {

    /** System property with the folder that contains {@code agent_input.xsd}, {@code agent_output.xsd} and includes. */
    public static final String XSD_DIR_PROPERTY = "plesk.xsd.dir";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private PleskSchemas() {
    }

    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    /** Skips the calling test, with a message naming the property and folder, when the schema folder is absent. */
    public static void assumeSchemasPresent() {
        String folder = System.getProperty(XSD_DIR_PROPERTY);
        boolean present = folder != null && Files.isDirectory(Path.of(folder));
        String reason = "Plesk XML API schemas not found: system property " + XSD_DIR_PROPERTY + " is "
                + (folder == null ? "not set" : "'" + folder + "', which is not a folder")
                + "; point it at the folder with agent_input.xsd and agent_output.xsd";
        if (!present && SKIP_REPORTED.compareAndSet(false, true)) {
            // Surefire shows a skip's reason only in its reports, so the reason is printed once in the build output.
            System.err.println("Schema conformance tests are skipped. " + reason + ".");
        }
        assumeTrue(present, reason);
    }

    /** Fails with the validator's messages unless the request packet matches {@code agent_input.xsd}. */
    public static void validateRequest(byte[] packet) {
        failOnErrors("agent_input.xsd", packet, requestErrors(packet));
    }

    /** Fails with the validator's messages unless the response packet matches {@code agent_output.xsd}. */
    public static void validateResponse(byte[] packet) {
        failOnErrors("agent_output.xsd", packet, responseErrors(packet));
    }

    /** Returns the validator's messages for a request packet, or an empty list if it is valid. */
    public static List<String> requestErrors(byte[] packet) {
        return validate(InputSchema.SCHEMA, packet);
    }

    /** Returns the validator's messages for a response packet, or an empty list if it is valid. */
    public static List<String> responseErrors(byte[] packet) {
        return validate(OutputSchema.SCHEMA, packet);
    }

    private static void failOnErrors(String schemaName, byte[] packet, List<String> errors) {
        if (!errors.isEmpty()) {
            throw new AssertionError("Packet does not match " + schemaName + ":\n  " + String.join("\n  ", errors)
                    + "\nPacket:\n" + new String(packet, StandardCharsets.UTF_8));
        }
    }

    private static List<String> validate(Schema schema, byte[] packet) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new CollectingErrorHandler(errors));
            // The JDK's validator ignores disallow-doctype-decl for a StreamSource, so the packet is read by a parser
            // that rejects DTDs itself.
            validator.validate(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(packet))));
        } catch (SAXParseException e) {
            // The error handler has recorded the fatal error that ended validation.
        } catch (SAXException | IOException e) {
            errors.add(e.toString());
        }
        return errors;
    }

    private static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's SAX parser rejects the safe settings", e);
        }
    }

    private static Schema compile(String fileName) {
        String folder = System.getProperty(XSD_DIR_PROPERTY);
        if (folder == null) {
            throw new IllegalStateException("System property " + XSD_DIR_PROPERTY + " is not set; call"
                    + " assumeSchemasPresent() first");
        }
        Path file = Path.of(folder, fileName);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Secure processing first, because enabling it resets the external access properties to "none".
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setFeature(DISALLOW_DOCTYPE, true);
            return factory.newSchema(new StreamSource(file.toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("Failed to compile the Plesk schema " + file + ": " + e.getMessage(), e);
        }
    }

    /** Compiled on first use: compiling {@code agent_input.xsd} and its includes takes about a second. */
    private static final class InputSchema {
        static final Schema SCHEMA = compile("agent_input.xsd");
    }

    private static final class OutputSchema {
        static final Schema SCHEMA = compile("agent_output.xsd");
    }

    private static final class CollectingErrorHandler implements ErrorHandler {
        private final List<String> errors;

        CollectingErrorHandler(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a packet invalid.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            throw e;
        }
    }
}
