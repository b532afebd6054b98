package io.jenkins.plugins.pleskbackup.simulator;

import java.util.ArrayList;
import java.util.List;

/** An element of a response packet: either text content or child elements. */
final class XmlNode {

    private final String name;
    private String text;
    private final List<XmlNode> children = new ArrayList<>();

    private XmlNode(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Creates an element that gets child elements (or stays empty, like {@code <server/>}). */
    static XmlNode element(String name) {
        return new XmlNode(name, null);
    }

    /** Creates an element with text content. An empty string gives an empty element such as {@code <prefix/>}. */
    static XmlNode text(String name, String text) {
        return new XmlNode(name, text);
    }

    /** Appends a child and returns this element. */
    XmlNode add(XmlNode child) {
        children.add(child);
        return this;
    }

    /** Appends a child element with text content and returns this element. */
    XmlNode addText(String childName, String childText) {
        return add(text(childName, childText));
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    void setText(String newText) {
        this.text = newText;
    }

    List<XmlNode> children() {
        return children;
    }

    /** Returns a {@code result} element with status {@code ok}, to which operation-specific children are added. */
    static XmlNode okResult() {
        return element("result").addText("status", "ok");
    }

    /** Returns a {@code result} (or {@code system}) element with status {@code error}, errcode and errtext. */
    static XmlNode errorResult(String elementName, int errcode, String errtext) {
        return element(elementName)
                .addText("status", "error")
                .addText("errcode", Integer.toString(errcode))
                .addText("errtext", errtext);
    }
}
