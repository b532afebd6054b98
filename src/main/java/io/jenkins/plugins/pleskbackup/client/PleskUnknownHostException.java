package io.jenkins.plugins.pleskbackup.client;

/** The host name of the Plesk URL does not resolve. Not transient: it is almost always a typing error. */
public final class PleskUnknownHostException extends PleskConnectionException {

    private static final long serialVersionUID = 1L;

    public PleskUnknownHostException(String serverName, String host, Throwable cause) {
        super(serverName, "Cannot resolve the host name '" + host + "' of Plesk server '" + serverName + "'. Check"
                + " the URL and this machine's DNS settings.", cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
