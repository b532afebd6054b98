package io.jenkins.plugins.pleskbackup.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolVersionsTest {

    private final ProtocolVersions versions =
            new ProtocolVersions(ProtocolVersions.DEFAULT_SUPPORTED, ProtocolVersions.DEFAULT_BACKUP_MANAGER_MAX);

    @Test
    void compareTreatsComponentsAsNumbers() {
        assertThat(ProtocolVersions.compare("1.6.10.0", "1.6.9.1")).isPositive();
        assertThat(ProtocolVersions.compare("1.6", "1.6.0.0")).isZero();
        assertThat(ProtocolVersions.compare("1.5.9.9", "1.6")).isNegative();
    }

    @Test
    void shortFormSelectsNewestMatching() {
        assertThat(versions.resolve("1.6").version()).isEqualTo("1.6.9.1");
        assertThat(versions.resolve("1.6.3").version()).isEqualTo("1.6.3.4");
        assertThat(versions.resolve("1.6.5").version()).isEqualTo("1.6.5.0");
    }

    @Test
    void missingVersionResolvesToNewest() {
        assertThat(versions.resolve(null).version()).isEqualTo("1.6.9.1");
    }

    @Test
    void versionsBetweenListedOnesUnsupported() {
        ProtocolVersions.Resolution resolution = versions.resolve("1.6.4.0");

        assertThat(resolution.isSupported()).isFalse();
        assertThat(resolution.errorCode()).isEqualTo(1005);
    }

    @Test
    void backupManagerLimit() {
        assertThat(versions.hasBackupManager("1.6.9.0")).isTrue();
        assertThat(versions.hasBackupManager("1.6.9.1")).isFalse();
    }

    @Test
    void invalidConfigurationRejected() {
        assertThatThrownBy(() -> new ProtocolVersions(List.of(), "1.6.9.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> new ProtocolVersions(List.of("1.6.x"), "1.6.9.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1.6.x'");
    }
}
