package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link PleskBackupCli#main} in a separate JVM, to check what only a real process shows: the exit code that
 * {@code System.exit} passes on, and standard error with the JVM's logging configured by the command line.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SubprocessTest {

    private static final String LOGIN = "admin";
    private static final String PASSWORD = "proc-Secret-pw-5772";

    private static PleskSimulator simulator;

    @TempDir
    Path folder;

    /** Exit code and output of a finished process. */
    private record ProcessResult(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = PleskSimulator.builder()
                .administrator(LOGIN, PASSWORD)
                .webspace(1, "example.com")
                .task(TaskDefinition.builder(21, TaskOwner.webspace(1)).endedWith(TaskOutcome.FAILED).build())
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private ProcessResult runCli(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PleskBackupCli.class.getName());
        command.addAll(List.of(args));
        Path out = folder.resolve("out-" + System.nanoTime());
        Path err = folder.resolve("err-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PLESK_"));
        builder.environment().putAll(environment);

        Process process = builder.start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("plesk-backup " + String.join(" ", args) + " did not end within 60 s");
            }
        } finally {
            process.destroyForcibly();
        }
        return new ProcessResult(process.exitValue(), read(out), read(err));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void failedTaskExitsOneWithOneErrorLine() throws Exception {
        ProcessResult result = runCli(Map.of("PLESK_LOGIN", LOGIN, "PLESK_PASSWORD", PASSWORD),
                "wait", "--url", simulator.endpoint().toString(), "--task-id", "21");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("Task 21: failed (webspace 1, started ");
        assertThat(result.err()).startsWith("plesk-backup: backup task 21 on Plesk server").endsWith(".\n");
        assertThat(result.err().lines().count()).isEqualTo(1);
        assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
    }

    @Test
    void wrongPasswordExitsFiveWithoutSecret() throws Exception {
        String wrongPassword = "proc-Wrong-pw-1123";

        ProcessResult result = runCli(Map.of("PLESK_LOGIN", LOGIN, "PLESK_PASSWORD", wrongPassword),
                "status", "--url", simulator.endpoint().toString());

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("plesk-backup: Plesk server").contains("error 1001");
        assertThat(result.err().lines().count()).isEqualTo(1);
        assertThat(result.out() + result.err()).doesNotContain(wrongPassword).doesNotContain(PASSWORD);
    }

    @Test
    void debugShowsTraceAndLogWithoutSecret() throws Exception {
        String wrongPassword = "proc-Wrong-pw-3581";

        ProcessResult result = runCli(Map.of("PLESK_LOGIN", LOGIN, "PLESK_PASSWORD", wrongPassword),
                "status", "--url", simulator.endpoint().toString(), "--debug");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("plesk-backup: fine: Sending get-tasks-info (no filter)")
                .contains("with login 'admin' with password").contains("\tat ");
        assertThat(result.out() + result.err()).doesNotContain(wrongPassword);
    }

    @Test
    void missingCredentialsExitSixtyFour() throws Exception {
        ProcessResult result = runCli(Map.of(), "status", "--url", simulator.endpoint().toString());

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("plesk-backup: Missing Plesk credentials");
        assertThat(result.err().lines().count()).isEqualTo(1);
    }
}
