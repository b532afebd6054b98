package io.jenkins.plugins.pleskbackup.client;

/**
 * Plesk does not accept the packet's protocol version: unknown to it (error 1005) or no longer supported (1017).
 * {@code backup-manager} is documented up to protocol 1.6.9.0 (Plesk Onyx 17.5); later Plesk versions may have
 * dropped it.
 */
public final class PleskProtocolVersionException extends PleskException {

    private static final long serialVersionUID = 1L;

    private final String sentVersion;

    public PleskProtocolVersionException(String serverName, int errorCode, String sentVersion, String errorText) {
        super(serverName, errorCode, "Plesk server '" + serverName + "' does not support XML API protocol version "
                + sentVersion + " (error " + errorCode + "): " + errorText + ". Set a version the server lists in"
                + " its get_protos answer (Jenkins' \"Test connection\" and \"plesk-backup protocols\" show them);"
                + " backup-manager is documented up to 1.6.9.0 (Plesk Onyx 17.5).", null);
        this.sentVersion = sentVersion;
    }

    /** The version the rejected packet carried. */
    public String getSentVersion() {
        return sentVersion;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
