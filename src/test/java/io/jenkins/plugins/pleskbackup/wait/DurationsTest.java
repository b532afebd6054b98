package io.jenkins.plugins.pleskbackup.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource(delimiter = '|', value = {
        "-5|0 s",
        "0|0 s",
        "1|0.0 s",
        "500|0.5 s",
        "999|1.0 s",
        "1000|1 s",
        "1999|1 s",
        "45000|45 s",
        "60000|1 min",
        "200000|3 min 20 s",
        "3600000|1 h",
        "3900000|1 h 5 min",
        "3905000|1 h 5 min",
        "7200000|2 h",
        "90000000|25 h"})
    void format(long millis, String expected) {
        assertThat(Durations.format(millis)).isEqualTo(expected);
    }

    @Test
    void formatDuration() {
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "0|PT0S",
        "90|PT1M30S",
        "90s|PT1M30S",
        "15m|PT15M",
        "15min|PT15M",
        "2h|PT2H",
        "1h30m|PT1H30M",
        "1h 30min|PT1H30M",
        "' 1 h 30 m '|PT1H30M",
        "1d|PT24H",
        "1d2h3m4s|PT26H3M4S",
        "2H|PT2H",
        "PT2H|PT2H",
        "pt15m|PT15M",
        "P1D|PT24H",
        "PT0.5S|PT0.5S"})
    void parse(String text, String expected) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"abc", "1x", "-5", "5ms", "h", "1.5h", "1h-30m", "PTxyz", "P", "2h 1d", "s90",
        "-PT1H", "99999999999999999999", "99999999999999999999s", "9999999999999999d", "P9999999999999D"})
    void invalidRejected(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a duration; write it as 90s, 15m, 2h or 1h30m.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingRejected(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a duration; write it as 90s, 15m, 2h or 1h30m.");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"PT-5S", "P-1D", "PT1H-90M"})
    void negativeRejected(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is negative; give a duration of 0 or more, for example 90s.");
    }

    @Test
    void formatAndParseAgree() {
        for (String text : new String[] {"45 s", "3 min 20 s", "1 h 5 min", "2 h"}) {
            assertThat(Durations.format(Durations.parse(text))).isEqualTo(text);
        }
    }
}
