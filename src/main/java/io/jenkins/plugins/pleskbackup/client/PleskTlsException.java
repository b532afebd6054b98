package io.jenkins.plugins.pleskbackup.client;

/**
 * The TLS handshake failed, usually because the server's certificate is not trusted. The message carries the SHA-256
 * fingerprint of the certificate the server presented, so that an administrator who trusts it can pin it.
 */
public final class PleskTlsException extends PleskException {

    private static final long serialVersionUID = 1L;

    private final String presentedFingerprint;

    public PleskTlsException(String serverName, String hostAndPort, String problem, String presentedFingerprint,
            String nextStep, Throwable cause) {
        super(serverName, null, "TLS handshake with Plesk server '" + serverName + "' at " + hostAndPort
                + " failed: " + problem + (presentedFingerprint == null ? "" : " The server presented a certificate"
                + " with SHA-256 fingerprint " + presentedFingerprint + ".") + " " + nextStep, cause);
        this.presentedFingerprint = presentedFingerprint;
    }

    /** Fingerprint of the certificate the server presented, or {@code null} if the handshake failed before that. */
    public String getPresentedFingerprint() {
        return presentedFingerprint;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
