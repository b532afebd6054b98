package io.jenkins.plugins.pleskbackup.client;

/** Plesk reported that the object an operation names does not exist (error 1013). */
public final class PleskObjectNotFoundException extends PleskOperationException {

    private static final long serialVersionUID = 1L;

    public PleskObjectNotFoundException(String serverName, String operation, String target, String errorText) {
        super(serverName, operation, PleskErrorCodes.OBJECT_NOT_FOUND, "Plesk server '" + serverName + "' has no "
                + target + " (error 1013 for " + operation + "): " + errorText + ". Check the id or name.");
    }
}
