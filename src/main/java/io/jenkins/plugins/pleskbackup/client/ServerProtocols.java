package io.jenkins.plugins.pleskbackup.client;

import java.util.List;

/**
 * What {@code server/get_protos} reports, plus the certificate the server presented.
 *
 * @param serverProtocolVersion the {@code version} attribute of the response packet: the server's newest version
 * @param supportedVersions the versions Plesk lists as supported, in its order
 * @param certificateFingerprint SHA-256 fingerprint of the server certificate, or {@code null} over plain HTTP
 */
public record ServerProtocols(String serverProtocolVersion, List<String> supportedVersions,
        String certificateFingerprint) {

    public ServerProtocols {
        supportedVersions = List.copyOf(supportedVersions);
    }

    public boolean supports(String version) {
        return supportedVersions.contains(version);
    }
}
