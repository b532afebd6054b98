package hudson.util;

import java.io.Serializable;

/**
 * Stand-in for {@code hudson.util.Secret} of Jenkins core 2.528.3: a secret string.
 *
 * <p>The stand-in keeps the plain text without encryption. NOTE: the real, deprecated {@link #toString()} returns
 * the plain text. The stand-in returns a fixed mask instead, so a secret never reaches a log through it. Use
 * {@link #getPlainText()} or {@link #toString(Secret)} to read the value.
 */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    Secret(String value) {
        this.value = value;
    }

    public String getPlainText() {
        return value;
    }

    /** Wraps {@code data}. Null becomes the empty secret. Real Jenkins would first try to decrypt it. */
    public static Secret fromString(String data) {
        return new Secret(data == null ? "" : data);
    }

    /** Returns the plain text of {@code s}, or "" when {@code s} is null, like the real method. */
    public static String toString(Secret s) {
        return s == null ? "" : s.value;
    }

    @Override
    @Deprecated
    public String toString() {
        return "Secret[****]";
    }

    @Override
    public boolean equals(Object that) {
        return that instanceof Secret && value.equals(((Secret) that).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
