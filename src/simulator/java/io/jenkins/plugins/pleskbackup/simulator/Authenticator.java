package io.jenkins.plugins.pleskbackup.simulator;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Checks the credentials of a request. A {@code KEY} header takes precedence over {@code HTTP_AUTH_LOGIN} and
 * {@code HTTP_AUTH_PASSWD}, as in Plesk's PHP client, which sends only the key when it has one.
 */
final class Authenticator {

    static final String KEY_HEADER = "KEY";
    static final String LOGIN_HEADER = "HTTP_AUTH_LOGIN";
    static final String PASSWORD_HEADER = "HTTP_AUTH_PASSWD";

    /** A secret key and the only address it is accepted from. A null address accepts any caller. */
    record SecretKey(String key, InetAddress boundTo) {
    }

    /** A login with its password and the user it authenticates. */
    record Login(String login, String password, Caller caller) {
    }

    /** The authenticated user, or the system error code and text to send. {@code method} names the style for logs. */
    record Result(Caller caller, int errorCode, String errorText, String method) {
        boolean isAuthenticated() {
            return caller != null;
        }
    }

    private final List<SecretKey> secretKeys;
    private final Map<String, Login> logins;

    Authenticator(List<SecretKey> secretKeys, Map<String, Login> logins) {
        this.secretKeys = List.copyOf(secretKeys);
        this.logins = Map.copyOf(logins);
    }

    Result authenticate(Headers headers, InetAddress remoteAddress) {
        String key = headers.getFirst(KEY_HEADER);
        if (key != null) {
            return authenticateKey(key, remoteAddress);
        }
        String login = headers.getFirst(LOGIN_HEADER);
        String password = headers.getFirst(PASSWORD_HEADER);
        if (login == null || password == null) {
            return new Result(null, PleskErrorCodes.AUTHENTICATION_METHOD_NOT_SPECIFIED,
                    "Authentication method is not specified.", "none");
        }
        Login known = logins.get(login);
        if (known == null || !constantTimeEquals(known.password(), password)) {
            return new Result(null, PleskErrorCodes.AUTHENTICATION_FAILED,
                    "Authentication failed: wrong login name or password.", "password");
        }
        return new Result(known.caller(), 0, null, "password");
    }

    private Result authenticateKey(String key, InetAddress remoteAddress) {
        for (SecretKey secretKey : secretKeys) {
            boolean addressMatches = secretKey.boundTo() == null || secretKey.boundTo().equals(remoteAddress);
            if (constantTimeEquals(secretKey.key(), key) && addressMatches) {
                return new Result(Caller.ADMINISTRATOR, 0, null, "secret key");
            }
        }
        return new Result(null, PleskErrorCodes.SECRET_KEY_VALIDATION_FAILED,
                "Secret key validation failed: the key is unknown or not valid for this IP address.", "secret key");
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
