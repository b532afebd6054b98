package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.wait.BlockingTaskWait;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * What the commands take from the process they run in. {@link PleskBackupCli#main} passes the real ones; tests pass
 * their own environment, captured streams and a manual clock whose sleeper advances it.
 *
 * @param environment the environment variables, read for the credentials
 * @param out standard output: results such as tables, JSON and task ids
 * @param err standard error: warnings and the one-line error messages
 * @param terminal whether standard output is an interactive terminal, which enables the live progress line
 * @param clock time source of waits, of the timestamps in output and of the simulator that {@code demo} starts
 * @param sleeper pause between polls of a wait
 * @param random source of numbers in [0, 1) for the jitter of poll intervals
 */
record CommandContext(
        Map<String, String> environment,
        PrintStream out,
        PrintStream err,
        boolean terminal,
        Clock clock,
        BlockingTaskWait.Sleeper sleeper,
        DoubleSupplier random) {

    CommandContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
    }

    /** Prints a warning line on standard error. */
    void warn(String message) {
        err.println("plesk-backup: warning: " + message);
        err.flush();
    }

    @Override
    public String toString() {
        // The environment may hold the secret key or password.
        return "CommandContext[terminal=" + terminal + ", clock=" + clock + "]";
    }
}
