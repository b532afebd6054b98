package io.jenkins.plugins.pleskbackup.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Everything a {@link PleskClient} needs to reach one Plesk server. Immutable; {@link #toString()} shows no secret.
 */
public final class PleskConnectionSettings {

    /** The last protocol version whose schema set contains {@code backup-manager} (Plesk Onyx 17.5). */
    public static final String DEFAULT_PROTOCOL_VERSION = "1.6.9.0";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    /** Plesk's task lists are small, so a bigger response is a misrouted download or an attack. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private final String serverName;
    private final URI endpoint;
    private final PleskAuthentication authentication;
    private final TlsSettings tls;
    private final String protocolVersion;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxResponseBytes;
    private final Supplier<HttpClient.Builder> httpClientBuilderFactory;
    private final Executor executor;

    private PleskConnectionSettings(Builder builder) {
        this.endpoint = Objects.requireNonNull(builder.endpoint, "endpoint");
        this.authentication = Objects.requireNonNull(builder.authentication, "authentication");
        this.serverName = builder.serverName != null ? builder.serverName : PleskEndpoints.hostAndPort(endpoint);
        this.tls = builder.tls;
        this.protocolVersion = builder.protocolVersion;
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.httpClientBuilderFactory = builder.httpClientBuilderFactory;
        this.executor = builder.executor;
    }

    /** Starts settings for the endpoint; see {@link PleskEndpoints#parse(String)} for the accepted forms. */
    public static Builder builder(String url, PleskAuthentication authentication) {
        return new Builder(PleskEndpoints.parse(url), authentication);
    }

    public static Builder builder(URI endpoint, PleskAuthentication authentication) {
        return new Builder(endpoint, authentication);
    }

    /**
     * Checks a protocol version such as {@code 1.6.9.0} and returns it without surrounding whitespace.
     *
     * @throws IllegalArgumentException unless the text is two to four dot-separated numbers
     */
    public static String requireProtocolVersion(String protocolVersion) {
        String version = protocolVersion == null ? "" : protocolVersion.strip();
        if (!version.matches("[0-9]{1,4}(\\.[0-9]{1,4}){1,3}")) {
            throw new IllegalArgumentException("The protocol version '" + version
                    + "' is not valid; give it as Plesk does, for example " + DEFAULT_PROTOCOL_VERSION + ".");
        }
        return version;
    }

    /** Name of the server in messages: the configured name, or host and port. */
    public String serverName() {
        return serverName;
    }

    public URI endpoint() {
        return endpoint;
    }

    public PleskAuthentication authentication() {
        return authentication;
    }

    public TlsSettings tls() {
        return tls;
    }

    /** Value of the {@code version} attribute of every backup-manager packet. */
    public String protocolVersion() {
        return protocolVersion;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Maximum time from sending a request to receiving the whole response. */
    public Duration readTimeout() {
        return readTimeout;
    }

    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /** Source of the HTTP client builder; Jenkins passes one that applies its proxy settings. */
    public Supplier<HttpClient.Builder> httpClientBuilderFactory() {
        return httpClientBuilderFactory;
    }

    /** Executor for the HTTP client's asynchronous work, or {@code null} for the client's default. */
    public Executor executor() {
        return executor;
    }

    /**
     * A key that differs between settings that connect differently, for caching clients. It contains a SHA-256
     * digest of the credentials, never the secret itself; the proxy factory and executor are not part of it.
     */
    public String identity() {
        StringBuilder credentials = new StringBuilder(authentication.getClass().getSimpleName());
        for (String[] header : authentication.headers()) {
            credentials.append('\n').append(header[0]).append('=').append(header[1]);
        }
        String digest;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(credentials.toString().getBytes(StandardCharsets.UTF_8));
            digest = HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        return String.join("|", serverName, endpoint.toString(), digest, tls.toString(), protocolVersion,
                Long.toString(connectTimeout.toMillis()), Long.toString(readTimeout.toMillis()),
                Integer.toString(maxResponseBytes));
    }

    @Override
    public String toString() {
        return "Plesk server '" + serverName + "' at " + endpoint + " (" + authentication + ", TLS " + tls
                + ", protocol " + protocolVersion + ")";
    }

    /** Builder with the defaults above: JVM trust store, protocol 1.6.9.0, 10 s connect and 60 s read timeouts. */
    public static final class Builder {
        private final URI endpoint;
        private final PleskAuthentication authentication;
        private String serverName;
        private TlsSettings tls = TlsSettings.verify();
        private String protocolVersion = DEFAULT_PROTOCOL_VERSION;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private Supplier<HttpClient.Builder> httpClientBuilderFactory = HttpClient::newBuilder;
        private Executor executor;

        private Builder(URI endpoint, PleskAuthentication authentication) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.authentication = Objects.requireNonNull(authentication, "authentication");
        }

        public Builder serverName(String serverName) {
            this.serverName = serverName == null || serverName.isBlank() ? null : serverName.strip();
            return this;
        }

        public Builder tls(TlsSettings tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * Sets the packet version, for example {@code 1.6.9.0}.
         *
         * @throws IllegalArgumentException unless the text is two to four dot-separated numbers
         */
        public Builder protocolVersion(String protocolVersion) {
            this.protocolVersion = requireProtocolVersion(protocolVersion);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = requirePositive(timeout, "connect timeout");
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = requirePositive(timeout, "read timeout");
            return this;
        }

        public Builder maxResponseBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("The response size limit must be at least 1024 bytes.");
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /** Supplies the HTTP client builder, for example one that applies proxy settings. */
        public Builder httpClientBuilderFactory(Supplier<HttpClient.Builder> factory) {
            this.httpClientBuilderFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        public PleskConnectionSettings build() {
            return new PleskConnectionSettings(this);
        }

        private static Duration requirePositive(Duration duration, String what) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("The " + what + " must be positive, got " + duration + ".");
            }
            return duration;
        }
    }
}
