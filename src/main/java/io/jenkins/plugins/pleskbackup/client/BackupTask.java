package io.jenkins.plugins.pleskbackup.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup task from a {@code get-tasks-info} result.
 *
 * <p>Plesk reports exactly these fields (schema {@code BackupGetBackupStatusOutput}): the owner, the task id, the
 * status, the start time, the file name prefix, the backup file name and the storage protocol. It reports no end time,
 * progress or error text. Serializable, so that wait results that contain a task can be persisted.
 *
 * @param ownerKind level of the owner
 * @param ownerId id of the reseller, customer or webspace; {@code null} for a server-level task
 * @param id the task id
 * @param status the task status
 * @param started start time from Plesk's Unix seconds, or {@code null} when Plesk sent no number
 * @param prefix file name prefix, empty when none was set
 * @param filename backup file name; empty while the task is working
 * @param protocol storage protocol, {@code local} or {@code ftp}
 */
public record BackupTask(
        OwnerKind ownerKind,
        String ownerId,
        String id,
        TaskStatus status,
        Instant started,
        String prefix,
        String filename,
        String protocol) implements Serializable {

    private static final long serialVersionUID = 1L;

    public BackupTask {
        Objects.requireNonNull(ownerKind, "ownerKind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        prefix = prefix == null ? "" : prefix;
        filename = filename == null ? "" : filename;
        protocol = protocol == null ? "" : protocol;
    }

    /** Owner for messages, for example {@code customer 7} or {@code server}. */
    public String ownerDescription() {
        return ownerKind == OwnerKind.SERVER ? "server" : ownerKind.displayName() + " " + ownerId;
    }
}
