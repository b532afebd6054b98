package io.jenkins.plugins.pleskbackup.wait;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.OwnerKind;
import io.jenkins.plugins.pleskbackup.client.PleskHttpStatusException;
import io.jenkins.plugins.pleskbackup.client.PleskTimeoutException;
import io.jenkins.plugins.pleskbackup.client.TaskStatus;
import java.time.Duration;
import java.time.Instant;

/** Tasks, failures and settings shared by the wait engine's tests. */
final class WaitTestData {

    static final String SERVER = "test-plesk";
    static final String TASK_ID = "5472";

    /**
     * Polls start at 1 s and grow to at most 10 s, the wait lasts 10 min, and a heartbeat comes after 1 min without a
     * change.
     */
    static final WaitSettings SETTINGS = WaitSettings.defaults()
            .withTimeout(Duration.ofMinutes(10))
            .withInitialPollInterval(Duration.ofSeconds(1))
            .withMaxPollInterval(Duration.ofSeconds(10))
            .withHeartbeatInterval(Duration.ofMinutes(1));

    /** A random source in the middle of [0, 1), so the jitter factor is exactly 1. */
    static final double NO_JITTER = 0.5;

    private WaitTestData() {
    }

    static BackupTask task(String status) {
        return new BackupTask(OwnerKind.SERVER, null, TASK_ID, TaskStatus.parse(status),
                Instant.parse("2024-03-01T09:00:00Z"), "", "", "local");
    }

    static PleskTimeoutException readTimeout() {
        return new PleskTimeoutException(SERVER, "127.0.0.1:8443", false, Duration.ofSeconds(60), null);
    }

    static PleskHttpStatusException httpStatus(int status) {
        return new PleskHttpStatusException(SERVER, "https://127.0.0.1:8443/enterprise/control/agent.php", status,
                "");
    }
}
