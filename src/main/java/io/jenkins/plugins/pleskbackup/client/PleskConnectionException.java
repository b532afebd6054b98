package io.jenkins.plugins.pleskbackup.client;

/**
 * The connection could not be made, or broke before a complete response arrived: refused, reset or closed. Transient,
 * because Plesk restarts and network blips end; a wrong port fails the same way until the deadline.
 */
public class PleskConnectionException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskConnectionException(String serverName, String message, Throwable cause) {
        super(serverName, null, message, cause);
    }

    static PleskConnectionException refused(String serverName, String hostAndPort, Throwable cause) {
        return new PleskConnectionException(serverName, "Cannot connect to Plesk server '" + serverName + "' at "
                + hostAndPort + ": connection refused. Check the host, the port (Plesk listens on 8443) and that"
                + " Plesk is running.", cause);
    }

    static PleskConnectionException broken(String serverName, String hostAndPort, String detail, Throwable cause) {
        return new PleskConnectionException(serverName, "The connection to Plesk server '" + serverName + "' at "
                + hostAndPort + " broke before a complete response arrived (" + detail + "). Plesk or a proxy closed"
                + " it; if this persists, check the server's logs.", cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
