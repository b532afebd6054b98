package io.jenkins.plugins.pleskbackup.simulator;

import java.nio.charset.StandardCharsets;

/** Serializes response packets, indented by two spaces per level or without any whitespace between elements. */
final class XmlWriter {

    private XmlWriter() {
    }

    /** Returns the UTF-8 bytes of a response document whose root is {@code <packet version="…">}. */
    static byte[] writePacket(XmlNode packetContent, String version, boolean prettyPrint) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        newline(out, prettyPrint);
        out.append("<packet version=\"").append(escape(version, true)).append("\">");
        for (XmlNode child : packetContent.children()) {
            write(child, 1, prettyPrint, out);
        }
        newline(out, prettyPrint);
        out.append("</packet>");
        newline(out, prettyPrint);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(XmlNode node, int depth, boolean prettyPrint, StringBuilder out) {
        newline(out, prettyPrint);
        indent(out, depth, prettyPrint);
        String text = node.text();
        boolean empty = node.children().isEmpty() && (text == null || text.isEmpty());
        if (empty) {
            out.append('<').append(node.name()).append("/>");
            return;
        }
        out.append('<').append(node.name()).append('>');
        if (node.children().isEmpty()) {
            out.append(escape(text, false));
        } else {
            for (XmlNode child : node.children()) {
                write(child, depth + 1, prettyPrint, out);
            }
            newline(out, prettyPrint);
            indent(out, depth, prettyPrint);
        }
        out.append("</").append(node.name()).append('>');
    }

    private static void newline(StringBuilder out, boolean prettyPrint) {
        if (prettyPrint) {
            out.append('\n');
        }
    }

    private static void indent(StringBuilder out, int depth, boolean prettyPrint) {
        if (prettyPrint) {
            out.append("  ".repeat(depth));
        }
    }

    /** Escapes markup characters and replaces characters that XML 1.0 does not allow with U+FFFD. */
    static String escape(String value, boolean attribute) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '"':
                    escaped.append(attribute ? "&quot;" : "\"");
                    break;
                case '\r':
                    escaped.append("&#13;");
                    break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        escaped.append(c).append(value.charAt(++i));
                    } else {
                        escaped.append(isAllowedInXml(c) ? c : '\uFFFD');
                    }
                    break;
            }
        }
        return escaped.toString();
    }

    /** Returns whether XML 1.0 allows the character on its own. The caller passes surrogate pairs through. */
    private static boolean isAllowedInXml(char c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c != 0xFFFE && c != 0xFFFF);
    }
}
