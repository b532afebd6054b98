package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.wait.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** Converts option values such as {@code 90s}, {@code 2h} or {@code PT0.5S} with {@link Durations#parse}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration duration;
        try {
            duration = Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration; write it as"
                    + " 90s, 15m, 2h or 1h30m.");
        }
        return duration;
    }
}
