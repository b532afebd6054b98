package io.jenkins.plugins.pleskbackup.wait;

import java.io.Serializable;
import java.util.HashSet;

/**
 * Progress of one wait, kept so that it can be persisted and resumed: which task on which server, the absolute
 * deadline, and what has been seen and reported so far. Mutated only by {@link TaskWaiter}.
 */
public final class WaitState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String serverName;
    private final String taskId;
    private final long startedAtMillis;
    private final long deadlineMillis;

    private int polls;
    private String lastStatusText;
    private long lastReportMillis;
    private int consecutiveFailures;
    private String lastFailureMessage;
    private final HashSet<String> reportedFailureKinds = new HashSet<>();

    /**
     * Starts a wait at {@code nowMillis} that ends at the latest {@code timeout} later.
     *
     * @param nowMillis wall-clock time in epoch milliseconds, so that the deadline survives a restart
     */
    public WaitState(String serverName, String taskId, long nowMillis, long timeoutMillis) {
        this.serverName = serverName;
        this.taskId = taskId;
        this.startedAtMillis = nowMillis;
        this.deadlineMillis = nowMillis + timeoutMillis;
        this.lastReportMillis = nowMillis;
    }

    public String serverName() {
        return serverName;
    }

    public String taskId() {
        return taskId;
    }

    public long startedAtMillis() {
        return startedAtMillis;
    }

    /** Absolute deadline in epoch milliseconds. */
    public long deadlineMillis() {
        return deadlineMillis;
    }

    public int polls() {
        return polls;
    }

    /** The status text of the last response, or {@code null} before the first response. */
    public String lastStatusText() {
        return lastStatusText;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Message of the last transient failure, or {@code null}. */
    public String lastFailureMessage() {
        return lastFailureMessage;
    }

    public long remainingMillis(long nowMillis) {
        return Math.max(0, deadlineMillis - nowMillis);
    }

    void countPoll() {
        polls++;
    }

    void recordStatus(String statusText) {
        lastStatusText = statusText;
    }

    long lastReportMillis() {
        return lastReportMillis;
    }

    void recordReport(long nowMillis) {
        lastReportMillis = nowMillis;
    }

    /** Records a transient failure; returns whether a failure of this kind is new in this wait. */
    boolean recordFailure(String kind, String message) {
        consecutiveFailures++;
        lastFailureMessage = message;
        return reportedFailureKinds.add(kind);
    }

    /** Clears the failure count after a successful poll, and returns how many failures preceded it. */
    int clearFailures() {
        int failures = consecutiveFailures;
        consecutiveFailures = 0;
        return failures;
    }
}
