package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.client.PleskEndpoints;
import io.jenkins.plugins.pleskbackup.client.TlsSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of {@code status}, {@code wait} and {@code start} that select the Plesk server and how to connect. */
final class ConnectionOptions {

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "Plesk server: https://plesk.example.com:8443, or a bare host name or host:port, which"
                    + " implies HTTPS and port 8443. The path defaults to /enterprise/control/agent.php.")
    String url;

    @Option(names = "--server-name", paramLabel = "NAME",
            description = "Name of the server in messages (default: host:port of the URL).")
    String serverName;

    @Option(names = "--pin-sha256", paramLabel = "FINGERPRINT",
            description = "Trust only the certificate with this SHA-256 fingerprint (64 hex digits, colons optional),"
                    + " for example Plesk's self-signed one. Error messages about an untrusted certificate show it.")
    String pinnedFingerprint;

    @Option(names = "--insecure",
            description = "Skip TLS certificate verification. Anyone on the network path can then read the"
                    + " credentials; prefer --pin-sha256.")
    boolean insecure;

    @Option(names = "--protocol-version", paramLabel = "VERSION",
            defaultValue = PleskConnectionSettings.DEFAULT_PROTOCOL_VERSION,
            description = "XML API protocol version of the requests (default: ${DEFAULT-VALUE}, the newest that"
                    + " documents backup-manager).")
    String protocolVersion;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Maximum time to open a connection (default: 10s).")
    Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Maximum time from sending a request to receiving the whole response (default: 60s).")
    Duration readTimeout;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "Java properties file with secretKey=..., or login=... and password=...; without it the"
                    + " credentials come from PLESK_SECRET_KEY, or PLESK_LOGIN and PLESK_PASSWORD.")
    Path credentialsFile;

    /**
     * Checks the options, reads the credentials and creates the client. Prints a warning for {@code --insecure} and
     * for credentials sent unencrypted to another machine.
     *
     * @throws UsageException or {@link IllegalArgumentException} with a message for the user
     */
    PleskClient createClient(CommandContext context) {
        if (insecure && pinnedFingerprint != null) {
            throw new UsageException("--pin-sha256 and --insecure exclude each other; pin the certificate, or skip"
                    + " verification, not both.");
        }
        URI endpoint = PleskEndpoints.parse(url);
        TlsSettings tls = pinnedFingerprint != null ? pinned(pinnedFingerprint)
                : insecure ? TlsSettings.insecure() : TlsSettings.verify();
        String version = PleskConnectionSettings.requireProtocolVersion(protocolVersion);
        Credentials credentials = readCredentials(context);

        PleskConnectionSettings.Builder builder = PleskConnectionSettings.builder(endpoint,
                credentials.toAuthentication());
        builder.serverName(serverName).tls(tls).protocolVersion(version);
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            builder.readTimeout(readTimeout);
        }
        PleskConnectionSettings settings = builder.build();
        warnAboutTransport(settings, context);
        return new PleskClient(settings);
    }

    /** Replaces the client's message, which points to the Jenkins connection test, with one for this tool. */
    private static TlsSettings pinned(String fingerprint) {
        try {
            return TlsSettings.pinned(fingerprint);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--pin-sha256 '" + fingerprint + "' is not a SHA-256 certificate fingerprint:"
                    + " expected 64 hex digits, with or without colons. Without --pin-sha256, the error message about"
                    + " the untrusted certificate shows the fingerprint the server presents.", e);
        }
    }

    private Credentials readCredentials(CommandContext context) {
        if (credentialsFile != null) {
            return Credentials.fromFile(credentialsFile, context);
        }
        return Credentials.fromEnvironment(context.environment(), url == null ? "the Plesk server" : url);
    }

    private void warnAboutTransport(PleskConnectionSettings settings, CommandContext context) {
        URI endpoint = settings.endpoint();
        boolean https = "https".equals(endpoint.getScheme());
        if (https && insecure) {
            context.warn("TLS certificate verification is off (--insecure); anyone on the network path to "
                    + settings.serverName() + " can read the credentials. Pin the certificate with --pin-sha256"
                    + " instead.");
        } else if (!https && !isLoopback(endpoint.getHost())) {
            context.warn("the URL uses plain HTTP, so the credentials travel unencrypted to "
                    + settings.serverName() + "; use https:// and port 8443.");
        }
    }

    /** Recognizes loopback hosts by their text, so that no DNS lookup happens here. */
    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]") || name.equals("::1");
    }
}
