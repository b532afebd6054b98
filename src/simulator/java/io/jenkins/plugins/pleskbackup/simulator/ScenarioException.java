package io.jenkins.plugins.pleskbackup.simulator;

/** An invalid line in a scenario file. The message names the file, the line number and the problem. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    ScenarioException(String source, int lineNumber, String problem) {
        super(source + " line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** Returns the 1-based number of the invalid line. */
    public int lineNumber() {
        return lineNumber;
    }
}
