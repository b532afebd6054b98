package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProtocolsCommandTest {

    private static final String KEY = "protocols-Secret-key-2207";
    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));

    private static PleskSimulator simulator;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .https(true)
                .clock(CLOCK)
                .secretKey(KEY, null)
                .supportedProtocols(List.of("1.6.8.0", "1.6.9.0", "1.6.9.1"))
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void listsVersionsAndCertificate() {
        CliRun.Result result = CliRun.withClock(CLOCK).secretKey(KEY).run("protocols", "--url",
                simulator.endpoint().toString(), "--pin-sha256", simulator.certificateSha256Fingerprint());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("Certificate SHA-256 fingerprint: "
                + simulator.certificateSha256Fingerprint());
        assertThat(result.out()).contains("Newest protocol version: 1.6.9.1");
        assertThat(result.out()).contains("Supported protocol versions: 1.6.8.0 1.6.9.0 1.6.9.1");
        assertThat(result.out()).contains("The protocol version in use, 1.6.9.0, is supported.");
        assertThat(result.all()).doesNotContain(KEY);
    }

    @Test
    void unlistedVersionIsNamed() {
        CliRun.Result result = CliRun.withClock(CLOCK).secretKey(KEY).run("protocols", "--url",
                simulator.endpoint().toString(), "--pin-sha256", simulator.certificateSha256Fingerprint(),
                "--protocol-version", "1.6.7.0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("The protocol version in use, 1.6.7.0, is not listed");
    }

    @Test
    void rejectedKeyExitsWithAuthenticationCode() {
        CliRun.Result result = CliRun.withClock(CLOCK).secretKey("wrong-Secret-key-0001").run("protocols", "--url",
                simulator.endpoint().toString(), "--pin-sha256", simulator.certificateSha256Fingerprint());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION_REJECTED);
        assertThat(result.err()).contains("rejected the secret key (error 11003)");
        assertThat(result.all()).doesNotContain("wrong-Secret-key-0001");
    }
}
