package io.jenkins.plugins.pleskbackup.client;

/** The server answered with an empty body, as Plesk does during a lockout or a restart. Transient. */
public final class PleskEmptyResponseException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskEmptyResponseException(String serverName, String endpoint, int statusCode) {
        super(serverName, null, "Plesk server '" + serverName + "' answered HTTP " + statusCode + " with an empty"
                + " body at " + endpoint + ". Plesk may be restarting, or a proxy dropped the answer; if this"
                + " persists, check that the URL points to /enterprise/control/agent.php.", null);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
