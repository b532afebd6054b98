package io.jenkins.plugins.pleskbackup.client;

/**
 * The answer looked like XML but could not be used: truncated, not well-formed, too large, not a Plesk packet, or
 * carrying a DOCTYPE declaration, which Plesk never sends and the parser refuses to protect against XML external
 * entity and entity expansion attacks. Truncated and malformed answers are transient (a connection cut short); the
 * others are not.
 */
public final class PleskMalformedResponseException extends PleskException {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    public PleskMalformedResponseException(String serverName, String problem, boolean transientFailure,
            Throwable cause) {
        super(serverName, null, "Plesk server '" + serverName + "' sent an unusable response: " + problem + ".",
                cause);
        this.transientFailure = transientFailure;
    }

    @Override
    public boolean isTransient() {
        return transientFailure;
    }
}
