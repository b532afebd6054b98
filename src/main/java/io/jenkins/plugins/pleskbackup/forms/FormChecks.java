package io.jenkins.plugins.pleskbackup.forms;

import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.client.CertificateFingerprints;
import io.jenkins.plugins.pleskbackup.client.PleskEndpoints;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.connection.PleskCredentials;
import io.jenkins.plugins.pleskbackup.wait.Durations;
import jenkins.model.Jenkins;

/**
 * Form validation and drop-down lists shared by the descriptors of the steps and builders. Callers are POST-only web
 * methods. Checks return "ok" to users who may not configure the item, so nothing leaks to them. Lists show them
 * only the current value, except the credentials list (see {@link #fillCredentials}).
 */
public final class FormChecks {

    private FormChecks() {
    }

    /** Whether the current user may configure the item, or administer Jenkins when there is no item. */
    public static boolean canConfigure(Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    /** Names of the configured servers, with an empty choice for "the only server" or "a URL instead". */
    public static ListBoxModel fillServerNames(Item item, String current) {
        ListBoxModel model = new ListBoxModel();
        if (!canConfigure(item)) {
            if (current != null && !current.isBlank()) {
                model.add(current);
            }
            return model;
        }
        model.add(Messages.FormChecks_DefaultServer(), "");
        for (PleskServer server : PleskGlobalConfiguration.get().getServers()) {
            model.add(server.getName());
        }
        return model;
    }

    public static FormValidation checkServerName(Item item, String value, String url) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        String name = Util.fixEmptyAndTrim(value);
        if (name != null && Util.fixEmptyAndTrim(url) != null) {
            return FormValidation.error(Messages.FormChecks_NameAndUrl(name, url.strip()));
        }
        if (name != null && PleskGlobalConfiguration.get().getServer(name) == null) {
            return FormValidation.error(Messages.FormChecks_UnknownServer(name));
        }
        return FormValidation.ok();
    }

    public static FormValidation checkUrl(Item item, String value) {
        if (!canConfigure(item) || Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok();
        }
        try {
            return FormValidation.ok(Messages.FormChecks_Endpoint(PleskEndpoints.parse(value)));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    public static FormValidation checkCertificateFingerprint(Item item, String value) {
        if (!canConfigure(item) || Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok();
        }
        try {
            CertificateFingerprints.normalize(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /**
     * Credentials for a step or builder: those the item may use, listed as the item's identity. As in the
     * credentials plugin, users with Item/ExtendedRead or Credentials/UseItem see the list too, and everyone else
     * only the current value.
     */
    public static ListBoxModel fillCredentials(Item item, String url, String serverName, String current) {
        if (!canConfigure(item)) {
            return PleskCredentials.listForItem(item, null, current);
        }
        String address = Util.fixEmptyAndTrim(url);
        if (address == null && Util.fixEmptyAndTrim(serverName) != null) {
            PleskServer server = PleskGlobalConfiguration.get().getServer(serverName);
            address = server == null ? null : server.getUrl();
        }
        return PleskCredentials.listForItem(item, address, current);
    }

    public static FormValidation checkTaskId(Item item, String value, boolean required) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        if (Util.fixEmptyAndTrim(value) == null) {
            return required ? FormValidation.error(Messages.FormChecks_TaskIdRequired()) : FormValidation.ok();
        }
        if (value.contains("${")) {
            return FormValidation.ok(Messages.FormChecks_TaskIdExpression());
        }
        try {
            TaskFilter.requireTaskId(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    public static FormValidation checkDuration(Item item, String value) {
        if (!canConfigure(item) || Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok();
        }
        try {
            if (Durations.parse(value).isZero()) {
                return FormValidation.error(Messages.FormChecks_DurationZero());
            }
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** The two results an unsuccessful outcome may give the build; empty for users who may not configure. */
    public static ListBoxModel fillUnsuccessfulResults(Item item) {
        ListBoxModel model = new ListBoxModel();
        if (!canConfigure(item)) {
            return model;
        }
        model.add(Messages.FormChecks_ResultFailure(), "FAILURE");
        model.add(Messages.FormChecks_ResultUnstable(), "UNSTABLE");
        return model;
    }
}
