package io.jenkins.plugins.pleskbackup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BackupRequestTest {

    @Test
    void defaults() {
        BackupRequest request = BackupRequest.builder(BackupTarget.server()).build();

        assertThat(request.target()).isEqualTo(BackupTarget.server());
        assertThat(request.storage()).isEqualTo(BackupRequest.Storage.LOCAL);
        assertThat(request.prefix()).isNull();
        assertThat(request.description()).isEqualTo("Backup started by plesk-backup");
        assertThat(request.splitSizeKilobytes()).isNull();
        assertThat(request.content()).isEqualTo(BackupRequest.Content.ALL);
        assertThat(request.onlyConfiguration()).isFalse();
        assertThat(request.operationName()).isEqualTo("backup-server");
    }

    @Test
    void valuesTrimmed() {
        BackupRequest request = BackupRequest.builder(BackupTarget.server())
                .prefix("  nightly_ ")
                .description("  Before release ")
                .build();

        assertThat(request.prefix()).isEqualTo("nightly_");
        assertThat(request.description()).isEqualTo("Before release");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankPrefixMeansDefault(String prefix) {
        assertThat(BackupRequest.builder(BackupTarget.server()).prefix(prefix).build().prefix()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void blankDescriptionRejected(String description) {
        assertThatThrownBy(() -> BackupRequest.builder(BackupTarget.server()).description(description))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The backup description is empty; Plesk requires one.");
    }

    @Test
    void negativeSplitSizeRejected() {
        assertThatThrownBy(() -> BackupRequest.builder(BackupTarget.server()).splitSizeKilobytes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The split size -1 KB is negative; give a size in kilobytes, or 0 for a single file.");
    }

    @Test
    void zeroOrNullSplitSizeMeansOneFile() {
        assertThat(BackupRequest.builder(BackupTarget.server()).splitSizeKilobytes(0).build().splitSizeKilobytes())
                .isNull();
        assertThat(BackupRequest.builder(BackupTarget.server()).splitSizeKilobytes(null).build()
                .splitSizeKilobytes()).isNull();
        assertThat(BackupRequest.builder(BackupTarget.server()).splitSizeKilobytes(1).build().splitSizeKilobytes())
                .isEqualTo(1);
    }

    @Test
    void operationFollowsTargetLevel() {
        assertThat(BackupRequest.builder(BackupTarget.resellerId("1")).build().operationName())
                .isEqualTo("backup-reseller");
        assertThat(BackupRequest.builder(BackupTarget.resellerLogin("r")).build().operationName())
                .isEqualTo("backup-reseller");
        assertThat(BackupRequest.builder(BackupTarget.customerId("1")).build().operationName())
                .isEqualTo("backup-customer");
        assertThat(BackupRequest.builder(BackupTarget.customerLogin("c")).build().operationName())
                .isEqualTo("backup-customer");
        assertThat(BackupRequest.builder(BackupTarget.webspaceId("1")).build().operationName())
                .isEqualTo("backup-webspace");
        assertThat(BackupRequest.builder(BackupTarget.webspaceName("example.com")).build().operationName())
                .isEqualTo("backup-webspace");
    }

    @Test
    void nullSettingsRejected() {
        BackupRequest.Builder builder = BackupRequest.builder(BackupTarget.server());

        assertThatThrownBy(() -> BackupRequest.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("target");
        assertThatThrownBy(() -> builder.storage(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("storage");
        assertThatThrownBy(() -> builder.content(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("content");
    }
}
