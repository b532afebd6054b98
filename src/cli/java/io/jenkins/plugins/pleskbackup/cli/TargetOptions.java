package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.BackupTarget;
import picocli.CommandLine.Option;

/**
 * The mutually exclusive options that name a Plesk object: what {@code start} backs up, and whose tasks
 * {@code status} lists. Used as an exclusive picocli argument group, so at most one field is set.
 */
final class TargetOptions {

    @Option(names = "--server", description = "The whole server (administrator only).")
    boolean server;

    @Option(names = "--reseller-id", paramLabel = "ID", description = "The reseller with this id.")
    String resellerId;

    @Option(names = "--reseller-login", paramLabel = "LOGIN", description = "The reseller with this login.")
    String resellerLogin;

    @Option(names = "--customer-id", paramLabel = "ID", description = "The customer with this id.")
    String customerId;

    @Option(names = "--customer-login", paramLabel = "LOGIN", description = "The customer with this login.")
    String customerLogin;

    @Option(names = "--webspace-id", paramLabel = "ID", description = "The webspace (subscription) with this id.")
    String webspaceId;

    @Option(names = "--webspace-name", paramLabel = "DOMAIN",
            description = "The webspace (subscription) with this domain name.")
    String webspaceName;

    /**
     * Returns the object the set option names.
     *
     * @throws IllegalArgumentException with a message for the user when the value is invalid, for example a
     *     non-numeric id
     */
    BackupTarget toTarget() {
        if (resellerId != null) {
            return BackupTarget.resellerId(resellerId);
        }
        if (resellerLogin != null) {
            return BackupTarget.resellerLogin(resellerLogin);
        }
        if (customerId != null) {
            return BackupTarget.customerId(customerId);
        }
        if (customerLogin != null) {
            return BackupTarget.customerLogin(customerLogin);
        }
        if (webspaceId != null) {
            return BackupTarget.webspaceId(webspaceId);
        }
        if (webspaceName != null) {
            return BackupTarget.webspaceName(webspaceName);
        }
        return BackupTarget.server();
    }
}
