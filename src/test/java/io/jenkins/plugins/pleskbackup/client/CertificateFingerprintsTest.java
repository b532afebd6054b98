package io.jenkins.plugins.pleskbackup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateFingerprintsTest {

    private static final String HEX = "3AF1C2D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F09";
    private static final String CANONICAL = "3A:F1:C2:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4:E5:F6:07:18:"
            + "29:3A:4B:5C:6D:7E:8F:09";

    @Test
    void canonicalFormKept() {
        assertThat(CertificateFingerprints.normalize(CANONICAL)).isEqualTo(CANONICAL);
    }

    @Test
    void bareHexAccepted() {
        assertThat(CertificateFingerprints.normalize(HEX)).isEqualTo(CANONICAL);
        assertThat(CertificateFingerprints.normalize(HEX.toLowerCase(Locale.ROOT))).isEqualTo(CANONICAL);
    }

    @Test
    void pastedSeparatorsAccepted() {
        assertThat(CertificateFingerprints.normalize(CANONICAL.toLowerCase(Locale.ROOT))).isEqualTo(CANONICAL);
        assertThat(CertificateFingerprints.normalize(CANONICAL.replace(':', ' '))).isEqualTo(CANONICAL);
        assertThat(CertificateFingerprints.normalize(CANONICAL.replace(':', '-'))).isEqualTo(CANONICAL);
        assertThat(CertificateFingerprints.normalize("  " + CANONICAL + "\n")).isEqualTo(CANONICAL);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"SHA256:", "sha256:", "SHA-256: ", "SHA256 Fingerprint=", "sha256 Fingerprint=",
        "SHA256 fingerprint: "})
    void algorithmPrefixAccepted(String prefix) {
        assertThat(CertificateFingerprints.normalize(prefix + CANONICAL)).isEqualTo(CANONICAL);
    }

    @Test
    void opensslOutputAccepted() {
        String opensslLine = "sha256 Fingerprint=" + CANONICAL;

        assertThat(CertificateFingerprints.normalize(opensslLine)).isEqualTo(CANONICAL);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"3A:F1", "SHA1:3A:F1:C2:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4",
        "3AF1C2D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F0",
        "3AF1C2D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F090",
        "GGF1C2D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F09", "not a fingerprint"})
    void malformedFingerprintRejected(String fingerprint) {
        assertThatThrownBy(() -> CertificateFingerprints.normalize(fingerprint))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + fingerprint + "' is not a SHA-256 certificate fingerprint: expected 64 hex digits,"
                        + " for example as 32 pairs like 3A:F1:…; the connection test shows the fingerprint of the"
                        + " certificate the server presents.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingFingerprintRejected(String fingerprint) {
        assertThatThrownBy(() -> CertificateFingerprints.normalize(fingerprint))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a SHA-256 certificate fingerprint: expected 64 hex digits");
    }

    @Test
    void pinnedSettingsNormalize() {
        TlsSettings pinned = TlsSettings.pinned("sha256 Fingerprint=" + HEX.toLowerCase(Locale.ROOT));

        assertThat(pinned.mode()).isEqualTo(TlsSettings.Mode.PINNED);
        assertThat(pinned.pinnedFingerprint()).isEqualTo(CANONICAL);
        assertThat(pinned).isEqualTo(TlsSettings.pinned(CANONICAL));
        assertThat(pinned).hasToString("pinned certificate " + CANONICAL);
    }

    @Test
    void pinnedSettingsRejectBadFingerprint() {
        assertThatThrownBy(() -> TlsSettings.pinned("3A:F1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'3A:F1' is not a SHA-256 certificate fingerprint");
    }
}
