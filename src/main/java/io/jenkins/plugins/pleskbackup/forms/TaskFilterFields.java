package io.jenkins.plugins.pleskbackup.forms;

import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.pleskbackup.client.BackupTarget;
import io.jenkins.plugins.pleskbackup.client.TaskFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The filter fields of the status step and builder, of which at most one may be set: {@code taskId}, {@code server},
 * {@code customerId}, {@code customerLogin}, {@code resellerId}, {@code resellerLogin}, {@code webspaceId} or
 * {@code webspaceName}.
 */
public final class TaskFilterFields {

    private String taskId;
    private boolean server;
    private String customerId;
    private String customerLogin;
    private String resellerId;
    private String resellerLogin;
    private String webspaceId;
    private String webspaceName;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = Util.fixEmptyAndTrim(taskId);
    }

    public boolean isServer() {
        return server;
    }

    public void setServer(boolean server) {
        this.server = server;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = Util.fixEmptyAndTrim(customerId);
    }

    public String getCustomerLogin() {
        return customerLogin;
    }

    public void setCustomerLogin(String customerLogin) {
        this.customerLogin = Util.fixEmptyAndTrim(customerLogin);
    }

    public String getResellerId() {
        return resellerId;
    }

    public void setResellerId(String resellerId) {
        this.resellerId = Util.fixEmptyAndTrim(resellerId);
    }

    public String getResellerLogin() {
        return resellerLogin;
    }

    public void setResellerLogin(String resellerLogin) {
        this.resellerLogin = Util.fixEmptyAndTrim(resellerLogin);
    }

    public String getWebspaceId() {
        return webspaceId;
    }

    public void setWebspaceId(String webspaceId) {
        this.webspaceId = Util.fixEmptyAndTrim(webspaceId);
    }

    public String getWebspaceName() {
        return webspaceName;
    }

    public void setWebspaceName(String webspaceName) {
        this.webspaceName = Util.fixEmptyAndTrim(webspaceName);
    }

    /**
     * The client filter for the fields that are set, after replacing {@code ${VARIABLE}} references through
     * {@code expand} (identity for Pipeline steps, environment expansion for freestyle builders).
     *
     * @throws IllegalArgumentException when more than one filter is set or a value is invalid
     */
    public TaskFilter toTaskFilter(UnaryOperator<String> expand) {
        Map<String, TaskFilter> given = new LinkedHashMap<>();
        if (taskId != null) {
            given.put("taskId", TaskFilter.taskId(expand.apply(taskId)));
        }
        if (server) {
            given.put("server", TaskFilter.owner(BackupTarget.server()));
        }
        if (customerId != null) {
            given.put("customerId", TaskFilter.owner(BackupTarget.customerId(expand.apply(customerId))));
        }
        if (customerLogin != null) {
            given.put("customerLogin", TaskFilter.owner(BackupTarget.customerLogin(expand.apply(customerLogin))));
        }
        if (resellerId != null) {
            given.put("resellerId", TaskFilter.owner(BackupTarget.resellerId(expand.apply(resellerId))));
        }
        if (resellerLogin != null) {
            given.put("resellerLogin", TaskFilter.owner(BackupTarget.resellerLogin(expand.apply(resellerLogin))));
        }
        if (webspaceId != null) {
            given.put("webspaceId", TaskFilter.owner(BackupTarget.webspaceId(expand.apply(webspaceId))));
        }
        if (webspaceName != null) {
            given.put("webspaceName", TaskFilter.owner(BackupTarget.webspaceName(expand.apply(webspaceName))));
        }

        if (given.size() > 1) {
            throw new IllegalArgumentException(Messages.TaskFilterFields_TooManyFilters(String.join(", ",
                    given.keySet())));
        }
        return given.isEmpty() ? TaskFilter.none() : given.values().iterator().next();
    }

    /**
     * The owner of a backup to start: exactly one of the owner fields, or {@code server}.
     *
     * @throws IllegalArgumentException when none or several are set, or a value is invalid
     */
    public BackupTarget toBackupTarget(UnaryOperator<String> expand) {
        TaskFilter filter = toTaskFilter(expand);
        if (filter.owner() == null) {
            throw new IllegalArgumentException(Messages.TaskFilterFields_TargetRequired());
        }
        return filter.owner();
    }

    /** Validation of a numeric id field. */
    public static FormValidation checkId(Item item, String value, String what) {
        if (!FormChecks.canConfigure(item) || Util.fixEmptyAndTrim(value) == null || value.contains("${")) {
            return FormValidation.ok();
        }
        try {
            BackupTarget.requireId(value, what);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(Messages.TaskFilterFields_InvalidId(what, value.strip()));
        }
    }
}
