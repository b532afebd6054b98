package io.jenkins.plugins.pleskbackup.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A backup task of the simulated server. Its status is computed from the simulator clock: {@code working} until
 * {@code started + duration}, then the scripted outcome, or {@code stopped} from the moment {@code stop-backup} stopped
 * it. Thread-safe.
 */
public final class BackupTask {

    /** Plesk names a finished backup {@code <prefix><yyMMddHHmm>.tar}, for example {@code my_1512011119.tar}. */
    private static final DateTimeFormatter FILENAME_TIME = DateTimeFormatter.ofPattern("yyMMddHHmm");

    private final long id;
    private final TaskOwner owner;
    private final String prefix;
    private final Instant started;
    private final Duration duration;
    private final TaskOutcome outcome;
    private final String protocol;
    private final String fixedFilename;
    private final String description;
    private final ZoneId zone;

    /** Time at which {@code stop-backup} stopped the task, or null. */
    private Instant stoppedAt;

    BackupTask(long id, TaskOwner owner, String prefix, Instant started, Duration duration, TaskOutcome outcome,
            String protocol, String fixedFilename, String description, ZoneId zone) {
        this.id = id;
        this.owner = owner;
        this.prefix = prefix;
        this.started = started;
        this.duration = duration;
        this.outcome = outcome;
        this.protocol = protocol;
        this.fixedFilename = fixedFilename;
        this.description = description;
        this.zone = zone;
    }

    public long id() {
        return id;
    }

    public TaskOwner owner() {
        return owner;
    }

    public String prefix() {
        return prefix;
    }

    /** Returns the start time, whole seconds as Plesk reports it. */
    public Instant started() {
        return started;
    }

    /** Returns the time the task works before it reaches its outcome, or empty if it works until stopped. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    public TaskOutcome outcome() {
        return outcome;
    }

    /** Returns {@code local} or {@code ftp}. */
    public String protocol() {
        return protocol;
    }

    /** Returns the description from the request that created the task, or an empty string for a predefined task without one. */
    public String description() {
        return description;
    }

    /** Returns the status at the given time. */
    public synchronized TaskStatus statusAt(Instant time) {
        if (stoppedAt != null && !time.isBefore(stoppedAt)) {
            return TaskStatus.STOPPED;
        }
        if (duration == null || time.isBefore(started.plus(duration))) {
            return TaskStatus.WORKING;
        }
        return outcome.status();
    }

    /**
     * Returns the backup file name at the given time, which is empty unless the task has finished. The time in the name is the
     * start time in the simulator clock's time zone, unless the task was defined with a fixed file name.
     */
    public String filenameAt(Instant time) {
        if (statusAt(time) != TaskStatus.FINISHED) {
            return "";
        }
        if (fixedFilename != null) {
            return fixedFilename;
        }
        return prefix + FILENAME_TIME.format(started.atZone(zone)) + ".tar";
    }

    /** Stops the task if it is working at the given time, and returns whether it was working. */
    synchronized boolean stop(Instant time) {
        if (statusAt(time) != TaskStatus.WORKING) {
            return false;
        }
        stoppedAt = time;
        return true;
    }

    @Override
    public String toString() {
        return "backup task " + id + " of " + owner;
    }
}
