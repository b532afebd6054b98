package io.jenkins.plugins.pleskbackup.wait;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long to wait for a backup task and how often to ask Plesk about it. Times are kept in milliseconds so that the
 * settings serialize the same way everywhere they are persisted.
 *
 * <p>Polling starts at {@link #initialPollInterval()} and grows by {@link #BACKOFF_FACTOR} per poll up to
 * {@link #maxPollInterval()}, each delay varied by up to ±{@link #JITTER} so that many waiting builds do not poll a
 * Plesk server in lockstep. Large server backups take hours, so the default timeout is generous.
 */
public final class WaitSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(2);
    public static final Duration DEFAULT_INITIAL_POLL_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMinutes(5);

    /** Growth of the poll interval from one poll to the next. */
    public static final double BACKOFF_FACTOR = 1.5;

    /** Relative variation of each poll delay. */
    public static final double JITTER = 0.2;

    private final long timeoutMillis;
    private final long initialPollIntervalMillis;
    private final long maxPollIntervalMillis;
    private final long heartbeatIntervalMillis;

    private WaitSettings(long timeoutMillis, long initialPollIntervalMillis, long maxPollIntervalMillis,
            long heartbeatIntervalMillis) {
        this.timeoutMillis = timeoutMillis;
        this.initialPollIntervalMillis = initialPollIntervalMillis;
        this.maxPollIntervalMillis = maxPollIntervalMillis;
        this.heartbeatIntervalMillis = heartbeatIntervalMillis;
    }

    /** Settings with the defaults: 2 h timeout, polls from 5 s growing to 60 s, a heartbeat line every 5 min. */
    public static WaitSettings defaults() {
        return new WaitSettings(DEFAULT_TIMEOUT.toMillis(), DEFAULT_INITIAL_POLL_INTERVAL.toMillis(),
                DEFAULT_MAX_POLL_INTERVAL.toMillis(), DEFAULT_HEARTBEAT_INTERVAL.toMillis());
    }

    /**
     * Returns a copy with another timeout.
     *
     * @throws IllegalArgumentException unless the timeout is positive
     */
    public WaitSettings withTimeout(Duration timeout) {
        return new WaitSettings(requirePositive(timeout, "timeout"), initialPollIntervalMillis, maxPollIntervalMillis,
                heartbeatIntervalMillis);
    }

    /** Returns a copy with another first poll interval; the maximum grows to match if it was smaller. */
    public WaitSettings withInitialPollInterval(Duration interval) {
        long initial = requirePositive(interval, "initial poll interval");
        return new WaitSettings(timeoutMillis, initial, Math.max(initial, maxPollIntervalMillis),
                heartbeatIntervalMillis);
    }

    /** Returns a copy with another poll interval cap; the first interval shrinks to match if it was larger. */
    public WaitSettings withMaxPollInterval(Duration interval) {
        long max = requirePositive(interval, "maximum poll interval");
        return new WaitSettings(timeoutMillis, Math.min(initialPollIntervalMillis, max), max, heartbeatIntervalMillis);
    }

    public WaitSettings withHeartbeatInterval(Duration interval) {
        return new WaitSettings(timeoutMillis, initialPollIntervalMillis, maxPollIntervalMillis,
                requirePositive(interval, "heartbeat interval"));
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    public Duration initialPollInterval() {
        return Duration.ofMillis(initialPollIntervalMillis);
    }

    public Duration maxPollInterval() {
        return Duration.ofMillis(maxPollIntervalMillis);
    }

    public Duration heartbeatInterval() {
        return Duration.ofMillis(heartbeatIntervalMillis);
    }

    /**
     * Delay before the poll that follows poll number {@code pollNumber} (1 for the first), before jitter.
     */
    long baseDelayMillis(int pollNumber) {
        double delay = initialPollIntervalMillis * Math.pow(BACKOFF_FACTOR, Math.max(0, pollNumber - 1));
        return (long) Math.min(delay, maxPollIntervalMillis);
    }

    /**
     * Delay with jitter, never above the cap.
     *
     * @param random a number in [0, 1)
     */
    long delayMillis(int pollNumber, double random) {
        double factor = 1 + JITTER * (2 * random - 1);
        long jittered = Math.round(baseDelayMillis(pollNumber) * factor);
        return Math.max(1, Math.min(jittered, maxPollIntervalMillis));
    }

    private static long requirePositive(Duration duration, String what) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("The " + what + " must be positive, got " + duration + ".");
        }
        return duration.toMillis();
    }

    @Override
    public String toString() {
        return "timeout " + Durations.format(timeoutMillis) + ", polls every " + Durations.format(
                initialPollIntervalMillis) + " up to " + Durations.format(maxPollIntervalMillis);
    }
}
