package io.jenkins.plugins.pleskbackup.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 fingerprints of X.509 certificates, written as 32 upper-case hex pairs separated by colons. */
public final class CertificateFingerprints {

    private static final int SHA256_HEX_DIGITS = 64;
    private static final Pattern ALGORITHM_PREFIX = Pattern.compile("^(?i)sha-?256(\\s*fingerprint)?\\s*[:/=]\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s:\\-]");

    private CertificateFingerprints() {
    }

    /** Fingerprint of the DER encoding of the certificate, for example {@code 3A:F1:…:09}. */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot compute the SHA-256 fingerprint of a certificate", e);
        }
    }

    /**
     * Normalizes a fingerprint as users paste it: with or without colons, spaces or dashes, in any case, and with an
     * optional algorithm prefix such as {@code SHA256:} or {@code sha256 Fingerprint=} as openssl prints it.
     *
     * @throws IllegalArgumentException when the text is not 64 hex digits
     */
    public static String normalize(String fingerprint) {
        String text = fingerprint == null ? "" : fingerprint.strip();
        String withoutPrefix = ALGORITHM_PREFIX.matcher(text).replaceFirst("");
        String hex = SEPARATORS.matcher(withoutPrefix).replaceAll("").toUpperCase(Locale.ROOT);
        if (hex.length() != SHA256_HEX_DIGITS || !hex.matches("[0-9A-F]+")) {
            throw new IllegalArgumentException("'" + fingerprint + "' is not a SHA-256 certificate fingerprint:"
                    + " expected 64 hex digits, for example as 32 pairs like 3A:F1:…; the connection test shows the"
                    + " fingerprint of the certificate the server presents.");
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
