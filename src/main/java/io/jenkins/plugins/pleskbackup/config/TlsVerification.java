package io.jenkins.plugins.pleskbackup.config;

/** How Jenkins checks the certificate of a Plesk server; maps to {@code TlsSettings.Mode} of the client. */
public enum TlsVerification {
    /** Chain and host name checked against the JVM trust store of the Jenkins controller. */
    TRUST_STORE(Messages._TlsVerification_TrustStore()),
    /** Only the certificate with the configured SHA-256 fingerprint is accepted. */
    PINNED_CERTIFICATE(Messages._TlsVerification_PinnedCertificate()),
    /** Any certificate is accepted; meant only for trying things out on a trusted network. */
    SKIP_VERIFICATION(Messages._TlsVerification_SkipVerification());

    private final org.jvnet.localizer.Localizable displayName;

    TlsVerification(org.jvnet.localizer.Localizable displayName) {
        this.displayName = displayName;
    }

    /** Label shown in the configuration form. */
    public String getDisplayName() {
        return displayName.toString();
    }
}
