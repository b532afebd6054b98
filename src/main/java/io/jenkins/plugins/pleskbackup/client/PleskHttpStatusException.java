package io.jenkins.plugins.pleskbackup.client;

/**
 * The server answered with an HTTP status outside 2xx and without a Plesk error packet, typically a proxy, a load
 * balancer or a web server in front of Plesk. 5xx, 408 and 429 are transient.
 */
public final class PleskHttpStatusException extends PleskException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public PleskHttpStatusException(String serverName, String endpoint, int statusCode, String bodyStart) {
        super(serverName, null, "Plesk server '" + serverName + "' answered HTTP " + statusCode + " at " + endpoint
                + (bodyStart.isEmpty() ? "" : " with \"" + bodyStart + "\"") + ". " + nextStep(statusCode), null);
        this.statusCode = statusCode;
    }

    private static String nextStep(int statusCode) {
        if (statusCode == 404) {
            return "Check the URL: Plesk's XML API is at /enterprise/control/agent.php on port 8443.";
        }
        if (statusCode == 401 || statusCode == 403) {
            return "Something in front of Plesk refused the request; check the URL, proxies and Plesk's list of"
                    + " IP addresses allowed to use the API (panel.ini, [api] allowedIPs).";
        }
        if (statusCode >= 500) {
            return "Plesk or a proxy in front of it has a problem; check that Plesk is running.";
        }
        return "Check the URL and any proxy between this client and Plesk.";
    }

    public int getStatusCode() {
        return statusCode;
    }

    @Override
    public boolean isTransient() {
        return statusCode >= 500 || statusCode == 408 || statusCode == 429;
    }
}
