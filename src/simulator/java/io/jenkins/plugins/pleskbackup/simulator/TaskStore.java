package io.jenkins.plugins.pleskbackup.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The simulated server's backup tasks, ordered by id, and the script for the tasks that requests create. */
final class TaskStore {

    /** Duration and outcome of a task that a {@code backup-*} operation creates. A null duration means forever. */
    record BackupScript(Duration duration, TaskOutcome outcome) {
        BackupScript {
            Objects.requireNonNull(outcome, "outcome");
            if (duration != null && duration.isNegative()) {
                throw new IllegalArgumentException("Invalid backup duration " + duration + ", it must not be negative");
            }
        }
    }

    private final Clock clock;
    private final TreeMap<Long, BackupTask> tasks = new TreeMap<>();
    private final Deque<BackupScript> nextBackups = new ArrayDeque<>();
    private BackupScript defaultBackup;

    TaskStore(Clock clock, BackupScript defaultBackup) {
        this.clock = clock;
        this.defaultBackup = defaultBackup;
    }

    synchronized void add(BackupTask task) {
        if (tasks.containsKey(task.id())) {
            throw new IllegalArgumentException("Task id " + task.id() + " is already used");
        }
        tasks.put(task.id(), task);
    }

    /** Creates a task with the next free id, started now, with the next scripted duration and outcome. */
    synchronized BackupTask create(TaskOwner owner, String prefix, String protocol, String description) {
        long id = tasks.isEmpty() ? 1 : tasks.lastKey() + 1;
        BackupScript script = nextBackups.isEmpty() ? defaultBackup : nextBackups.removeFirst();
        BackupTask task = new BackupTask(id, owner, prefix, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                script.duration(), script.outcome(), protocol, null, description, clock.getZone());
        tasks.put(id, task);
        return task;
    }

    synchronized Optional<BackupTask> find(long id) {
        return Optional.ofNullable(tasks.get(id));
    }

    synchronized List<BackupTask> ownedBy(TaskOwner owner) {
        List<BackupTask> owned = new ArrayList<>();
        for (BackupTask task : tasks.values()) {
            if (task.owner().equals(owner)) {
                owned.add(task);
            }
        }
        return owned;
    }

    synchronized List<BackupTask> all() {
        return List.copyOf(tasks.values());
    }

    synchronized void scheduleNextBackup(BackupScript script) {
        nextBackups.addLast(script);
    }

    synchronized void setDefaultBackup(BackupScript script) {
        defaultBackup = script;
    }
}
