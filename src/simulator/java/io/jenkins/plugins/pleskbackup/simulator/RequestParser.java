package io.jenkins.plugins.pleskbackup.simulator;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses request packets into {@link XmlElement} trees. A DOCTYPE declaration is rejected before any of it is used,
 * and the parser resolves no external entities, so neither XXE nor entity expansion is possible.
 */
final class RequestParser {

    private static final XMLInputFactory FACTORY = createFactory();

    private RequestParser() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Parses the packet and returns its root element. */
    static XmlElement parse(byte[] body) throws RequestInvalidException {
        XMLStreamReader reader = null;
        try {
            // The JDK does not document its XMLInputFactory as thread-safe, but the readers it creates are independent.
            synchronized (FACTORY) {
                reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            }
            return readDocument(reader);
        } catch (XMLStreamException e) {
            throw new RequestInvalidException(lineOf(e.getLocation()), parserMessage(e));
        } finally {
            closeQuietly(reader);
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException, RequestInvalidException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    throw new RequestInvalidException(lineOf(reader.getLocation()),
                            "DOCTYPE declarations are not allowed in request packets.");
                case XMLStreamConstants.START_ELEMENT:
                    XmlElement element = new XmlElement(reader.getLocalName(), lineOf(reader.getLocation()));
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        element.attributes().put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children().add(element);
                    }
                    open.push(element);
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    open.pop();
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!open.isEmpty()) {
                        open.peek().appendText(reader.getText());
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new RequestInvalidException(lineOf(reader.getLocation()),
                            "Entity '" + reader.getLocalName() + "' is not defined.");
                default:
                    break;
            }
        }
        if (root == null) {
            throw new RequestInvalidException(1, "The document has no root element.");
        }
        return root;
    }

    private static int lineOf(Location location) {
        return location == null || location.getLineNumber() < 1 ? 1 : location.getLineNumber();
    }

    /** Returns the parser's own message without the "ParseError at [row,col]" prefix of the JDK's StAX parser. */
    private static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "The request is not well-formed XML." : e.getMessage();
        int start = message.indexOf("Message: ");
        return start >= 0 ? message.substring(start + "Message: ".length()).strip() : message.strip();
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing releases parser state only, because the input is an in-memory array.
        }
    }
}
