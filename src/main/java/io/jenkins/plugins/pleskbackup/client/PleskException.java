package io.jenkins.plugins.pleskbackup.client;

import java.util.OptionalInt;

/**
 * A request to Plesk failed. Each failure has its own subclass; messages name the condition, the server and what to
 * do next, and never contain a password or secret key. Text that Plesk or a proxy sent is cleaned of control
 * characters, shortened, and has the request's secrets blanked out before it becomes part of a message.
 *
 * <p>{@link #isTransient()} tells a waiting caller whether the same request may succeed later (a timeout, a refused
 * connection, an HTTP 5xx, a maintenance page) or will fail the same way until someone changes the configuration.
 * Plesk localizes its error texts, so decisions use the Plesk error code or the type, never the text.
 */
public abstract class PleskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String serverName;
    private final Integer errorCode;

    protected PleskException(String serverName, Integer errorCode, String message, Throwable cause) {
        super(message, cause);
        this.serverName = serverName;
        this.errorCode = errorCode;
    }

    /** Name of the server in messages. */
    public String getServerName() {
        return serverName;
    }

    /** Plesk's error code ({@code errcode}), when Plesk sent one. */
    public OptionalInt getErrorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /** Whether repeating the same request later may succeed without a configuration change. */
    public abstract boolean isTransient();
}
