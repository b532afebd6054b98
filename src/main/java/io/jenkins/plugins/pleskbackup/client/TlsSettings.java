package io.jenkins.plugins.pleskbackup.client;

import java.io.Serializable;
import java.util.Objects;

/**
 * How the client checks the certificate that Plesk presents on an HTTPS connection.
 *
 * <p>Fresh Plesk installations usually serve a self-signed certificate on port 8443. Rather than turning checks off,
 * an administrator can pin that one certificate by its SHA-256 fingerprint. Skipping verification is an explicit
 * opt-in, and the client logs a warning each time it creates a connection that way.
 */
public final class TlsSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The three ways of checking the server certificate. */
    public enum Mode {
        /** Certificate chain and host name checked against the JVM's trust store. */
        VERIFY,
        /** Only the certificate with the pinned SHA-256 fingerprint is accepted; the host name is not checked. */
        PINNED,
        /** Any certificate is accepted. Anyone on the network path can read the credentials. */
        INSECURE
    }

    private static final TlsSettings VERIFY = new TlsSettings(Mode.VERIFY, null);
    private static final TlsSettings INSECURE = new TlsSettings(Mode.INSECURE, null);

    private final Mode mode;
    private final String pinnedFingerprint;

    private TlsSettings(Mode mode, String pinnedFingerprint) {
        this.mode = mode;
        this.pinnedFingerprint = pinnedFingerprint;
    }

    public static TlsSettings verify() {
        return VERIFY;
    }

    /** Accepts only the certificate with this SHA-256 fingerprint; see {@link CertificateFingerprints#normalize}. */
    public static TlsSettings pinned(String sha256Fingerprint) {
        return new TlsSettings(Mode.PINNED, CertificateFingerprints.normalize(sha256Fingerprint));
    }

    public static TlsSettings insecure() {
        return INSECURE;
    }

    public Mode mode() {
        return mode;
    }

    /** The normalized pinned fingerprint, or {@code null} unless the mode is {@link Mode#PINNED}. */
    public String pinnedFingerprint() {
        return pinnedFingerprint;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TlsSettings)) {
            return false;
        }
        TlsSettings that = (TlsSettings) other;
        return mode == that.mode && Objects.equals(pinnedFingerprint, that.pinnedFingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, pinnedFingerprint);
    }

    @Override
    public String toString() {
        return mode == Mode.PINNED ? "pinned certificate " + pinnedFingerprint : mode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
