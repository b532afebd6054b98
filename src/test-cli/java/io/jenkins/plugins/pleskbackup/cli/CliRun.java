package io.jenkins.plugins.pleskbackup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.wait.BlockingTaskWait;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@link PleskBackupCli} in this JVM with a given environment and captured standard output and error. By default
 * the clock is a {@link ManualClock} and sleeping advances it, so waits end without real time passing; share the clock
 * with the simulator to make its tasks progress in step.
 */
final class CliRun {

    /** The exit code and the captured output of one run. */
    record Result(int exitCode, String out, String err) {

        /** Standard output and error together, for checks that must hold for both. */
        String all() {
            return out + err;
        }

        /** Asserts that neither stream contains any of the secrets. */
        void assertNoSecret(String... secrets) {
            for (String secret : secrets) {
                assertThat(all()).as("output must not contain the secret").doesNotContain(secret);
            }
        }
    }

    private final Map<String, String> environment = new HashMap<>();
    private final Clock clock;
    private BlockingTaskWait.Sleeper sleeper;
    private boolean terminal;

    private CliRun(Clock clock, BlockingTaskWait.Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Creates a run whose sleeps advance the given manual clock instead of pausing. */
    static CliRun withClock(ManualClock clock) {
        return new CliRun(clock, millis -> clock.advance(Duration.ofMillis(millis)));
    }

    CliRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    CliRun login(String login, String password) {
        return env(Credentials.LOGIN_VARIABLE, login).env(Credentials.PASSWORD_VARIABLE, password);
    }

    CliRun secretKey(String key) {
        return env(Credentials.SECRET_KEY_VARIABLE, key);
    }

    CliRun sleeper(BlockingTaskWait.Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    CliRun terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exitCode = new PleskBackupCli(environment, outStream, errStream, terminal, clock, sleeper).run(args);
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
