package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.wait.Durations;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code wait} and {@code start --wait} that set how long and how often to poll. */
final class WaitOptions {

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Maximum time to wait for the task to end (default: 2h). Durations are written as 90s, 15m,"
                    + " 2h, 1h30m, or in ISO-8601 such as PT0.5S; a bare number means seconds.")
    Duration timeout;

    @Option(names = "--initial-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time between the first and the second poll (default: 5s). Each later interval is 1.5"
                    + " times longer, up to --max-interval, and varied randomly by up to 20%%.")
    Duration initialInterval;

    @Option(names = "--max-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Maximum time between two polls (default: 60s).")
    Duration maxInterval;

    boolean anySet() {
        return timeout != null || initialInterval != null || maxInterval != null;
    }

    /**
     * Returns the defaults of {@link WaitSettings} with the given options applied.
     *
     * @throws UsageException when the initial interval is longer than the maximum
     */
    WaitSettings toSettings() {
        if (initialInterval != null && maxInterval != null && initialInterval.compareTo(maxInterval) > 0) {
            throw new UsageException("--initial-interval (" + Durations.format(initialInterval) + ") is longer than"
                    + " --max-interval (" + Durations.format(maxInterval) + "); give an initial interval up to the"
                    + " maximum.");
        }
        WaitSettings settings = WaitSettings.defaults();
        if (timeout != null) {
            settings = settings.withTimeout(timeout);
        }
        if (maxInterval != null) {
            settings = settings.withMaxPollInterval(maxInterval);
        }
        if (initialInterval != null) {
            settings = settings.withInitialPollInterval(initialInterval);
        }
        return settings;
    }
}
