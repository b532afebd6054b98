package io.jenkins.plugins.pleskbackup.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends packets to a simulator over real HTTP with {@link HttpClient}. Every request has a 10 second timeout, so a
 * test cannot hang on a simulator that does not respond.
 */
final class AgentClient {

    static final String ADMIN_LOGIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-1";
    static final String SECRET_KEY = "0b5f0c7e-2a34-4bd0-9c51-7d3f6a2e81aa";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient DEFAULT_HTTP = HttpClient.newBuilder()
            .connectTimeout(REQUEST_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final HttpClient http;
    private final URI endpoint;

    AgentClient(PleskSimulator simulator) {
        this(DEFAULT_HTTP, simulator.endpoint());
    }

    AgentClient(HttpClient http, URI endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    /** Wraps operators in a packet with the given version. A null version leaves out the attribute. */
    static String packet(String version, String operators) {
        String versionAttribute = version == null ? "" : " version=\"" + version + "\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<packet" + versionAttribute + ">" + operators + "</packet>";
    }

    /** Wraps operations in a {@code backup-manager} packet of version 1.6.9.0. */
    static String backupManager(String operations) {
        return packet("1.6.9.0", "<backup-manager>" + operations + "</backup-manager>");
    }

    /** Sends the packet with the administrator's login and password. */
    AgentResponse postAsAdministrator(String packet) throws IOException, InterruptedException {
        return post(packet, "HTTP_AUTH_LOGIN", ADMIN_LOGIN, "HTTP_AUTH_PASSWD", ADMIN_PASSWORD);
    }

    /** Sends the packet with the given header names and values, alternating. */
    AgentResponse post(String packet, String... headerNamesAndValues) throws IOException, InterruptedException {
        return post(packet.getBytes(StandardCharsets.UTF_8), REQUEST_TIMEOUT, headerNamesAndValues);
    }

    AgentResponse post(byte[] packet, Duration timeout, String... headerNamesAndValues)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(packet));
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new AgentResponse(response);
    }
}
