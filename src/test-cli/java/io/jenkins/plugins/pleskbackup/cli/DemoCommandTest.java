package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code demo} with a manual clock, so that its 8-second backup takes no real time. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoCommandTest {

    @Test
    void demoRunsWithoutEnvironment() {
        CliRun.Result result = CliRun.withClock(new ManualClock(Instant.parse("2024-05-01T10:00:00Z"))).run("demo");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
        assertThat(result.err()).isEmpty();
        String out = result.out();
        assertThat(out).containsPattern("Simulator: https://127\\.0\\.0\\.1:\\d+/enterprise/control/agent\\.php");
        assertThat(out).containsPattern("fingerprint\\n  ([0-9A-F]{2}:){31}[0-9A-F]{2}\\n");
        assertThat(out).contains("TASK  OWNER       STATUS    STARTED");
        assertThat(out).containsPattern("\\n4 +webspace 2 +working ");
        assertThat(out).contains("Plesk created task 5.");
        assertThat(out).contains("Task 5: working (webspace 1, started 2024-05-01T10:00:00Z).");
        assertThat(out).contains("Task 5 changed from working to finished.");
        assertThat(out).containsPattern("Task 5 finished \\(waited (8|9|10) s\\)\\. Backup file: demo_2405011000\\.tar");
        assertThat(out.indexOf("working to finished")).isGreaterThan(out.indexOf("Task 5 is working"));
    }

    @Test
    void demoPrintsNoSecretKey() {
        CliRun.Result result = CliRun.withClock(new ManualClock(Instant.parse("2024-05-01T10:00:00Z"))).run("demo");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.all()).doesNotContainPattern("[0-9a-fA-F]{32}");
    }
}
