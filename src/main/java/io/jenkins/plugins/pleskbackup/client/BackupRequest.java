package io.jenkins.plugins.pleskbackup.client;

import java.util.Objects;

/**
 * Parameters of a {@code backup-server}, {@code backup-reseller}, {@code backup-customer} or {@code backup-webspace}
 * operation. The operation follows from the target's level. Plesk requires a description; the other settings are
 * optional and left to Plesk's defaults when unset.
 */
public final class BackupRequest {

    /** Where Plesk stores the backup: its local repository, or the FTP storage configured for the owner. */
    public enum Storage {
        LOCAL,
        FTP
    }

    /** What the backup contains besides the configuration. */
    public enum Content {
        ALL,
        ONLY_HOSTING,
        ONLY_MAIL
    }

    private final BackupTarget target;
    private final Storage storage;
    private final String prefix;
    private final String description;
    private final Integer splitSizeKilobytes;
    private final Content content;
    private final boolean onlyConfiguration;

    private BackupRequest(Builder builder) {
        this.target = Objects.requireNonNull(builder.target, "target");
        this.storage = builder.storage;
        this.prefix = builder.prefix;
        this.description = builder.description;
        this.splitSizeKilobytes = builder.splitSizeKilobytes;
        this.content = builder.content;
        this.onlyConfiguration = builder.onlyConfiguration;
    }

    public static Builder builder(BackupTarget target) {
        return new Builder(target);
    }

    public BackupTarget target() {
        return target;
    }

    public Storage storage() {
        return storage;
    }

    /** File name prefix, or {@code null} for Plesk's default. */
    public String prefix() {
        return prefix;
    }

    public String description() {
        return description;
    }

    /** Volume size in kilobytes, or {@code null} for no split. */
    public Integer splitSizeKilobytes() {
        return splitSizeKilobytes;
    }

    public Content content() {
        return content;
    }

    public boolean onlyConfiguration() {
        return onlyConfiguration;
    }

    /** Name of the operation element for this target, for example {@code backup-webspace}. */
    public String operationName() {
        switch (target.kind()) {
            case SERVER:
                return "backup-server";
            case RESELLER_ID:
            case RESELLER_LOGIN:
                return "backup-reseller";
            case CUSTOMER_ID:
            case CUSTOMER_LOGIN:
                return "backup-customer";
            default:
                return "backup-webspace";
        }
    }

    /** Builder with Plesk's defaults: local storage, full content, description "Backup started by plesk-backup". */
    public static final class Builder {
        private final BackupTarget target;
        private Storage storage = Storage.LOCAL;
        private String prefix;
        private String description = "Backup started by plesk-backup";
        private Integer splitSizeKilobytes;
        private Content content = Content.ALL;
        private boolean onlyConfiguration;

        private Builder(BackupTarget target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        public Builder prefix(String prefix) {
            this.prefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
            return this;
        }

        public Builder description(String description) {
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("The backup description is empty; Plesk requires one.");
            }
            this.description = description.strip();
            return this;
        }

        /** Splits the backup into volumes of this many kilobytes; {@code null} or 0 keeps one file. */
        public Builder splitSizeKilobytes(Integer kilobytes) {
            if (kilobytes != null && kilobytes < 0) {
                throw new IllegalArgumentException("The split size " + kilobytes
                        + " KB is negative; give a size in kilobytes, or 0 for a single file.");
            }
            this.splitSizeKilobytes = kilobytes == null || kilobytes == 0 ? null : kilobytes;
            return this;
        }

        public Builder content(Content content) {
            this.content = Objects.requireNonNull(content, "content");
            return this;
        }

        public Builder onlyConfiguration(boolean onlyConfiguration) {
            this.onlyConfiguration = onlyConfiguration;
            return this;
        }

        public BackupRequest build() {
            return new BackupRequest(this);
        }
    }
}
