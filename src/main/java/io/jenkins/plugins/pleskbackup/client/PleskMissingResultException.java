package io.jenkins.plugins.pleskbackup.client;

/**
 * Plesk answered an operation with an element that has no {@code result} child, so whether it succeeded is
 * unknown. Plesk clients have met this in the wild; it points to a server-side fault rather than a passing one.
 */
public final class PleskMissingResultException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskMissingResultException(String serverName, String operation) {
        super(serverName, null, "Plesk server '" + serverName + "' answered " + operation + " without a result"
                + " element, so the outcome is unknown. Check Plesk's panel log (panel.log) for the failed request.",
                null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
