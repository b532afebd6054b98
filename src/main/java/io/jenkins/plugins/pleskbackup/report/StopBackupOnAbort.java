package io.jenkins.plugins.pleskbackup.report;

import io.jenkins.plugins.pleskbackup.client.PleskClient;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Asks Plesk to stop a backup task when the build waiting for it is aborted and the user chose so. */
public final class StopBackupOnAbort {

    /** How long an aborted build waits for Plesk to confirm {@code stop-backup}. */
    static final long CONFIRMATION_WAIT_SECONDS = 15;

    private StopBackupOnAbort() {
    }

    /** Sends {@code stop-backup} and reports the result; best effort and bounded in time, since the build ends anyway. */
    public static void stop(PleskClient client, String taskId, String serverName, PrintStream log) {
        log.println(Messages.StopBackupOnAbort_Stopping(taskId, serverName));
        try {
            client.stopBackupAsync(taskId).get(CONFIRMATION_WAIT_SECONDS, TimeUnit.SECONDS);
            log.println(Messages.StopBackupOnAbort_Stopped(taskId, serverName));
        } catch (ExecutionException e) {
            log.println(Messages.StopBackupOnAbort_Failed(taskId, serverName,
                    PleskClient.asPleskException(e).getMessage()));
        } catch (TimeoutException e) {
            log.println(Messages.StopBackupOnAbort_NoConfirmation(taskId, serverName, CONFIRMATION_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.println(Messages.StopBackupOnAbort_NoConfirmation(taskId, serverName, CONFIRMATION_WAIT_SECONDS));
        }
    }
}
