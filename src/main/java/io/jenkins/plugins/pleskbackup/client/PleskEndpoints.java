package io.jenkins.plugins.pleskbackup.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the server address a user typed into the URL of Plesk's XML API endpoint. */
public final class PleskEndpoints {

    /** Port of Plesk's panel and XML API over HTTPS. */
    public static final int DEFAULT_HTTPS_PORT = 8443;

    /** Path of the XML API endpoint. */
    public static final String AGENT_PATH = "/enterprise/control/agent.php";

    /**
     * The user information of an address ({@code user:password@}), with the scheme before it in group 1.
     * NOTE: a password with an unencoded {@code /}, {@code ?} or {@code #} does not match and stays in messages.
     */
    private static final Pattern USER_INFO = Pattern.compile("^([^:/?#]*://)?[^/?#@]*@");

    private PleskEndpoints() {
    }

    /**
     * Parses a Plesk address into the endpoint URL.
     *
     * <ul>
     *   <li>A bare host name or address, with or without a port ({@code plesk.example.com},
     *       {@code plesk.example.com:8443}), means HTTPS, port 8443 unless given, and the standard path.
     *   <li>A URL ({@code https://plesk.example.com:8443}) keeps its scheme, host and port. Without a port the scheme's
     *       standard port applies (443 or 80), as for any URL. Without a path, or with {@code /}, the standard path
     *       is added.
     * </ul>
     *
     * @throws IllegalArgumentException with a message for the user when the address cannot be used
     */
    public static URI parse(String address) {
        String text = address == null ? "" : address.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The Plesk URL is empty; give the server address, for example"
                    + " https://plesk.example.com:8443.");
        }
        boolean hasScheme = text.contains("://");
        String maskedAddress = withoutUserInfo(text);
        URI uri;
        try {
            uri = new URI(hasScheme ? text : "https://" + text);
        } catch (URISyntaxException e) {
            // The cause is left out because its message repeats the whole address, user information included.
            throw new IllegalArgumentException("The Plesk URL '" + maskedAddress + "' is not a valid URL: "
                    + e.getReason() + ". Give it as https://host:8443.");
        }

        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("The Plesk URL '" + maskedAddress + "' uses the scheme '" + scheme
                    + "'; only https and http are supported.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("The Plesk URL '" + maskedAddress + "' has no host name; give it as"
                    + " https://host:8443.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The Plesk URL for host '" + uri.getHost() + "' contains a login or"
                    + " password; remove it from the URL and store the login and password as a credential instead.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The Plesk URL '" + maskedAddress + "' has a query or fragment; give"
                    + " only scheme, host, port and path.");
        }

        int port = uri.getPort();
        if (!hasScheme && port == -1) {
            port = DEFAULT_HTTPS_PORT;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            path = AGENT_PATH;
        }
        try {
            return new URI(scheme, null, uri.getHost(), port, path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The Plesk URL '" + maskedAddress + "' is not valid: " + e.getReason());
        }
    }

    /** Masks the user information of an address for messages, because it may contain a password. */
    private static String withoutUserInfo(String address) {
        return USER_INFO.matcher(address).replaceFirst("$1****@");
    }

    /** {@code host:port} of an endpoint for messages, with the scheme's default port filled in. */
    public static String hostAndPort(URI endpoint) {
        int port = endpoint.getPort();
        if (port == -1) {
            port = "http".equalsIgnoreCase(endpoint.getScheme()) ? 80 : 443;
        }
        return endpoint.getHost() + ":" + port;
    }
}
