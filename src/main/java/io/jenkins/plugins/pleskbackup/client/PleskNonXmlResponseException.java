package io.jenkins.plugins.pleskbackup.client;

/**
 * The server answered with something other than an XML packet, typically an HTML maintenance, login or error page.
 * Treated as transient, because maintenance pages go away; a wrong URL shows the same page until the deadline.
 */
public final class PleskNonXmlResponseException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskNonXmlResponseException(String serverName, String endpoint, int statusCode, String contentType,
            String bodyStart) {
        super(serverName, null, "Plesk server '" + serverName + "' answered HTTP " + statusCode + " with "
                + (contentType.isEmpty() ? "a body" : contentType) + " instead of an XML packet at " + endpoint
                + ": \"" + bodyStart + "\". Check that the URL points to Plesk's /enterprise/control/agent.php and that"
                + " no proxy or maintenance page answers in its place.", null);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
