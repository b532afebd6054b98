package io.jenkins.plugins.pleskbackup.steps;

import io.jenkins.plugins.pleskbackup.client.BackupRequest;
import io.jenkins.plugins.pleskbackup.client.BackupTarget;
import java.io.Serializable;

/**
 * Serializable parts of a backup request, kept by the execution until it runs. The default description is the
 * build's name, which is known only then.
 */
final class BackupRequestTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BackupTarget target;
    private final BackupRequest.Storage storage;
    private final String prefix;
    private final String description;
    private final Integer splitSizeKilobytes;
    private final BackupRequest.Content content;
    private final boolean onlyConfiguration;

    BackupRequestTemplate(BackupRequest.Builder builder, String description) {
        BackupRequest request = builder.build();
        this.target = request.target();
        this.storage = request.storage();
        this.prefix = request.prefix();
        this.description = description;
        this.splitSizeKilobytes = request.splitSizeKilobytes();
        this.content = request.content();
        this.onlyConfiguration = request.onlyConfiguration();
    }

    BackupTarget target() {
        return target;
    }

    /** The request, described as given or else as {@code defaultDescription}. */
    BackupRequest toRequest(String defaultDescription) {
        return BackupRequest.builder(target)
                .storage(storage)
                .prefix(prefix)
                .description(description != null ? description : defaultDescription)
                .splitSizeKilobytes(splitSizeKilobytes)
                .content(content)
                .onlyConfiguration(onlyConfiguration)
                .build();
    }
}
