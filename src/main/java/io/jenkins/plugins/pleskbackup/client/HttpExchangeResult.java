package io.jenkins.plugins.pleskbackup.client;

/**
 * What came back from one HTTP exchange with the server.
 *
 * @param statusCode HTTP status
 * @param contentType the {@code Content-Type} header, empty when absent
 * @param location the {@code Location} header, empty when absent
 * @param body the body, at most the configured number of bytes
 * @param certificateFingerprint SHA-256 fingerprint of the server certificate of an HTTPS exchange, else {@code null}
 */
record HttpExchangeResult(int statusCode, String contentType, String location, byte[] body,
        String certificateFingerprint) {
}
