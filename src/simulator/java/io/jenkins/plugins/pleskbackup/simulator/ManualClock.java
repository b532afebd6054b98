package io.jenkins.plugins.pleskbackup.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when a test calls {@link #advance(Duration)} or {@link #set(Instant)}, so task progress in
 * the simulator is deterministic. Thread-safe. Clocks returned by {@link #withZone(ZoneId)} share the time.
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** Creates a clock at the given time in UTC. */
    public ManualClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the clock forward (or backward, for a negative amount) and returns the new time. */
    public Instant advance(Duration amount) {
        return now.updateAndGet(time -> time.plus(amount));
    }

    /** Sets the clock to the given time. */
    public void set(Instant time) {
        now.set(Objects.requireNonNull(time, "time"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ManualClock(now, newZone);
    }
}
