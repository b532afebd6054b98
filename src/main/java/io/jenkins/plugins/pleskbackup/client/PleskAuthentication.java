package io.jenkins.plugins.pleskbackup.client;

import java.util.List;
import java.util.Objects;

/**
 * How requests authenticate to Plesk: with a secret key in the {@code KEY} header, or with a login and password in
 * the {@code HTTP_AUTH_LOGIN} and {@code HTTP_AUTH_PASSWD} headers. Plesk's XML API is stateless, so every request
 * carries these headers. {@link #toString()} never shows the secret.
 */
public abstract sealed class PleskAuthentication permits PleskAuthentication.SecretKey, PleskAuthentication.LoginPassword {

    private PleskAuthentication() {
    }

    public static PleskAuthentication secretKey(String key) {
        return new SecretKey(key);
    }

    public static PleskAuthentication loginPassword(String login, String password) {
        return new LoginPassword(login, password);
    }

    /** Header names and values, in the order they are sent. */
    abstract List<String[]> headers();

    /** The secret values, so that messages built from server text can blank them out. */
    abstract List<String> secrets();

    /** A secret key created in Plesk (Tools and Settings, or {@code plesk bin secret_key}); it is bound to one IP address. */
    public static final class SecretKey extends PleskAuthentication {
        private final String key;

        private SecretKey(String key) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("The Plesk secret key is empty.");
            }
            this.key = key.strip();
        }

        @Override
        List<String[]> headers() {
            return List.<String[]>of(new String[] {"KEY", key});
        }

        @Override
        List<String> secrets() {
            return List.of(key);
        }

        @Override
        public String toString() {
            return "secret key";
        }
    }

    /** The login and password of a Plesk user (administrator, reseller or customer). */
    public static final class LoginPassword extends PleskAuthentication {
        private final String login;
        private final String password;

        private LoginPassword(String login, String password) {
            if (login == null || login.isBlank()) {
                throw new IllegalArgumentException("The Plesk login is empty.");
            }
            this.login = login.strip();
            this.password = Objects.requireNonNullElse(password, "");
        }

        public String login() {
            return login;
        }

        @Override
        List<String[]> headers() {
            return List.of(new String[] {"HTTP_AUTH_LOGIN", login}, new String[] {"HTTP_AUTH_PASSWD", password});
        }

        @Override
        List<String> secrets() {
            return password.isEmpty() ? List.of() : List.of(password);
        }

        @Override
        public String toString() {
            return "login '" + login + "' with password";
        }
    }
}
