package io.jenkins.plugins.pleskbackup.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A DOM parser for Plesk responses that refuses DOCTYPE declarations, so neither external entities (XXE) nor entity
 * expansion can happen; Plesk never sends a DTD. Namespace-unaware, because Plesk's packets use no namespaces;
 * CDATA sections are merged into text.
 */
final class SecureXml {

    private static final DocumentBuilderFactory FACTORY = newFactory();

    private static final ErrorHandler THROWING_ERROR_HANDLER = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private SecureXml() {
    }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser does not support the settings that make it safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setCoalescing(true);
        factory.setIgnoringComments(true);
        return factory;
    }

    /** Parses a document; a DOCTYPE declaration fails with a {@link SAXParseException}. */
    static Document parse(byte[] xml) throws SAXException, IOException {
        DocumentBuilder builder;
        synchronized (FACTORY) {
            try {
                builder = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("Cannot create an XML parser", e);
            }
        }
        builder.setErrorHandler(THROWING_ERROR_HANDLER);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("External entities are not allowed: " + systemId);
        });
        return builder.parse(new ByteArrayInputStream(xml));
    }
}
