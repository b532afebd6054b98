package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.Scenarios;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Connection options, credentials and the errors of reaching Plesk, over HTTP and HTTPS. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionOptionsTest {

    private static final String LOGIN = "admin";
    private static final String PASSWORD = "conn-Secret-pw-1618";
    private static final String SECRET_KEY = "conn-Secret-key-1414";
    private static final String BOUND_KEY = "bound-Secret-key-1732";

    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));

    private static PleskSimulator http;
    private static PleskSimulator https;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSimulators() throws Exception {
        http = PleskSimulator.builder()
                .clock(CLOCK)
                .administrator(LOGIN, PASSWORD)
                .secretKey(SECRET_KEY, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))
                .secretKey(BOUND_KEY, InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}))
                .scenario(Scenarios.documentedSamples())
                .start();
        https = PleskSimulator.builder()
                .https(true)
                .clock(CLOCK)
                .administrator(LOGIN, PASSWORD)
                .scenario(Scenarios.documentedSamples())
                .start();
    }

    @AfterAll
    static void stopSimulators() {
        http.close();
        https.close();
    }

    private static CliRun admin() {
        return CliRun.withClock(CLOCK).login(LOGIN, PASSWORD);
    }

    private static String httpUrl() {
        return http.endpoint().toString();
    }

    private static String httpsUrl() {
        return "https://127.0.0.1:" + https.port();
    }

    @Test
    void secretKeyFromEnvironment() {
        CliRun.Result result = CliRun.withClock(CLOCK).secretKey(SECRET_KEY).run("status", "--url", httpUrl(),
                "--task-id", "7");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("my_1512011119.tar");
    }

    @Test
    void secretKeyTakesPrecedenceOverLogin() {
        CliRun.Result result = CliRun.withClock(CLOCK).secretKey(SECRET_KEY).login(LOGIN, "not-the-password")
                .run("status", "--url", httpUrl(), "--task-id", "7");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(http.requests().get(http.requests().size() - 1).header("KEY")).isEqualTo(SECRET_KEY);
    }

    @Test
    void wrongPasswordExitsFive() {
        CliRun.Result result = CliRun.withClock(CLOCK).login(LOGIN, "wrong-Secret-pw-99")
                .run("status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).isEqualTo("plesk-backup: Plesk server '127.0.0.1:" + http.port() + "' rejected the"
                + " login or password (error 1001). Check the login and password of the credentials used for this"
                + " server.\n");
        assertThat(result.out()).isEmpty();
        result.assertNoSecret("wrong-Secret-pw-99", PASSWORD);
    }

    @Test
    void keyBoundToOtherAddressExitsFive() {
        CliRun.Result result = CliRun.withClock(CLOCK).secretKey(BOUND_KEY).run("status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("plesk-backup: ").contains("error 11003").contains("IP address");
        result.assertNoSecret(BOUND_KEY);
    }

    @Test
    void refusedConnectionExitsSix() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            closedPort = socket.getLocalPort();
        }

        CliRun.Result result = admin().run("status", "--url", "http://127.0.0.1:" + closedPort);

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).startsWith("plesk-backup: Cannot connect to Plesk server '127.0.0.1:" + closedPort
                + "'").contains("connection refused");
        assertThat(result.err().lines().count()).isEqualTo(1);
        result.assertNoSecret(PASSWORD);
    }

    @Test
    void htmlPageExitsSix() {
        http.faults().next(Fault.htmlPage());

        CliRun.Result result = admin().run("status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).startsWith("plesk-backup: ").contains("instead of an XML packet");
        result.assertNoSecret(PASSWORD);
    }

    @Test
    void packetPermissionDeniedExitsFive() {
        http.faults().next(Fault.systemError(1006, "Permission is denied."));

        CliRun.Result result = admin().run("status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("plesk-backup: ").contains("denied permission").contains("error 1006");
    }

    @Test
    void http503ExitsSixForStatus() {
        http.faults().next(Fault.httpError(503));

        CliRun.Result result = admin().run("status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).contains("HTTP 503");
    }

    @Test
    void serverNameAppearsInMessages() {
        CliRun.Result result = CliRun.withClock(CLOCK).login(LOGIN, "wrong-pw")
                .run("status", "--url", httpUrl(), "--server-name", "backup-box");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("Plesk server 'backup-box'");
    }

    @Test
    void plainHttpToRemoteHostWarns() {
        CliRun.Result result = admin().run("status", "--url", "http://plesk.invalid:1", "--connect-timeout", "2s");

        assertThat(result.err()).contains("plesk-backup: warning: the URL uses plain HTTP");
        assertThat(result.exitCode()).isEqualTo(6);
    }

    @Test
    void untrustedCertificateExitsSixWithFingerprint() {
        CliRun.Result result = admin().run("status", "--url", httpsUrl());

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).startsWith("plesk-backup: TLS handshake with Plesk server")
                .contains(https.certificateSha256Fingerprint());
        assertThat(result.err().lines().count()).isEqualTo(1);
        result.assertNoSecret(PASSWORD);
    }

    @Test
    void pinnedCertificateIsAccepted() {
        CliRun.Result result = admin().run("status", "--url", httpsUrl(), "--pin-sha256",
                https.certificateSha256Fingerprint(), "--task-id", "5472");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("5472").contains("working");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void pinWithoutColonsInLowerCaseIsAccepted() {
        String pin = https.certificateSha256Fingerprint().replace(":", "").toLowerCase(java.util.Locale.ROOT);

        CliRun.Result result = admin().run("status", "--url", httpsUrl(), "--pin-sha256", pin);

        assertThat(result.exitCode()).isEqualTo(0);
    }

    @Test
    void wrongPinExitsSix() {
        String wrongPin = "00" + https.certificateSha256Fingerprint().substring(2);
        if (wrongPin.equals(https.certificateSha256Fingerprint())) {
            wrongPin = "11" + wrongPin.substring(2);
        }

        CliRun.Result result = admin().run("status", "--url", httpsUrl(), "--pin-sha256", wrongPin);

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).contains("does not match the pinned fingerprint")
                .contains(https.certificateSha256Fingerprint());
    }

    @Test
    void invalidPinIsUsageError() {
        CliRun.Result result = admin().run("status", "--url", httpsUrl(), "--pin-sha256", "abc");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: --pin-sha256 'abc' is not a SHA-256 certificate"
                + " fingerprint");
    }

    @Test
    void insecureIsAcceptedWithWarning() {
        CliRun.Result result = admin().run("status", "--url", httpsUrl(), "--insecure", "--task-id", "7");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).isEqualTo("plesk-backup: warning: TLS certificate verification is off (--insecure);"
                + " anyone on the network path to 127.0.0.1:" + https.port() + " can read the credentials. Pin the"
                + " certificate with --pin-sha256 instead.\n");
        assertThat(result.out()).contains("my_1512011119.tar");
    }

    @Test
    void pinAndInsecureAreUsageError() {
        CliRun.Result result = admin().run("status", "--url", httpsUrl(), "--insecure", "--pin-sha256",
                https.certificateSha256Fingerprint());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("--pin-sha256 and --insecure exclude each other");
    }

    @Test
    void missingCredentialsNameVariables() {
        int requestsBefore = http.requests().size();

        CliRun.Result result = CliRun.withClock(CLOCK).run("status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Missing Plesk credentials")
                .contains("PLESK_SECRET_KEY").contains("PLESK_LOGIN").contains("PLESK_PASSWORD");
        assertThat(http.requests()).as("no request without credentials").hasSize(requestsBefore);
    }

    @Test
    void loginWithoutPasswordIsUsageError() {
        CliRun.Result result = CliRun.withClock(CLOCK).env("PLESK_LOGIN", LOGIN).run("status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("PLESK_LOGIN is set but PLESK_PASSWORD is not");
    }

    @Test
    void credentialsFileWithLogin() throws Exception {
        Path file = folder.resolve("plesk.properties");
        Files.writeString(file, "# test\nlogin = admin\npassword = " + PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        CliRun.Result result = CliRun.withClock(CLOCK).run("status", "--url", httpUrl(), "--credentials-file",
                file.toString(), "--task-id", "7");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void credentialsFileWithSecretKey() throws Exception {
        Path file = folder.resolve("key.properties");
        Files.writeString(file, "secretKey=" + SECRET_KEY + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        CliRun.Result result = CliRun.withClock(CLOCK).login(LOGIN, "ignored-because-file-wins")
                .run("status", "--url", httpUrl(), "--credentials-file", file.toString());

        assertThat(result.exitCode()).isEqualTo(0);
    }

    @Test
    void readableCredentialsFileWarns() throws Exception {
        Path file = folder.resolve("open.properties");
        Files.writeString(file, "login=admin\npassword=" + PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun.Result result = CliRun.withClock(CLOCK).run("status", "--url", httpUrl(), "--credentials-file",
                file.toString());

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).contains("warning: the credentials file").contains("chmod 600");
        result.assertNoSecret(PASSWORD);
    }

    @Test
    void credentialsFileWithUnknownKey() throws Exception {
        Path file = folder.resolve("typo.properties");
        Files.writeString(file, "login=admin\npasswd=" + PASSWORD + "\n", StandardCharsets.UTF_8);

        CliRun.Result result = CliRun.withClock(CLOCK).run("status", "--url", httpUrl(), "--credentials-file",
                file.toString());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("unknown keys [passwd]");
        result.assertNoSecret(PASSWORD);
    }

    @Test
    void missingCredentialsFile() {
        CliRun.Result result = CliRun.withClock(CLOCK).run("status", "--url", httpUrl(), "--credentials-file",
                folder.resolve("absent.properties").toString());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("Cannot read the credentials file").contains("NoSuchFileException");
    }

    @Test
    void missingUrlIsUsageError() {
        CliRun.Result result = admin().run("status");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("plesk-backup: Missing required option: '--url=URL'. Run 'plesk-backup"
                + " status --help' for usage.\n");
    }

    @Test
    void invalidUrlIsUsageError() {
        CliRun.Result result = admin().run("status", "--url", "ftp://plesk.invalid");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("only https and http are supported");
    }

    @Test
    void invalidProtocolVersionIsUsageError() {
        CliRun.Result result = admin().run("status", "--url", httpUrl(), "--protocol-version", "latest");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("The protocol version 'latest' is not valid");
    }

    @Test
    void unsupportedProtocolVersionExitsSix() {
        CliRun.Result result = admin().run("status", "--url", httpUrl(), "--protocol-version", "1.6.9.1");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).startsWith("plesk-backup: Plesk server");
    }

    @Test
    void unknownOptionValueIsNotEchoed() {
        CliRun.Result result = admin().run("status", "--url", httpUrl(), "--password", "typed-Secret-pw-1");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("plesk-backup: Unknown option '--password', with 1 more unexpected"
                + " argument not shown in case of a secret. Run 'plesk-backup status --help' for usage.\n");
        result.assertNoSecret("typed-Secret-pw-1");
    }

    @Test
    void unknownOptionWithEqualsIsNotEchoed() {
        CliRun.Result result = admin().run("status", "--url", httpUrl(), "--secret-key=typed-Secret-key-2");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Unknown option '--secret-key'.");
        result.assertNoSecret("typed-Secret-key-2");
    }

    @Test
    void positionalArgumentIsNotEchoed() {
        CliRun.Result result = admin().run("status", "--url", httpUrl(), "typed-Secret-3");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Unexpected argument; commands take options only");
        result.assertNoSecret("typed-Secret-3");
    }

    @Test
    void debugAddsStackTrace() {
        CliRun.Result result = CliRun.withClock(CLOCK).login(LOGIN, "wrong-Secret-pw-77")
                .run("--debug", "status", "--url", httpUrl());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("PleskAuthenticationException").contains("\tat ");
        result.assertNoSecret("wrong-Secret-pw-77");
    }

    @Test
    void debugAfterCommandAddsStackTrace() {
        CliRun.Result result = CliRun.withClock(CLOCK).login(LOGIN, "wrong-Secret-pw-78")
                .run("status", "--url", httpUrl(), "--debug");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("\tat ");
        result.assertNoSecret("wrong-Secret-pw-78");
    }
}
