package io.jenkins.plugins.pleskbackup.client;

/**
 * The server responded with a redirect. The client never follows it, because the request carries credentials and the
 * target may be another host. The user should configure the target URL directly.
 */
public final class PleskRedirectException extends PleskException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String location;

    public PleskRedirectException(String serverName, String endpoint, int statusCode, String location) {
        super(serverName, null, "Plesk server '" + serverName + "' answered HTTP " + statusCode + " at " + endpoint
                + " with a redirect to " + (location.isEmpty() ? "no location" : "'" + location + "'") + ". Redirects"
                + " are not followed because the request carries credentials; if the target is the real Plesk"
                + " endpoint, configure that URL instead.", null);
        this.statusCode = statusCode;
        this.location = location;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** The {@code Location} header, cleaned for display; empty when the server sent none. */
    public String getLocation() {
        return location;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
