package io.jenkins.plugins.pleskbackup.forms;

import io.jenkins.plugins.pleskbackup.wait.OutcomePolicy;
import io.jenkins.plugins.pleskbackup.wait.WaitSettings;
import java.io.Serializable;
import java.time.Duration;

/**
 * Parsed wait options of one step or build step. Unset durations fall back to the server's defaults. Serializable,
 * because a waiting Pipeline step persists them.
 */
public final class WaitOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long timeoutMillis;
    private final Long maxPollIntervalMillis;
    private final OutcomePolicy policy;
    private final boolean stopBackupOnAbort;

    WaitOptions(Long timeoutMillis, Long maxPollIntervalMillis, OutcomePolicy policy, boolean stopBackupOnAbort) {
        this.timeoutMillis = timeoutMillis;
        this.maxPollIntervalMillis = maxPollIntervalMillis;
        this.policy = policy;
        this.stopBackupOnAbort = stopBackupOnAbort;
    }

    /** The server's defaults with this step's timeout and poll cap applied. */
    public WaitSettings applyTo(WaitSettings serverDefaults) {
        WaitSettings settings = serverDefaults;
        if (timeoutMillis != null) {
            settings = settings.withTimeout(Duration.ofMillis(timeoutMillis));
        }
        if (maxPollIntervalMillis != null) {
            settings = settings.withMaxPollInterval(Duration.ofMillis(maxPollIntervalMillis));
        }
        return settings;
    }

    public OutcomePolicy policy() {
        return policy;
    }

    public boolean stopBackupOnAbort() {
        return stopBackupOnAbort;
    }
}
