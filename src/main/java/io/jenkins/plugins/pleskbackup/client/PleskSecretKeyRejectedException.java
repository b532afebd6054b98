package io.jenkins.plugins.pleskbackup.client;

/**
 * Plesk rejected the secret key (error 11003). Plesk binds every secret key to one IP address and refuses it from any
 * other, so a valid key also fails when the request comes from another address than the one it was created for.
 */
public final class PleskSecretKeyRejectedException extends PleskAuthenticationException {

    private static final long serialVersionUID = 1L;

    public PleskSecretKeyRejectedException(String serverName) {
        super(serverName, PleskErrorCodes.SECRET_KEY_VALIDATION_FAILED, "Plesk server '" + serverName
                + "' rejected the secret key (error 11003). Secret keys are bound to the caller's IP address:"
                + " create the key for the IP address this client connects from (for Jenkins, the controller's"
                + " address), or check that the key was copied completely.");
    }
}
