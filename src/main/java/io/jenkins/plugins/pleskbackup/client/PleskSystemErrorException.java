package io.jenkins.plugins.pleskbackup.client;

/**
 * Plesk refused the whole packet with a {@code <system>} error that has no more specific type here, for example
 * 1004 (initial setup not completed).
 */
public final class PleskSystemErrorException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskSystemErrorException(String serverName, int errorCode, String errorText) {
        super(serverName, errorCode, "Plesk server '" + serverName + "' refused the request (error " + errorCode
                + "): " + errorText + ". See Plesk's list of XML API error codes for this code.", null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
