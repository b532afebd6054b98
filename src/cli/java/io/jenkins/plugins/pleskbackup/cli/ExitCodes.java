package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskAuthenticationException;
import io.jenkins.plugins.pleskbackup.client.PleskErrorCodes;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.PleskObjectNotFoundException;
import io.jenkins.plugins.pleskbackup.client.PleskPermissionDeniedException;
import io.jenkins.plugins.pleskbackup.client.PleskTaskNotFoundException;
import io.jenkins.plugins.pleskbackup.wait.WaitOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exit codes of {@code plesk-backup}. Scripts branch on them, so a code never changes its meaning. 64 and 70 follow
 * the BSD {@code sysexits.h} values EX_USAGE and EX_SOFTWARE, and 130 is the shell's code for SIGINT (128 + 2).
 */
final class ExitCodes {

    static final int OK = 0;
    static final int TASK_FAILED = 1;
    static final int TASK_STOPPED = 2;
    static final int TIMED_OUT = 3;
    static final int TASK_NOT_FOUND = 4;
    static final int AUTHENTICATION_REJECTED = 5;
    static final int CONNECTION_OR_PROTOCOL_ERROR = 6;
    static final int USAGE_ERROR = 64;
    static final int INTERNAL_ERROR = 70;
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /** Returns the exit code for the outcome of a wait. */
    static int forOutcome(WaitOutcome outcome) {
        switch (outcome) {
            case FINISHED:
                return OK;
            case FAILED:
                return TASK_FAILED;
            case STOPPED:
                return TASK_STOPPED;
            case TIMED_OUT:
                return TIMED_OUT;
            default:
                return TASK_NOT_FOUND;
        }
    }

    /**
     * Returns the exit code for a failed request. Error 1006 arrives as a {@link PleskPermissionDeniedException} when
     * Plesk rejects the whole packet, and as a plain operation error when it rejects one operation; both mean 5.
     */
    static int forFailure(PleskException failure) {
        if (failure instanceof PleskTaskNotFoundException || failure instanceof PleskObjectNotFoundException) {
            return TASK_NOT_FOUND;
        }
        if (failure instanceof PleskAuthenticationException || failure instanceof PleskPermissionDeniedException) {
            return AUTHENTICATION_REJECTED;
        }
        if (failure.getErrorCode().orElse(0) == PleskErrorCodes.PERMISSION_DENIED) {
            return AUTHENTICATION_REJECTED;
        }
        return CONNECTION_OR_PROTOCOL_ERROR;
    }

    /** Returns the exit code list of the {@code --help} footers, in order. */
    static Map<String, String> helpList() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(OK), "The task finished, or the command succeeded.");
        codes.put(Integer.toString(TASK_FAILED), "The task failed.");
        codes.put(Integer.toString(TASK_STOPPED), "The task was stopped.");
        codes.put(Integer.toString(TIMED_OUT), "The wait timed out.");
        codes.put(Integer.toString(TASK_NOT_FOUND), "Task or object not found (Plesk error 1013, or no such task id).");
        codes.put(Integer.toString(AUTHENTICATION_REJECTED),
                "Authentication or permission rejected (errors 1001, 1006, 11003, ...).");
        codes.put(Integer.toString(CONNECTION_OR_PROTOCOL_ERROR),
                "Connection, TLS, HTTP or protocol error.");
        codes.put(Integer.toString(USAGE_ERROR), "Usage error: invalid options or values, missing credentials.");
        codes.put(Integer.toString(INTERNAL_ERROR), "Internal error (a bug); run with --debug and report it.");
        codes.put(Integer.toString(INTERRUPTED), "Interrupted (Ctrl-C).");
        return codes;
    }
}
