package io.jenkins.plugins.pleskbackup.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Cleans text that a server sent before it goes into a message: blanks out the request's secrets, replaces control
 * characters, collapses whitespace and shortens it. Secrets are blanked out as sent, HTML-escaped and URL-encoded,
 * because a proxy's error page may echo the request headers and a redirect may carry them in its URL.
 */
final class ServerText {

    static final String REDACTED = "****";

    private static final int MAX_LENGTH = 300;

    private final List<String> secrets;

    ServerText(List<String> secrets) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                forms.add(secret);
                forms.add(escapeMarkup(secret));
                forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            }
        }
        // Longest first, so that a form that contains another one is blanked out whole.
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(sorted);
    }

    private static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Cleans a text; {@code null} becomes the empty string. Secrets are blanked out before anything is cut. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, REDACTED);
        }

        StringBuilder cleaned = new StringBuilder(Math.min(redacted.length(), MAX_LENGTH));
        boolean pendingSpace = false;
        int i = 0;
        for (; i < redacted.length() && cleaned.length() < MAX_LENGTH; i++) {
            char c = redacted.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                pendingSpace = cleaned.length() > 0;
                continue;
            }
            if (pendingSpace) {
                cleaned.append(' ');
                pendingSpace = false;
            }
            cleaned.append(c);
        }
        boolean cut = !redacted.substring(i).isBlank();
        return cut ? cleaned + "…" : cleaned.toString();
    }

    /** Cleans the start of a response body decoded as UTF-8; invalid bytes become replacement characters. */
    String cleanBodyStart(byte[] body) {
        return clean(new String(body, StandardCharsets.UTF_8));
    }
}
