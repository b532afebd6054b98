package hudson.util;

import java.io.IOException;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;

/**
 * Stand-in for {@code hudson.util.FormValidation} of Jenkins core 2.528.3: the outcome of a form field check.
 *
 * <p>As in real Jenkins, the plain-text factories escape their message as HTML, and {@link #getMessage()} returns
 * that escaped text. Outside a Stapler request {@link #renderHtml()} returns the same text.
 *
 * <p>NOTE: the texts of {@link #validateRequired}, {@link #validatePositiveInteger} and
 * {@link #validateNonNegativeInteger} are the English texts of Jenkins core as recalled, not confirmed against its
 * message bundles.
 */
public abstract class FormValidation extends IOException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    /** The kind of outcome. The constant order matches the real enum. */
    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    public final Kind kind;

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Returns the HTML shown under the form field. */
    public abstract String renderHtml();

    private static final FormValidation OK = new Html(Kind.OK, null, "<div/>");

    public static FormValidation ok() {
        return OK;
    }

    public static FormValidation ok(String message) {
        return withMarkup(Kind.OK, message == null ? null : escape(message));
    }

    public static FormValidation ok(String format, Object... args) {
        return ok(String.format(format, args));
    }

    public static FormValidation warning(String message) {
        return withMarkup(Kind.WARNING, message == null ? null : escape(message));
    }

    public static FormValidation warning(String format, Object... args) {
        return warning(String.format(format, args));
    }

    public static FormValidation error(String message) {
        return withMarkup(Kind.ERROR, message == null ? null : escape(message));
    }

    public static FormValidation error(String format, Object... args) {
        return error(String.format(format, args));
    }

    /**
     * Combines several outcomes into one of the worst kind that lists every message. An empty collection gives
     * {@link #ok()} and a single outcome is returned unchanged, as in real Jenkins.
     *
     * <p>NOTE: the combined HTML is a plain list, while real Jenkins adds inline styles. Like the real method, the
     * combined outcome has no {@link #getMessage()}.
     */
    public static FormValidation aggregate(Collection<FormValidation> validations) {
        if (validations == null || validations.isEmpty()) {
            return ok();
        }
        if (validations.size() == 1) {
            return validations.iterator().next();
        }
        StringBuilder html = new StringBuilder("<ul>");
        Kind worst = Kind.OK;
        for (FormValidation validation : validations) {
            html.append("<li>").append(validation.renderHtml()).append("</li>");
            if (validation.kind.ordinal() > worst.ordinal()) {
                worst = validation.kind;
            }
        }
        html.append("</ul>");
        return new Html(worst, null, html.toString());
    }

    /** Returns an error unless {@code value} has a non-blank character. */
    public static FormValidation validateRequired(String value) {
        if (value == null || value.trim().isEmpty()) {
            return error("Required");
        }
        return ok();
    }

    /** Returns an error unless {@code value} is an integer greater than zero. */
    public static FormValidation validatePositiveInteger(String value) {
        try {
            if (Integer.parseInt(value) <= 0) {
                return error("Not a positive number");
            }
            return ok();
        } catch (NumberFormatException e) {
            return error("Not a number");
        }
    }

    /** Returns an error unless {@code value} is an integer of zero or more. */
    public static FormValidation validateNonNegativeInteger(String value) {
        try {
            if (Integer.parseInt(value) < 0) {
                return error("Number may not be negative");
            }
            return ok();
        } catch (NumberFormatException e) {
            return error("Not a number");
        }
    }

    /** Returns an outcome that shows {@code html}, or {@link #ok()} when {@code html} is null, as in real Jenkins. */
    private static FormValidation withMarkup(Kind kind, String html) {
        if (html == null) {
            return ok();
        }
        return new Html(kind, html, html);
    }

    /**
     * Escapes text for HTML the way Jenkins' {@code Util.escape} does: markup characters become entities, a line
     * break becomes {@code <br>}, and the first of two adjacent spaces becomes {@code &nbsp;}.
     */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("<br>");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#039;");
                case ' ' -> escaped.append(i + 1 < text.length() && text.charAt(i + 1) == ' ' ? "&nbsp;" : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** An outcome whose HTML is fixed when it is created. */
    private static final class Html extends FormValidation {
        private static final long serialVersionUID = 1L;

        private final String html;

        Html(Kind kind, String message, String html) {
            super(kind, message);
            this.html = html;
        }

        @Override
        public String renderHtml() {
            return html;
        }

        @Override
        public String toString() {
            return kind + ": " + html;
        }
    }
}
