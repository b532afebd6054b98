package hudson;

/**
 * Stand-in for {@code hudson.Util} of Jenkins core 2.528.3, reduced to the string helpers the plugin uses.
 */
public class Util {

    /** Returns null for null or an empty string, else the string itself. */
    public static String fixEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Returns the empty string for null, else the string itself. */
    public static String fixNull(String s) {
        return s == null ? "" : s;
    }

    /** Trims the string and returns null when nothing is left. */
    public static String fixEmptyAndTrim(String s) {
        return s == null ? null : fixEmpty(s.trim());
    }
}
