package io.jenkins.plugins.pleskbackup.client;

import java.time.Duration;

/** No connection, or no complete response, within the configured time. Transient. */
public final class PleskTimeoutException extends PleskException {

    private static final long serialVersionUID = 1L;

    public PleskTimeoutException(String serverName, String hostAndPort, boolean connecting, Duration timeout,
            Throwable cause) {
        super(serverName, null, connecting
                ? "Could not connect to Plesk server '" + serverName + "' at " + hostAndPort + " within "
                        + seconds(timeout) + " (connect timeout). Check the host, the port (Plesk listens on 8443)"
                        + " and firewalls between this client and Plesk."
                : "Plesk server '" + serverName + "' at " + hostAndPort + " sent no complete response within "
                        + seconds(timeout) + " (read timeout). Plesk may be overloaded; if this persists, increase the"
                        + " read timeout.", cause);
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
