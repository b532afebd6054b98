package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {

    private static CliRun.Result run(String... args) {
        return CliRun.withClock(new ManualClock(Instant.EPOCH)).run(args);
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun.Result result = run("--help");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).isEmpty();
        for (String command : List.of("status", "wait", "start", "simulate", "demo")) {
            assertThat(result.out()).containsPattern("\\n  " + command + " +[A-Z]");
        }
        assertThat(result.out()).contains("Exit codes:").containsPattern("\\n  64 +Usage error")
                .containsPattern("\\n  130 +Interrupted").contains("PLESK_SECRET_KEY");
    }

    @Test
    void everyCommandHelpHasExitCodes() {
        for (String command : List.of("status", "wait", "start", "simulate", "demo")) {
            CliRun.Result result = run(command, "--help");

            assertThat(result.exitCode()).as(command).isEqualTo(0);
            assertThat(result.out()).as(command).contains("Usage: plesk-backup " + command)
                    .contains("Exit codes:").containsPattern("\\n  3 +The wait timed out");
        }
    }

    @Test
    void helpCommandShowsCommandHelp() {
        CliRun.Result result = run("help", "wait");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("Usage: plesk-backup wait").contains("--initial-interval=DURATION");
    }

    @Test
    void versionNamesTool() {
        CliRun.Result result = run("--version");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).startsWith("plesk-backup ").contains("XML API protocol 1.6.9.0 by default");
    }

    @Test
    void noCommandIsUsageError() {
        CliRun.Result result = run();

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("plesk-backup: missing command;").contains("plesk-backup demo");
    }

    @Test
    void unknownCommandIsUsageError() {
        CliRun.Result result = run("backup");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("plesk-backup: Unknown command 'backup'. Run 'plesk-backup --help' for"
                + " usage.\n");
        assertThat(result.err().lines().count()).isEqualTo(1);
    }
}
