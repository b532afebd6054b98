package io.jenkins.plugins.pleskbackup.client;

/**
 * Plesk rejected the request packet as invalid (error 1014), usually because the schema of the protocol version in
 * use does not allow an element. With a correct client this means the server does not know the operation at that
 * protocol version, for example a Plesk release without {@code backup-manager}.
 */
public final class PleskRequestRejectedException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskRequestRejectedException(String serverName, String protocolVersion, String errorText) {
        super(serverName, PleskErrorCodes.REQUEST_INVALID, "Plesk server '" + serverName + "' rejected the request"
                + " as invalid for protocol version " + protocolVersion + " (error 1014): \"" + errorText + "\". If"
                + " Plesk's message names backup-manager, this Plesk version no longer offers backup tasks through the"
                + " XML API at that protocol version; try protocol 1.6.9.0 or an older version the server lists.",
                null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
