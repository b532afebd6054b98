package io.jenkins.plugins.pleskbackup.testing;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link TaskListener} that keeps the console output in memory, so tests can read the build log. Thread-safe: steps
 * write from pool threads while the test reads.
 */
public final class CapturingListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final transient PrintStream logger = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Override
    public PrintStream getLogger() {
        return logger;
    }

    /** Returns the whole console output so far. */
    public String text() {
        synchronized (logger) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    /** Returns the console lines so far, without line terminators. */
    public List<String> lines() {
        String text = text();
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    /** Returns the console lines that contain {@code fragment}. */
    public List<String> linesContaining(String fragment) {
        return lines().stream().filter(line -> line.contains(fragment)).toList();
    }
}
