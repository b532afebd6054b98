package io.jenkins.plugins.pleskbackup.client;

/** Plesk denied the operation to the authenticated user (error 1006). */
public final class PleskPermissionDeniedException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskPermissionDeniedException(String serverName, String what, String errorText) {
        super(serverName, PleskErrorCodes.PERMISSION_DENIED, "Plesk server '" + serverName + "' denied permission"
                + " for " + what + " (error 1006): " + errorText + ". Use the credentials of a user who may manage"
                + " these backups: the administrator, or the reseller or customer who owns them, with XML API access"
                + " enabled.", null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
