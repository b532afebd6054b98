package io.jenkins.plugins.pleskbackup.client;

/** Plesk XML API error codes that the client acts on, from Plesk's "reduced list of error codes". */
public final class PleskErrorCodes {

    public static final int AUTHENTICATION_FAILED = 1001;
    public static final int PROTOCOL_VERSION_NOT_SUPPORTED = 1005;
    public static final int PERMISSION_DENIED = 1006;
    public static final int ACCOUNT_DISABLED = 1011;
    public static final int LOGIN_LOCKED = 1012;
    public static final int OBJECT_NOT_FOUND = 1013;
    public static final int REQUEST_INVALID = 1014;
    public static final int FEATURE_NOT_SUPPORTED_BY_PROTOCOL = 1017;
    public static final int AUTHENTICATION_METHOD_NOT_SPECIFIED = 1029;
    public static final int SECRET_KEY_VALIDATION_FAILED = 11003;

    private PleskErrorCodes() {
    }
}
