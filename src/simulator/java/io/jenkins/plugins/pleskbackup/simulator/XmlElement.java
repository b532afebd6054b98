package io.jenkins.plugins.pleskbackup.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An element of a request packet, with the line it starts on so that validation errors can name it. */
final class XmlElement {

    private final String name;
    private final int line;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    List<XmlElement> children() {
        return children;
    }

    /** Returns the character data directly inside this element, without that of its children. */
    String text() {
        return text.toString();
    }

    void appendText(String characters) {
        text.append(characters);
    }

    boolean hasText() {
        return text.length() > 0;
    }

    boolean hasNonWhitespaceText() {
        return !text.toString().isBlank();
    }

    /** Returns the first child with the given name, or null. */
    XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** Returns the text of the first child with the given name with whitespace collapsed, or null without such child. */
    String childValue(String childName) {
        XmlElement child = child(childName);
        return child == null ? null : collapseWhitespace(child.text());
    }

    /** Applies the XML Schema {@code whiteSpace="collapse"} facet, which all of Plesk's string types use. */
    static String collapseWhitespace(String value) {
        return value.replaceAll("[ \\t\\n\\r]+", " ").strip();
    }
}
