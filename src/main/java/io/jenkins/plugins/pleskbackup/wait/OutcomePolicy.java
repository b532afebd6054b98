package io.jenkins.plugins.pleskbackup.wait;

import java.io.Serializable;
import java.util.Objects;

/**
 * Maps each {@link WaitOutcome} to a {@link Verdict}. A finished task is a success and a task Plesk does not know is
 * a failure. For a failed or stopped task and for a timeout the user chooses the verdict, failure by default.
 */
public final class OutcomePolicy implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Verdict failedOrStopped;
    private final Verdict timedOut;

    public OutcomePolicy(Verdict failedOrStopped, Verdict timedOut) {
        this.failedOrStopped = requireNotSuccess(failedOrStopped, "a failed or stopped task");
        this.timedOut = requireNotSuccess(timedOut, "a timeout");
    }

    public static OutcomePolicy defaults() {
        return new OutcomePolicy(Verdict.FAILURE, Verdict.FAILURE);
    }

    /** The verdict for a failed or stopped task. */
    public Verdict failedOrStopped() {
        return failedOrStopped;
    }

    public Verdict timedOut() {
        return timedOut;
    }

    public Verdict verdictFor(WaitOutcome outcome) {
        switch (outcome) {
            case FINISHED:
                return Verdict.SUCCESS;
            case FAILED:
            case STOPPED:
                return failedOrStopped;
            case TIMED_OUT:
                return timedOut;
            default:
                return Verdict.FAILURE;
        }
    }

    /** An unfinished backup must never pass a release gate silently, so these outcomes cannot map to success. */
    private static Verdict requireNotSuccess(Verdict verdict, String what) {
        Objects.requireNonNull(verdict, what);
        if (verdict == Verdict.SUCCESS) {
            throw new IllegalArgumentException("The result for " + what + " must be UNSTABLE or FAILURE.");
        }
        return verdict;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof OutcomePolicy)) {
            return false;
        }
        OutcomePolicy that = (OutcomePolicy) other;
        return failedOrStopped == that.failedOrStopped && timedOut == that.timedOut;
    }

    @Override
    public int hashCode() {
        return Objects.hash(failedOrStopped, timedOut);
    }

    @Override
    public String toString() {
        return "failed or stopped: " + failedOrStopped + ", timeout: " + timedOut;
    }
}
