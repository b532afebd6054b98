package io.jenkins.plugins.pleskbackup.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A backup task that exists when the simulator starts, for scenarios such as Plesk's documented samples. Built with
 * {@link #builder(long, TaskOwner)}. By default the task starts when the simulator starts, has an empty prefix,
 * protocol {@code local}, and works until stopped.
 */
public final class TaskDefinition {

    private final long id;
    private final TaskOwner owner;
    private final String prefix;
    private final Instant started;
    private final Duration startedBeforeSimulatorStart;
    private final Duration duration;
    private final TaskOutcome outcome;
    private final String protocol;
    private final String filename;
    private final String description;

    private TaskDefinition(Builder builder) {
        this.id = builder.id;
        this.owner = builder.owner;
        this.prefix = builder.prefix;
        this.started = builder.started;
        this.startedBeforeSimulatorStart = builder.startedBeforeSimulatorStart;
        this.duration = builder.duration;
        this.outcome = builder.outcome;
        this.protocol = builder.protocol;
        this.filename = builder.filename;
        this.description = builder.description;
    }

    /** Starts the definition of the task with the given id and owner. */
    public static Builder builder(long id, TaskOwner owner) {
        return new Builder(id, owner);
    }

    public long id() {
        return id;
    }

    public TaskOwner owner() {
        return owner;
    }

    /** Creates the task, resolving a relative start time against the simulator clock at start. */
    BackupTask toTask(Clock clock) {
        Instant startTime = started != null ? started : clock.instant().minus(startedBeforeSimulatorStart);
        return new BackupTask(id, owner, prefix, startTime.truncatedTo(ChronoUnit.SECONDS), duration,
                outcome, protocol, filename, description, clock.getZone());
    }

    /** Builder of a {@link TaskDefinition}. */
    public static final class Builder {
        private final long id;
        private final TaskOwner owner;
        private String prefix = "";
        private Instant started;
        private Duration startedBeforeSimulatorStart = Duration.ZERO;
        private Duration duration;
        private TaskOutcome outcome = TaskOutcome.FINISHED;
        private String protocol = "local";
        private String filename;
        private String description = "";

        private Builder(long id, TaskOwner owner) {
            if (id <= 0) {
                throw new IllegalArgumentException("Invalid task id " + id + ", task ids are positive integers");
            }
            this.id = id;
            this.owner = Objects.requireNonNull(owner, "owner");
        }

        /** Sets the prefix of the backup file name. */
        public Builder prefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** Sets an absolute start time. */
        public Builder started(Instant started) {
            this.started = Objects.requireNonNull(started, "started");
            return this;
        }

        /** Sets the start time relative to the simulator clock's time when the simulator starts. */
        public Builder startedAgo(Duration age) {
            if (age.isNegative()) {
                throw new IllegalArgumentException("Invalid task age " + age + ", it must not be negative");
            }
            this.started = null;
            this.startedBeforeSimulatorStart = age;
            return this;
        }

        /**
         * Sets how long the task works before it reaches its outcome. Null means that it works until stopped.
         * {@link Duration#ZERO} makes the task end at its start time.
         */
        public Builder duration(Duration duration) {
            if (duration != null && duration.isNegative()) {
                throw new IllegalArgumentException("Invalid task duration " + duration + ", it must not be negative");
            }
            this.duration = duration;
            return this;
        }

        /** Sets the status that the task reaches when its duration has passed, {@link TaskOutcome#FINISHED} by default. */
        public Builder outcome(TaskOutcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /** Makes the task end with the given outcome at its start time, so it never appears as working. */
        public Builder endedWith(TaskOutcome outcome) {
            return duration(Duration.ZERO).outcome(outcome);
        }

        /** Sets the storage protocol: {@code local} (the default) or {@code ftp}. */
        public Builder protocol(String protocol) {
            if (!"local".equals(protocol) && !"ftp".equals(protocol)) {
                throw new IllegalArgumentException("Invalid task protocol '" + protocol + "', expected local or ftp");
            }
            this.protocol = protocol;
            return this;
        }

        /** Sets the file name reported once the task has finished, in place of {@code <prefix><yyMMddHHmm>.tar}. */
        public Builder filename(String filename) {
            this.filename = Objects.requireNonNull(filename, "filename");
            return this;
        }

        /** Sets the description, as a {@code backup-*} request would. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public TaskDefinition build() {
            return new TaskDefinition(this);
        }
    }
}
