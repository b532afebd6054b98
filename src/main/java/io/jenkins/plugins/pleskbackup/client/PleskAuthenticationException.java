package io.jenkins.plugins.pleskbackup.client;

/**
 * Plesk rejected the credentials before running anything: a wrong login or password (error 1001), no authentication
 * header (1029), a disabled account (1011) or a locked login (1012). Retrying with the same credentials only risks a
 * lockout, so this is never transient.
 */
public class PleskAuthenticationException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskAuthenticationException(String serverName, int errorCode, String message) {
        super(serverName, errorCode, message, null);
    }

    static PleskAuthenticationException of(String serverName, int errorCode, String errorText) {
        String message;
        switch (errorCode) {
            case PleskErrorCodes.AUTHENTICATION_FAILED:
                message = "Plesk server '" + serverName + "' rejected the login or password (error 1001). Check the"
                        + " login and password of the credentials used for this server.";
                break;
            case PleskErrorCodes.AUTHENTICATION_METHOD_NOT_SPECIFIED:
                message = "Plesk server '" + serverName + "' found no credentials in the request (error 1029)."
                        + " Configure a secret key or a login and password for this server.";
                break;
            case PleskErrorCodes.ACCOUNT_DISABLED:
                message = "Plesk server '" + serverName + "' reports that the account is disabled (error 1011): "
                        + errorText + ". Enable the account in Plesk or use other credentials.";
                break;
            case PleskErrorCodes.LOGIN_LOCKED:
                message = "Plesk server '" + serverName + "' reports that the login is locked (error 1012): "
                        + errorText + ". Wait for the lock to expire or unlock it in Plesk, then check the password.";
                break;
            default:
                message = "Plesk server '" + serverName + "' rejected the authentication (error " + errorCode + "): "
                        + errorText + ". Check the credentials used for this server.";
                break;
        }
        return new PleskAuthenticationException(serverName, errorCode, message);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
