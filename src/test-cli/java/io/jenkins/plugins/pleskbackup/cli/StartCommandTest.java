package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.RecordedRequest;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StartCommandTest {

    private static final String SECRET_KEY = "start-Secret-key-31415";

    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));
    private PleskSimulator simulator;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .clock(clock)
                .secretKey(SECRET_KEY, null)
                .reseller(3, "acme")
                .customer(5, "jdoe", 3)
                .webspace(1, "example.com", 5)
                .defaultBackup(Duration.ofSeconds(40), TaskOutcome.FINISHED)
                .start();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private CliRun.Result start(String... options) {
        return CliRun.withClock(clock).secretKey(SECRET_KEY).run(StatusCommandTest.concat(
                new String[] {"start", "--url", simulator.endpoint().toString()}, options));
    }

    /** Returns the body of the one backup request the simulator received, without whitespace between elements. */
    private String backupRequestBody() {
        List<RecordedRequest> backups = simulator.requests().stream()
                .filter(request -> request.bodyAsString().contains("<backup-"))
                .toList();
        assertThat(backups).hasSize(1);
        return backups.get(0).bodyAsString().replaceAll(">\\s+<", "><");
    }

    @Test
    void printsOnlyTaskIdOnStdout() {
        CliRun.Result result = start("--webspace-name", "example.com");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("1\n");
        assertThat(result.err()).contains("started backup-webspace (webspace-name 'example.com') as task 1.");
        assertThat(simulator.task(1)).isPresent();
        String body = backupRequestBody();
        assertThat(body).contains("<backup-webspace><webspace-name>example.com</webspace-name><local/>");
        assertThat(body).contains("<description>Started by plesk-backup</description>");
        assertThat(body).doesNotContain("<prefix>").doesNotContain("<split-size>").doesNotContain("<only-");
    }

    @Test
    void sendsAllBackupSettings() {
        CliRun.Result result = start("--customer-login", "jdoe", "--ftp", "--prefix", "nightly_", "--description",
                "Before release 2.0", "--split-size", "2048", "--only-mail", "--only-configuration");

        assertThat(result.exitCode()).isEqualTo(0);
        String body = backupRequestBody();
        assertThat(body).contains("<backup-customer><customer-login>jdoe</customer-login><remote>ftp</remote>"
                + "<prefix>nightly_</prefix><description>Before release 2.0</description>"
                + "<split-size>2048</split-size><only-mail/><only-configuration/></backup-customer>");
        assertThat(simulator.task(1).orElseThrow().protocol()).isEqualTo("ftp");
    }

    @Test
    void backsUpServerAndReseller() {
        assertThat(start("--server").exitCode()).isEqualTo(0);
        assertThat(start("--reseller-id", "3").exitCode()).isEqualTo(0);

        List<String> operations = simulator.requests().stream().map(RecordedRequest::bodyAsString)
                .map(body -> body.contains("<backup-server>") ? "server"
                        : body.contains("<backup-reseller>") ? "reseller" : "other")
                .toList();
        assertThat(operations).containsExactly("server", "reseller");
    }

    @Test
    void waitReportsOnStderr() {
        CliRun.Result result = start("--webspace-id", "1", "--wait", "--timeout", "5m");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("1\n");
        assertThat(result.err()).contains("Waiting for backup task 1").contains("(timeout 5 min,")
                .contains("Task 1 changed from working to finished.").contains("Task 1 finished (waited");
    }

    @Test
    void waitReportsFailure() {
        simulator.scheduleNextBackup(Duration.ofSeconds(10), TaskOutcome.FAILED);

        CliRun.Result result = start("--webspace-id", "1", "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("1\n");
        assertThat(result.err()).contains("plesk-backup: backup task 1 on Plesk server");
    }

    @Test
    void waitTimesOut() {
        simulator.scheduleNextBackup(null, TaskOutcome.FINISHED);

        CliRun.Result result = start("--webspace-id", "1", "--wait", "--timeout", "30s");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("plesk-backup: timed out after 30 s waiting for backup task 1");
    }

    @Test
    void missingTargetIsUsageError() {
        CliRun.Result result = start("--prefix", "x");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Missing required argument")
                .contains("--webspace-name=DOMAIN").contains("plesk-backup start --help");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void twoTargetsAreUsageError() {
        CliRun.Result result = start("--server", "--webspace-id", "1");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("Give only one of these options: --server, --webspace-id.");
    }

    @Test
    void hostingAndMailExcludeEachOther() {
        CliRun.Result result = start("--server", "--only-hosting", "--only-mail");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("Give only one of these options: --only-hosting, --only-mail.");
    }

    @Test
    void timeoutWithoutWaitIsUsageError() {
        CliRun.Result result = start("--server", "--timeout", "1h");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("apply only with --wait");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void negativeSplitSizeIsUsageError() {
        CliRun.Result result = start("--server", "--split-size", "-1");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("The split size -1 KB is negative");
    }

    @Test
    void unknownWebspaceExitsNotFound() {
        CliRun.Result result = start("--webspace-name", "missing.example");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("error 1013");
        result.assertNoSecret(SECRET_KEY);
    }
}
