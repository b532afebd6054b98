package io.jenkins.plugins.pleskbackup.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitSettingsTest {

    @Test
    void defaults() {
        WaitSettings settings = WaitSettings.defaults();

        assertThat(settings.timeout()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.initialPollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxPollInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.heartbeatInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings).hasToString("timeout 2 h, polls every 5 s up to 1 min");
    }

    @Test
    void withMethodsReturnCopies() {
        WaitSettings defaults = WaitSettings.defaults();

        WaitSettings changed = defaults.withTimeout(Duration.ofMinutes(30))
                .withInitialPollInterval(Duration.ofSeconds(2))
                .withMaxPollInterval(Duration.ofSeconds(20))
                .withHeartbeatInterval(Duration.ofMinutes(1));

        assertThat(changed.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(changed.initialPollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(changed.maxPollInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(changed.heartbeatInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.timeout()).isEqualTo(Duration.ofHours(2));
        assertThat(defaults.initialPollInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void initialAboveMaxRaisesMax() {
        WaitSettings settings = WaitSettings.defaults().withInitialPollInterval(Duration.ofMinutes(2));

        assertThat(settings.initialPollInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.maxPollInterval()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void maxBelowInitialLowersInitial() {
        WaitSettings settings = WaitSettings.defaults().withMaxPollInterval(Duration.ofSeconds(2));

        assertThat(settings.maxPollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.initialPollInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void nonPositiveRejected() {
        WaitSettings settings = WaitSettings.defaults();

        assertThatThrownBy(() -> settings.withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The timeout must be positive, got PT0S.");
        assertThatThrownBy(() -> settings.withInitialPollInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The initial poll interval must be positive, got PT-1S.");
        assertThatThrownBy(() -> settings.withMaxPollInterval(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The maximum poll interval must be positive, got null.");
        assertThatThrownBy(() -> settings.withHeartbeatInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The heartbeat interval must be positive, got PT0S.");
    }

    @Test
    void baseDelayGrowsByFactor() {
        WaitSettings settings = WaitSettings.defaults();

        assertThat(settings.baseDelayMillis(1)).isEqualTo(5_000);
        assertThat(settings.baseDelayMillis(2)).isEqualTo(7_500);
        assertThat(settings.baseDelayMillis(3)).isEqualTo(11_250);
        assertThat(settings.baseDelayMillis(6)).isEqualTo(37_968);
        assertThat(settings.baseDelayMillis(7)).isEqualTo(56_953);
        assertThat(settings.baseDelayMillis(8)).isEqualTo(60_000);
        assertThat(settings.baseDelayMillis(1_000)).isEqualTo(60_000);
        assertThat(settings.baseDelayMillis(0)).isEqualTo(5_000);
    }

    @Test
    void delayAtLeastOneMillisecond() {
        WaitSettings settings = WaitSettings.defaults().withInitialPollInterval(Duration.ofMillis(1));

        assertThat(settings.delayMillis(1, 0.0)).isEqualTo(1);
    }
}
