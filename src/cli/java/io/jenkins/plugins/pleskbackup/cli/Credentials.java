package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plesk credentials read from the environment or from a properties file, never from a command-line option, because
 * other users can read the command lines of running processes. A secret key takes precedence over a login and
 * password, as it does in Plesk. {@link #toString()} and every message name only the source, never a secret.
 */
final class Credentials {

    static final String SECRET_KEY_VARIABLE = "PLESK_SECRET_KEY";
    static final String LOGIN_VARIABLE = "PLESK_LOGIN";
    static final String PASSWORD_VARIABLE = "PLESK_PASSWORD";

    static final String SECRET_KEY_PROPERTY = "secretKey";
    static final String LOGIN_PROPERTY = "login";
    static final String PASSWORD_PROPERTY = "password";

    private static final Set<String> PROPERTIES = Set.of(SECRET_KEY_PROPERTY, LOGIN_PROPERTY, PASSWORD_PROPERTY);

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_READ =
            Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private final String secretKey;
    private final String login;
    private final String password;
    private final String source;

    private Credentials(String secretKey, String login, String password, String source) {
        this.secretKey = secretKey;
        this.login = login;
        this.password = password;
        this.source = source;
    }

    /**
     * Reads the credentials from {@code PLESK_SECRET_KEY}, or from {@code PLESK_LOGIN} and {@code PLESK_PASSWORD}.
     * Empty variables count as unset.
     *
     * @param purpose what the credentials are for, completing the message "Missing Plesk credentials for ..."
     * @throws UsageException naming the variables when none are set, or when only one of login and password is
     */
    static Credentials fromEnvironment(Map<String, String> environment, String purpose) {
        String secretKey = blankToNull(environment.get(SECRET_KEY_VARIABLE));
        if (secretKey != null) {
            return new Credentials(secretKey, null, null, "environment variable " + SECRET_KEY_VARIABLE);
        }
        String login = blankToNull(environment.get(LOGIN_VARIABLE));
        String password = emptyToNull(environment.get(PASSWORD_VARIABLE));
        if (login == null && password == null) {
            throw new UsageException("Missing Plesk credentials for " + purpose + ": set " + SECRET_KEY_VARIABLE
                    + ", or " + LOGIN_VARIABLE + " and " + PASSWORD_VARIABLE + " (credentials are never accepted as"
                    + " command-line options).");
        }
        if (login == null) {
            throw new UsageException(PASSWORD_VARIABLE + " is set but " + LOGIN_VARIABLE + " is not; set both, or "
                    + SECRET_KEY_VARIABLE + " instead.");
        }
        if (password == null) {
            throw new UsageException(LOGIN_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not; set both, or "
                    + SECRET_KEY_VARIABLE + " instead.");
        }
        return new Credentials(null, login.strip(), password,
                "environment variables " + LOGIN_VARIABLE + " and " + PASSWORD_VARIABLE);
    }

    /**
     * Reads the credentials from a Java properties file with {@code secretKey=...}, or {@code login=...} and
     * {@code password=...}.
     *
     * @param context receives a warning when users other than the owner may read the file
     * @throws UsageException when the file cannot be read, has unknown keys, or lacks the credentials
     */
    static Credentials fromFile(Path file, CommandContext context) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UsageException("Cannot read the credentials file '" + file + "' (" + e.getClass().getSimpleName()
                    + "); check the path given with --credentials-file and its permissions.", e);
        } catch (IllegalArgumentException e) {
            // Properties.load reports a malformed Unicode escape; its message contains no text of the file.
            throw new UsageException("The credentials file '" + file + "' is not a valid properties file: "
                    + e.getMessage(), e);
        }
        warnIfReadableByOthers(file, context);

        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(PROPERTIES);
        if (!unknown.isEmpty()) {
            throw new UsageException("The credentials file '" + file + "' has unknown keys " + unknown + "; use "
                    + SECRET_KEY_PROPERTY + ", or " + LOGIN_PROPERTY + " and " + PASSWORD_PROPERTY + ".");
        }
        String secretKey = blankToNull(properties.getProperty(SECRET_KEY_PROPERTY));
        if (secretKey != null) {
            return new Credentials(secretKey, null, null, "credentials file '" + file + "'");
        }
        String login = blankToNull(properties.getProperty(LOGIN_PROPERTY));
        String password = emptyToNull(properties.getProperty(PASSWORD_PROPERTY));
        if (login == null || password == null) {
            throw new UsageException("The credentials file '" + file + "' has no credentials: give "
                    + SECRET_KEY_PROPERTY + "=..., or " + LOGIN_PROPERTY + "=... and " + PASSWORD_PROPERTY + "=....");
        }
        return new Credentials(null, login.strip(), password, "credentials file '" + file + "'");
    }

    private static void warnIfReadableByOthers(Path file, CommandContext context) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(GROUP_OR_OTHERS_READ::contains)) {
                context.warn("the credentials file '" + file + "' is readable by other users; restrict it with"
                        + " chmod 600.");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows), or the attributes are unreadable: there is nothing to check.
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    boolean hasSecretKey() {
        return secretKey != null;
    }

    /** Returns the secret key, or {@code null} for a login and password. Only the simulator's setup reads it. */
    String secretKey() {
        return secretKey;
    }

    /** Returns the login, or {@code null} for a secret key. */
    String login() {
        return login;
    }

    /** Returns the password, or {@code null} for a secret key. Only the simulator's setup reads it. */
    String password() {
        return password;
    }

    /** Where the credentials came from, for messages, for example {@code environment variable PLESK_SECRET_KEY}. */
    String source() {
        return source;
    }

    PleskAuthentication toAuthentication() {
        return secretKey != null ? PleskAuthentication.secretKey(secretKey)
                : PleskAuthentication.loginPassword(login, password);
    }

    @Override
    public String toString() {
        return (secretKey != null ? "secret key" : "login '" + login + "' with password") + " from " + source;
    }
}
