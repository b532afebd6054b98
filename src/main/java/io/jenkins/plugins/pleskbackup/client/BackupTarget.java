package io.jenkins.plugins.pleskbackup.client;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The object a backup operation acts on, or whose tasks {@code get-tasks-info} lists: the server, a reseller, a
 * customer or a webspace (a subscription in Plesk's user interface), named by id or by login or domain name.
 *
 * <p>Values are checked the way Plesk's schema checks them ({@code id_type} is a positive integer, {@code domainName}
 * has 1 to 255 characters), so a bad value fails here with a clear message instead of Plesk's error 1014.
 */
public final class BackupTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern POSITIVE_INTEGER = Pattern.compile("0*[1-9][0-9]*");
    private static final int MAX_DOMAIN_NAME_LENGTH = 255;

    /** The element Plesk uses for each way of naming the target. */
    public enum Kind {
        SERVER("server"),
        RESELLER_ID("reseller-id"),
        RESELLER_LOGIN("reseller-login"),
        CUSTOMER_ID("customer-id"),
        CUSTOMER_LOGIN("customer-login"),
        WEBSPACE_ID("webspace-id"),
        WEBSPACE_NAME("webspace-name");

        private final String element;

        Kind(String element) {
            this.element = element;
        }

        /** Name of the XML element, for example {@code customer-login}. */
        public String element() {
            return element;
        }
    }

    private final Kind kind;
    private final String value;

    private BackupTarget(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    public static BackupTarget server() {
        return new BackupTarget(Kind.SERVER, null);
    }

    public static BackupTarget resellerId(String id) {
        return new BackupTarget(Kind.RESELLER_ID, requireId(id, "reseller id"));
    }

    public static BackupTarget resellerLogin(String login) {
        return new BackupTarget(Kind.RESELLER_LOGIN, requireText(login, "reseller login"));
    }

    public static BackupTarget customerId(String id) {
        return new BackupTarget(Kind.CUSTOMER_ID, requireId(id, "customer id"));
    }

    public static BackupTarget customerLogin(String login) {
        return new BackupTarget(Kind.CUSTOMER_LOGIN, requireText(login, "customer login"));
    }

    public static BackupTarget webspaceId(String id) {
        return new BackupTarget(Kind.WEBSPACE_ID, requireId(id, "webspace id"));
    }

    public static BackupTarget webspaceName(String name) {
        String domain = requireText(name, "webspace name");
        if (domain.length() > MAX_DOMAIN_NAME_LENGTH) {
            throw new IllegalArgumentException("The webspace name is longer than " + MAX_DOMAIN_NAME_LENGTH
                    + " characters; give the subscription's domain name, for example example.com.");
        }
        return new BackupTarget(Kind.WEBSPACE_NAME, domain);
    }

    public Kind kind() {
        return kind;
    }

    /** The id, login or name; {@code null} for the server. */
    public String value() {
        return value;
    }

    /** Description for messages, for example {@code customer-login 'jdoe'} or {@code server}. */
    public String describe() {
        if (kind == Kind.SERVER) {
            return "server";
        }
        boolean numeric = kind == Kind.RESELLER_ID || kind == Kind.CUSTOMER_ID || kind == Kind.WEBSPACE_ID;
        return numeric ? kind.element() + " " + value : kind.element() + " '" + value + "'";
    }

    /**
     * Checks an id as Plesk's {@code id_type} does and returns it without whitespace or leading zeros.
     *
     * @param what the kind of id for the message, for example {@code customer id}
     * @throws IllegalArgumentException with a message for the user unless the id is a positive whole number
     */
    public static String requireId(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (!POSITIVE_INTEGER.matcher(trimmed).matches() || trimmed.length() > 18) {
            throw new IllegalArgumentException("The " + what + " '" + trimmed
                    + "' is not valid: Plesk ids are positive whole numbers such as 7.");
        }
        return trimmed.replaceFirst("^0+", "");
    }

    static String requireText(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " is empty; give a value or choose another filter.");
        }
        return trimmed;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BackupTarget)) {
            return false;
        }
        BackupTarget that = (BackupTarget) other;
        return kind == that.kind && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return describe();
    }
}
