package io.jenkins.plugins.pleskbackup.simulator;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request that the simulator received, for tests that check what a client sent. {@link #toString()} leaves out
 * the values of the credential headers.
 */
public final class RecordedRequest {

    private static final List<String> CREDENTIAL_HEADERS = List.of("key", "http_auth_passwd", "http_auth_login",
            "authorization");

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final InetSocketAddress remoteAddress;

    RecordedRequest(String method, String path, Map<String, List<String>> headers, byte[] body,
            InetSocketAddress remoteAddress) {
        this.method = method;
        this.path = path;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = copy;
        this.body = body.clone();
        this.remoteAddress = remoteAddress;
    }

    public String method() {
        return method;
    }

    /** Returns the request path with the query, if any. */
    public String path() {
        return path;
    }

    /** Returns all headers in a map that ignores the case of header names. */
    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** Returns the first value of the header, ignoring the case of its name, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Returns a copy of the body bytes. */
    public byte[] body() {
        return body.clone();
    }

    /** Returns the body decoded as UTF-8, the encoding Plesk packets use. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method).append(' ').append(path).append(" from ").append(remoteAddress);
        text.append(" headers {");
        String separator = "";
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            boolean credential = CREDENTIAL_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT));
            text.append(separator).append(header.getKey()).append('=')
                    .append(credential ? "(hidden)" : String.join(",", header.getValue()));
            separator = ", ";
        }
        return text.append("} body ").append(body.length).append(" bytes").toString();
    }
}
