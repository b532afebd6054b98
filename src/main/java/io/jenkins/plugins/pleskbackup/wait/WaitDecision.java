package io.jenkins.plugins.pleskbackup.wait;

import io.jenkins.plugins.pleskbackup.client.PleskException;
import java.util.List;

/** What to do after a poll: poll again later, stop with a result, or give up on a permanent error. */
public sealed interface WaitDecision {

    /** Events to report before acting on the decision, in order. */
    List<WaitEvent> events();

    /** Poll again after {@code delayMillis}. */
    record PollAgain(long delayMillis, List<WaitEvent> events) implements WaitDecision {
        public PollAgain {
            events = List.copyOf(events);
        }
    }

    /** The wait is over. */
    record Done(WaitResult result, List<WaitEvent> events) implements WaitDecision {
        public Done {
            events = List.copyOf(events);
        }
    }

    /** A permanent error (credentials, permission, protocol, configuration); waiting longer cannot help. */
    record Failed(PleskException failure, List<WaitEvent> events) implements WaitDecision {
        public Failed {
            events = List.copyOf(events);
        }
    }
}
