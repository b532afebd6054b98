package io.jenkins.plugins.pleskbackup.connection;

import hudson.Util;
import java.io.Serializable;

/**
 * Reference to the Plesk server a step or builder talks to: a server of the global configuration by name, or a URL with a
 * credentials id. With a name, a credentials id overrides the server's own (for example a customer's key for that
 * customer's jobs). With neither, the only configured server is used.
 */
public final class ServerReference implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String serverName;
    private final String url;
    private final String credentialsId;
    private final String certificateFingerprint;

    private ServerReference(String serverName, String url, String credentialsId, String certificateFingerprint) {
        this.serverName = serverName;
        this.url = url;
        this.credentialsId = credentialsId;
        this.certificateFingerprint = certificateFingerprint;
    }

    /**
     * Checks the combination and creates the reference.
     *
     * @throws IllegalArgumentException when both a name and a URL, or a URL without credentials, are given
     */
    public static ServerReference of(String serverName, String url, String credentialsId,
            String certificateFingerprint) {
        String name = Util.fixEmptyAndTrim(serverName);
        String address = Util.fixEmptyAndTrim(url);
        String credentials = Util.fixEmptyAndTrim(credentialsId);
        String fingerprint = Util.fixEmptyAndTrim(certificateFingerprint);
        if (name != null && address != null) {
            throw new IllegalArgumentException(Messages.ServerReference_NameAndUrl(name, address));
        }
        if (address != null && credentials == null) {
            throw new IllegalArgumentException(Messages.ServerReference_UrlWithoutCredentials(address));
        }
        if (fingerprint != null && address == null) {
            throw new IllegalArgumentException(Messages.ServerReference_FingerprintWithoutUrl());
        }
        return new ServerReference(name, address, credentials, fingerprint);
    }

    /** Name of a configured server, or {@code null}. */
    public String serverName() {
        return serverName;
    }

    /** URL given directly, or {@code null}. */
    public String url() {
        return url;
    }

    /** Credentials id given directly, or {@code null} to use the configured server's. */
    public String credentialsId() {
        return credentialsId;
    }

    /** Pinned certificate for a URL given directly, or {@code null}. */
    public String certificateFingerprint() {
        return certificateFingerprint;
    }


    @Override
    public String toString() {
        if (serverName != null) {
            return "server '" + serverName + "'";
        }
        if (url != null) {
            return "URL " + url;
        }
        return "default server";
    }
}
