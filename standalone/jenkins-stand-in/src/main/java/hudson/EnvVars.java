package hudson;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for {@code hudson.EnvVars} of Jenkins core 2.528.3: environment variables with case-insensitive names.
 *
 * <p>NOTE: the real class also tracks the agent platform and offers variable expansion. The stand-in keeps only
 * the constructors, {@link #put}, {@link #expand} and {@link #get(String, String)}.
 */
public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;

    public EnvVars() {
        super(String.CASE_INSENSITIVE_ORDER);
    }

    public EnvVars(Map<String, String> m) {
        this();
        putAll(m);
    }

    public EnvVars(EnvVars m) {
        this((Map<String, String>) m);
    }

    /** Creates the variables from alternating names and values. */
    public EnvVars(String... keyValuePairs) {
        this();
        if (keyValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "Expected name/value pairs, but got an odd number of strings: " + keyValuePairs.length);
        }
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            put(keyValuePairs[i], keyValuePairs[i + 1]);
        }
    }

    /** Sets a variable. Like real Jenkins, rejects a null value because a process environment cannot hold one. */
    @Override
    public String put(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Null value is not allowed for environment variable " + key);
        }
        return super.put(key, value);
    }

    /**
     * Replaces {@code ${NAME}} and {@code $NAME} references with the values of these variables; unknown references
     * stay as they are, as with the real class.
     */
    public String expand(String s) {
        if (s == null) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(s);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String value = get(name);
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)\\}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    public String get(String key, String defaultValue) {
        String value = get(key);
        return value == null ? defaultValue : value;
    }
}
