package io.jenkins.plugins.pleskbackup.client;

/**
 * One operation of the packet failed: its {@code result} has {@code status} error, with Plesk's {@code errcode} and
 * {@code errtext}.
 */
public class PleskOperationException extends PleskException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    public PleskOperationException(String serverName, String operation, int errorCode, String message) {
        super(serverName, errorCode, message, null);
        this.operation = operation;
    }

    static PleskOperationException of(String serverName, String operation, String target, int errorCode,
            String errorText) {
        if (errorCode == PleskErrorCodes.OBJECT_NOT_FOUND) {
            return new PleskObjectNotFoundException(serverName, operation, target, errorText);
        }
        if (errorCode == PleskErrorCodes.PERMISSION_DENIED) {
            return new PleskOperationException(serverName, operation, errorCode, "Plesk server '" + serverName
                    + "' denied permission for " + operation + " (" + target + ", error 1006): " + errorText
                    + ". Use the credentials of a user who may manage these backups.");
        }
        return new PleskOperationException(serverName, operation, errorCode, "Plesk server '" + serverName
                + "' reported error " + errorCode + " for " + operation + " (" + target + "): " + errorText
                + ". See Plesk's list of XML API error codes for this code.");
    }

    /** The operation element, for example {@code get-tasks-info}. */
    public String getOperation() {
        return operation;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
