package io.jenkins.plugins.pleskbackup.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutcomePolicyTest {

    @Test
    void defaultsFailEverythingUnfinished() {
        OutcomePolicy policy = OutcomePolicy.defaults();

        assertThat(policy.failedOrStopped()).isEqualTo(Verdict.FAILURE);
        assertThat(policy.timedOut()).isEqualTo(Verdict.FAILURE);
        assertThat(policy.verdictFor(WaitOutcome.FINISHED)).isEqualTo(Verdict.SUCCESS);
        assertThat(policy.verdictFor(WaitOutcome.FAILED)).isEqualTo(Verdict.FAILURE);
        assertThat(policy.verdictFor(WaitOutcome.STOPPED)).isEqualTo(Verdict.FAILURE);
        assertThat(policy.verdictFor(WaitOutcome.TIMED_OUT)).isEqualTo(Verdict.FAILURE);
        assertThat(policy.verdictFor(WaitOutcome.TASK_NOT_FOUND)).isEqualTo(Verdict.FAILURE);
    }

    @Test
    void unstableForFailedOrStopped() {
        OutcomePolicy policy = new OutcomePolicy(Verdict.UNSTABLE, Verdict.FAILURE);

        assertThat(policy.verdictFor(WaitOutcome.FAILED)).isEqualTo(Verdict.UNSTABLE);
        assertThat(policy.verdictFor(WaitOutcome.STOPPED)).isEqualTo(Verdict.UNSTABLE);
        assertThat(policy.verdictFor(WaitOutcome.TIMED_OUT)).isEqualTo(Verdict.FAILURE);
        assertThat(policy.verdictFor(WaitOutcome.FINISHED)).isEqualTo(Verdict.SUCCESS);
    }

    @Test
    void unstableForTimeout() {
        OutcomePolicy policy = new OutcomePolicy(Verdict.FAILURE, Verdict.UNSTABLE);

        assertThat(policy.verdictFor(WaitOutcome.TIMED_OUT)).isEqualTo(Verdict.UNSTABLE);
        assertThat(policy.verdictFor(WaitOutcome.FAILED)).isEqualTo(Verdict.FAILURE);
        assertThat(policy.verdictFor(WaitOutcome.TASK_NOT_FOUND)).isEqualTo(Verdict.FAILURE);
    }

    @Test
    void taskNotFoundAlwaysFails() {
        OutcomePolicy policy = new OutcomePolicy(Verdict.UNSTABLE, Verdict.UNSTABLE);

        assertThat(policy.verdictFor(WaitOutcome.TASK_NOT_FOUND)).isEqualTo(Verdict.FAILURE);
    }

    @Test
    void successRejected() {
        assertThatThrownBy(() -> new OutcomePolicy(Verdict.SUCCESS, Verdict.FAILURE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The result for a failed or stopped task must be UNSTABLE or FAILURE.");
        assertThatThrownBy(() -> new OutcomePolicy(Verdict.FAILURE, Verdict.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The result for a timeout must be UNSTABLE or FAILURE.");
    }

    @Test
    void nullRejected() {
        assertThatThrownBy(() -> new OutcomePolicy(null, Verdict.FAILURE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a failed or stopped task");
        assertThatThrownBy(() -> new OutcomePolicy(Verdict.FAILURE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a timeout");
    }

    @Test
    void equalityAndText() {
        OutcomePolicy policy = new OutcomePolicy(Verdict.UNSTABLE, Verdict.FAILURE);

        assertThat(policy).isEqualTo(new OutcomePolicy(Verdict.UNSTABLE, Verdict.FAILURE))
                .hasSameHashCodeAs(new OutcomePolicy(Verdict.UNSTABLE, Verdict.FAILURE))
                .isNotEqualTo(OutcomePolicy.defaults());
        assertThat(policy).hasToString("failed or stopped: UNSTABLE, timeout: FAILURE");
    }
}
