package io.jenkins.plugins.pleskbackup.forms;

import hudson.Util;
import io.jenkins.plugins.pleskbackup.report.BuildResults;
import io.jenkins.plugins.pleskbackup.wait.Durations;
import io.jenkins.plugins.pleskbackup.wait.OutcomePolicy;

/** The wait options of the wait step and builder, as the user typed them. */
public final class WaitFields {

    private String timeout;
    private String maxPollInterval;
    private String failureResult;
    private String timeoutResult;
    private boolean stopBackupOnAbort;

    public String getTimeout() {
        return timeout;
    }

    public void setTimeout(String timeout) {
        this.timeout = Util.fixEmptyAndTrim(timeout);
    }

    public String getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(String maxPollInterval) {
        this.maxPollInterval = Util.fixEmptyAndTrim(maxPollInterval);
    }

    public String getFailureResult() {
        return failureResult == null ? "FAILURE" : failureResult;
    }

    public void setFailureResult(String failureResult) {
        this.failureResult = Util.fixEmptyAndTrim(failureResult);
    }

    public String getTimeoutResult() {
        return timeoutResult == null ? "FAILURE" : timeoutResult;
    }

    public void setTimeoutResult(String timeoutResult) {
        this.timeoutResult = Util.fixEmptyAndTrim(timeoutResult);
    }

    public boolean isStopBackupOnAbort() {
        return stopBackupOnAbort;
    }

    public void setStopBackupOnAbort(boolean stopBackupOnAbort) {
        this.stopBackupOnAbort = stopBackupOnAbort;
    }

    /**
     * Parses the fields.
     *
     * @throws IllegalArgumentException naming the field when a value is invalid
     */
    public WaitOptions toOptions() {
        Long timeoutMillis = parseDuration(timeout, "timeout");
        Long maxPollMillis = parseDuration(maxPollInterval, "maxPollInterval");
        OutcomePolicy policy = new OutcomePolicy(BuildResults.parseUnsuccessful(failureResult, "failureResult"),
                BuildResults.parseUnsuccessful(timeoutResult, "timeoutResult"));
        return new WaitOptions(timeoutMillis, maxPollMillis, policy, stopBackupOnAbort);
    }

    private static Long parseDuration(String text, String parameter) {
        if (text == null) {
            return null;
        }
        long millis = Durations.parse(text).toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException(Messages.WaitFields_NotPositive(parameter, text));
        }
        return millis;
    }
}
