package io.jenkins.plugins.pleskbackup.simulator;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Executes the operations of a valid packet against the simulated accounts and tasks, and builds each operation's
 * response element.
 *
 * <p>Filter semantics: an owner filter of {@code get-tasks-info} lists the tasks whose owner element is exactly that
 * owner, so a customer filter lists the customer's own backups but not those of its webspaces. Without a filter, the
 * administrator gets the server-level tasks and a customer its own customer-level tasks. Customers get error 1006 for
 * any object they do not own (the server, resellers, other customers and their webspaces and tasks).
 */
final class OperationExecutor {

    private static final String CUSTOMER_NOT_FOUND = "client does not exist.";
    private static final String RESELLER_NOT_FOUND = "reseller does not exist.";
    private static final String WEBSPACE_NOT_FOUND = "webspace does not exist.";
    private static final String TASK_NOT_FOUND = "backup task does not exist.";
    private static final String PERMISSION_DENIED = "Permission denied: the object belongs to another user.";

    /** An operation that fails with a per-operation error. */
    private static final class OperationFailure extends Exception {
        private static final long serialVersionUID = 1L;

        private final int errorCode;

        OperationFailure(int errorCode, String errorText) {
            super(errorText, null, false, false);
            this.errorCode = errorCode;
        }
    }

    private final SimulatedAccounts accounts;
    private final TaskStore tasks;
    private final ProtocolVersions versions;
    private final UnknownTaskIdResponse unknownTaskIdResponse;

    OperationExecutor(SimulatedAccounts accounts, TaskStore tasks, ProtocolVersions versions,
            UnknownTaskIdResponse unknownTaskIdResponse) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.versions = versions;
        this.unknownTaskIdResponse = unknownTaskIdResponse;
    }

    /** Executes one operation at time {@code now} and returns its response element, such as {@code <get-tasks-info>}. */
    XmlNode execute(XmlElement operation, Caller caller, Instant now) {
        XmlNode response = XmlNode.element(operation.name());
        try {
            response.add(result(operation, caller, now));
        } catch (OperationFailure failure) {
            response.add(XmlNode.errorResult("result", failure.errorCode, failure.getMessage()));
        }
        return response;
    }

    private XmlNode result(XmlElement operation, Caller caller, Instant now) throws OperationFailure {
        switch (operation.name()) {
            case "get-tasks-info":
                return getTasksInfo(operation, caller, now);
            case "backup-server":
            case "backup-reseller":
            case "backup-customer":
            case "backup-webspace":
                return createBackup(operation, caller);
            case "stop-backup":
                return stopBackup(operation, caller, now);
            case "get-supported-protocols":
                return XmlNode.okResult().addText("protocol", "ftp");
            case "get_protos":
                return getProtos();
            default:
                throw new IllegalArgumentException("The validator let through an unknown operation " + operation.name());
        }
    }

    private XmlNode getTasksInfo(XmlElement operation, Caller caller, Instant now) throws OperationFailure {
        List<BackupTask> found;
        if (operation.children().isEmpty()) {
            TaskOwner own = caller.isAdministrator() ? TaskOwner.server() : TaskOwner.customer(caller.customerId());
            found = tasks.ownedBy(own);
        } else if (operation.children().get(0).name().equals("task-id")) {
            Optional<BackupTask> task = findTask(operation.childValue("task-id"));
            if (task.isEmpty()) {
                if (unknownTaskIdResponse == UnknownTaskIdResponse.ERROR_1013) {
                    throw new OperationFailure(PleskErrorCodes.OBJECT_NOT_FOUND, TASK_NOT_FOUND);
                }
                found = List.of();
            } else {
                requireAccess(caller, task.get().owner());
                found = List.of(task.get());
            }
        } else {
            found = tasks.ownedBy(resolveOwner(operation.children().get(0), caller));
        }

        XmlNode result = XmlNode.okResult();
        for (BackupTask task : found) {
            result.add(taskNode(task, now));
        }
        return result;
    }

    private static XmlNode taskNode(BackupTask task, Instant now) {
        XmlNode node = XmlNode.element("task");
        TaskOwner owner = task.owner();
        if (owner.type() == TaskOwner.Type.SERVER) {
            node.add(XmlNode.element("server"));
        } else {
            node.addText(owner.type().elementName(), Long.toString(owner.id()));
        }
        return node.addText("id", Long.toString(task.id()))
                .addText("status", task.statusAt(now).xmlValue())
                .addText("started", Long.toString(task.started().getEpochSecond()))
                .addText("prefix", task.prefix())
                .addText("filename", task.filenameAt(now))
                .addText("protocol", task.protocol());
    }

    private XmlNode createBackup(XmlElement operation, Caller caller) throws OperationFailure {
        TaskOwner owner = operation.name().equals("backup-server")
                ? TaskOwner.server()
                : resolveOwner(operation.children().get(0), caller);
        requireAccess(caller, owner);

        String protocol = "local";
        String remote = operation.childValue("remote");
        if (remote != null) {
            if (!remote.equals("ftp")) {
                // NOTE: Plesk documents that only ftp is supported, but not the error for other values, so 1019 is a guess.
                throw new OperationFailure(PleskErrorCodes.INVALID_VALUE,
                        "Remote storage '" + remote + "' is not supported. Use ftp.");
            }
            protocol = "ftp";
        }
        String prefix = Optional.ofNullable(operation.childValue("prefix")).orElse("");
        String description = Optional.ofNullable(operation.childValue("description")).orElse("");

        BackupTask task = tasks.create(owner, prefix, protocol, description);
        return XmlNode.okResult().addText("task-id", Long.toString(task.id()));
    }

    private XmlNode stopBackup(XmlElement operation, Caller caller, Instant now) throws OperationFailure {
        BackupTask task = findTask(operation.childValue("task-id"))
                .orElseThrow(() -> new OperationFailure(PleskErrorCodes.OBJECT_NOT_FOUND, TASK_NOT_FOUND));
        requireAccess(caller, task.owner());
        // Stopping a task that has already ended succeeds and changes nothing. Plesk does not document this case.
        task.stop(now);
        return XmlNode.okResult();
    }

    private XmlNode getProtos() {
        XmlNode protos = XmlNode.element("protos");
        for (String version : versions.supported()) {
            protos.addText("proto", version);
        }
        return XmlNode.okResult().add(protos);
    }

    private Optional<BackupTask> findTask(String taskIdValue) {
        Long taskId = parsePositiveLong(taskIdValue);
        return taskId == null ? Optional.empty() : tasks.find(taskId);
    }

    /**
     * Resolves an owner element ({@code webspace-id}, {@code customer-login}, {@code server} and so on) and checks that
     * the caller may access it. Customers get 1006 for objects that are not theirs, even for objects that do not
     * exist, so that they cannot probe other users' ids.
     */
    private TaskOwner resolveOwner(XmlElement element, Caller caller) throws OperationFailure {
        try {
            TaskOwner owner = lookUpOwner(element);
            requireAccess(caller, owner);
            return owner;
        } catch (OperationFailure notFound) {
            if (!caller.isAdministrator()) {
                throw new OperationFailure(PleskErrorCodes.PERMISSION_DENIED, PERMISSION_DENIED);
            }
            throw notFound;
        }
    }

    private TaskOwner lookUpOwner(XmlElement element) throws OperationFailure {
        String value = XmlElement.collapseWhitespace(element.text());
        switch (element.name()) {
            case "server":
                return TaskOwner.server();
            case "reseller-id":
                return TaskOwner.reseller(require(idOf(value).flatMap(accounts::reseller), RESELLER_NOT_FOUND).id());
            case "reseller-login":
                return TaskOwner.reseller(require(accounts.resellerByLogin(value), RESELLER_NOT_FOUND).id());
            case "customer-id":
                return TaskOwner.customer(require(idOf(value).flatMap(accounts::customer), CUSTOMER_NOT_FOUND).id());
            case "customer-login":
                return TaskOwner.customer(require(accounts.customerByLogin(value), CUSTOMER_NOT_FOUND).id());
            case "webspace-id":
                return TaskOwner.webspace(require(idOf(value).flatMap(accounts::webspace), WEBSPACE_NOT_FOUND).id());
            case "webspace-name":
                return TaskOwner.webspace(require(accounts.webspaceByName(value), WEBSPACE_NOT_FOUND).id());
            default:
                throw new IllegalArgumentException("Not an owner element: " + element.name());
        }
    }

    private static <T> T require(Optional<T> account, String notFoundText) throws OperationFailure {
        return account.orElseThrow(() -> new OperationFailure(PleskErrorCodes.OBJECT_NOT_FOUND, notFoundText));
    }

    private static Optional<Long> idOf(String value) {
        return Optional.ofNullable(parsePositiveLong(value));
    }

    /** Parses an id such as {@code +7} or {@code 007}, or returns null for a value that cannot name an object. */
    private static Long parsePositiveLong(String value) {
        if (value == null || !value.matches("[+-]?[0-9]+")) {
            return null;
        }
        BigInteger number = new BigInteger(value);
        if (number.signum() <= 0 || number.bitLength() > 63) {
            return null;
        }
        return number.longValue();
    }

    /** Checks that the caller may see or back up objects of the owner. */
    private void requireAccess(Caller caller, TaskOwner owner) throws OperationFailure {
        if (!caller.isAdministrator() && !isOwnedBy(owner, caller.customerId())) {
            throw new OperationFailure(PleskErrorCodes.PERMISSION_DENIED, PERMISSION_DENIED);
        }
    }

    private boolean isOwnedBy(TaskOwner owner, long customerId) {
        switch (owner.type()) {
            case CUSTOMER:
                return owner.id() == customerId;
            case WEBSPACE:
                return accounts.webspace(owner.id())
                        .map(webspace -> webspace.customerId() != null && webspace.customerId() == customerId)
                        .orElse(false);
            default:
                return false;
        }
    }
}
