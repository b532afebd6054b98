package io.jenkins.plugins.pleskbackup.wait;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats and parses durations the way people write them in build logs and command lines. */
public final class Durations {

    private static final Pattern HUMAN = Pattern.compile(
            "(?:(\\d+)\\s*d)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*(?:(\\d+)\\s*s)?");

    private Durations() {
    }

    /** Formats milliseconds as, for example, {@code 1 h 5 min}, {@code 3 min 20 s}, {@code 45 s} or {@code 0.5 s}. */
    public static String format(long millis) {
        if (millis < 1000) {
            return millis <= 0 ? "0 s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
        }
        if (minutes > 0) {
            return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
        }
        return rest + " s";
    }

    public static String format(Duration duration) {
        return format(duration.toMillis());
    }

    /**
     * Parses {@code 90s}, {@code 15m}, {@code 2h}, {@code 1h30m}, {@code 1d} or an ISO-8601 duration such as
     * {@code PT2H}. A bare number means seconds. The result is zero or positive and fits in {@code long}
     * milliseconds, so {@link Duration#toMillis()} cannot overflow.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a duration, is negative or
     *     is too large
     */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            duration = parseValue(value);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // Numbers beyond long and durations beyond long milliseconds end here with messages that do not help.
            throw invalid(text, e);
        }
        if (duration == null) {
            throw invalid(text, null);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; give a duration of 0 or more, for example"
                    + " 90s.");
        }
        return duration;
    }

    /** Parses a stripped, lower-case value, or returns {@code null} when it has no known form. */
    private static Duration parseValue(String value) {
        Duration duration;
        if (value.matches("\\d+")) {
            duration = Duration.ofSeconds(Long.parseLong(value));
        } else if (value.startsWith("p")) {
            duration = Duration.parse(value.toUpperCase(Locale.ROOT));
        } else {
            Matcher matcher = HUMAN.matcher(value);
            if (value.isEmpty() || !matcher.matches()) {
                return null;
            }
            duration = Duration.ZERO
                    .plusDays(group(matcher, 1))
                    .plusHours(group(matcher, 2))
                    .plusMinutes(group(matcher, 3))
                    .plusSeconds(group(matcher, 4));
        }
        // toMillis() throws ArithmeticException for a duration that callers could not use in milliseconds.
        return Duration.ofMillis(duration.toMillis());
    }

    private static long group(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static IllegalArgumentException invalid(String text, Exception cause) {
        return new IllegalArgumentException("'" + text + "' is not a duration; write it as 90s, 15m, 2h or 1h30m.",
                cause);
    }
}
