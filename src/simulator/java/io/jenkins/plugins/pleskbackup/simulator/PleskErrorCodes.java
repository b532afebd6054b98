package io.jenkins.plugins.pleskbackup.simulator;

/**
 * Plesk XML API error codes that the simulator sends, from Plesk's "reduced list of error codes" (valid since Plesk 8.0).
 * Codes 1001 to 1029 and 11003 arrive either in the packet-level {@code system} element or in an operation's
 * {@code result}.
 */
public final class PleskErrorCodes {

    /** Wrong login or password. */
    public static final int AUTHENTICATION_FAILED = 1001;

    /** The packet's protocol version is unknown to the server, for example newer than its newest version. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = 1005;

    /** The authenticated user may not access the requested object. */
    public static final int PERMISSION_DENIED = 1006;

    /** The requested object (customer, webspace, reseller, task) does not exist. */
    public static final int OBJECT_NOT_FOUND = 1013;

    /** The packet is not well-formed XML or does not match the XML schema of its protocol version. */
    public static final int REQUEST_INVALID = 1014;

    /** The packet's protocol version is older than the oldest version the server still supports. */
    public static final int OUTDATED_PROTOCOL_VERSION = 1017;

    /** A value is valid for the schema but not accepted by the operation. */
    public static final int INVALID_VALUE = 1019;

    /** The request carries neither a secret key nor both login and password headers. */
    public static final int AUTHENTICATION_METHOD_NOT_SPECIFIED = 1029;

    /** The secret key is unknown, or it is bound to an IP address other than the caller's. */
    public static final int SECRET_KEY_VALIDATION_FAILED = 11003;

    private PleskErrorCodes() {
    }
}
