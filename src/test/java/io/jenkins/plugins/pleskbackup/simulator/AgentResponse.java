package io.jenkins.plugins.pleskbackup.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An HTTP response from the simulator, with XPath access to its XML parsed by a DOM parser with safe settings. */
final class AgentResponse {

    private final HttpResponse<byte[]> response;
    private Document document;

    AgentResponse(HttpResponse<byte[]> response) {
        this.response = response;
    }

    int statusCode() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    byte[] body() {
        return response.body();
    }

    String bodyText() {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    HttpResponse<byte[]> httpResponse() {
        return response;
    }

    /** Parses the body with DOCTYPE declarations and external entities disabled. */
    Document document() {
        if (document == null) {
            try {
                document = parse(response.body());
            } catch (SAXException | IOException e) {
                throw new AssertionError("Response is not well-formed XML: " + e.getMessage() + "\n" + bodyText(), e);
            }
        }
        return document;
    }

    static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM parser rejects the safe settings", e);
        }
    }

    /** Returns the trimmed text of the first node the expression selects, or null if it selects none. */
    String text(String xpath) {
        Node node = node(xpath);
        return node == null ? null : node.getTextContent().strip();
    }

    /** Returns the trimmed texts of all nodes the expression selects. */
    List<String> texts(String xpath) {
        NodeList nodes = nodes(xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    int count(String xpath) {
        return nodes(xpath).getLength();
    }

    /** Returns the names of the child elements of the first node the expression selects. */
    List<String> childNames(String xpath) {
        Node parent = node(xpath);
        List<String> names = new ArrayList<>();
        if (parent == null) {
            return names;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                names.add(child.getNodeName());
            }
        }
        return names;
    }

    /** Returns the packet-level error code, or null when the response has no {@code system} element. */
    String systemErrorCode() {
        return text("/packet/system/errcode");
    }

    String systemErrorText() {
        return text("/packet/system/errtext");
    }

    private Node node(String xpath) {
        NodeList nodes = nodes(xpath);
        return nodes.getLength() == 0 ? null : nodes.item(0);
    }

    private NodeList nodes(String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document(), XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("Invalid XPath " + xpath, e);
        }
    }

    @Override
    public String toString() {
        return "HTTP " + statusCode() + "\n" + bodyText();
    }
}
