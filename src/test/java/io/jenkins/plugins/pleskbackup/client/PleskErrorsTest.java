package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.simulator.UnknownTaskIdResponse;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Errors that Plesk reports inside the XML packet, at packet level or per operation, as the client maps them. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PleskErrorsTest {

    private static final String BOUND_KEY = "bound-key-2f9a61";

    private PleskSimulator simulator;
    private PleskClient client;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = SimulatorClients.simulator(new ManualClock(START))
                .secretKey(BOUND_KEY, InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}))
                .customer(7, "jdoe")
                .customerPassword("jdoe", "jdoe-pass-4b1e")
                .task(TaskDefinition.builder(5472, TaskOwner.customer(7)).build())
                .start();
        client = SimulatorClients.client(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private PleskClient clientWith(PleskAuthentication authentication) {
        return new PleskClient(PleskConnectionSettings.builder(simulator.endpoint(), authentication)
                .serverName(SimulatorClients.SERVER_NAME)
                .build());
    }

    private PleskClient clientWithVersion(String version) {
        return new PleskClient(SimulatorClients.settings(simulator).protocolVersion(version).build());
    }

    @Test
    void wrongPassword() {
        PleskClient wrong = clientWith(PleskAuthentication.loginPassword("admin", "not-the-password"));

        PleskAuthenticationException e = catchThrowableOfType(PleskAuthenticationException.class,
                () -> wrong.getTask("5472"));

        assertThat(e).isExactlyInstanceOf(PleskAuthenticationException.class);
        assertThat(e.getErrorCode()).hasValue(1001);
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getServerName()).isEqualTo("test-plesk");
        assertThat(e).hasMessage("Plesk server 'test-plesk' rejected the login or password (error 1001). Check the"
                + " login and password of the credentials used for this server.");
    }

    @Test
    void secretKeyBoundToOtherAddress() {
        PleskClient withKey = clientWith(PleskAuthentication.secretKey(BOUND_KEY));

        PleskSecretKeyRejectedException e = catchThrowableOfType(PleskSecretKeyRejectedException.class,
                () -> withKey.getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(11003);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' rejected the secret key (error 11003). Secret keys are"
                + " bound to the caller's IP address: create the key for the IP address this client connects from"
                + " (for Jenkins, the controller's address), or check that the key was copied completely.");
    }

    @Test
    void secretKeyAcceptedWhenUnbound() throws Exception {
        try (PleskSimulator unbound = SimulatorClients.simulator(new ManualClock(START))
                .secretKey("any-address-key", null)
                .start()) {
            PleskClient withKey = new PleskClient(PleskConnectionSettings.builder(unbound.endpoint(),
                    PleskAuthentication.secretKey("any-address-key")).build());

            assertThat(withKey.listTasks(TaskFilter.none())).isEmpty();
        }
    }

    @Test
    void missingAuthenticationMethod() {
        simulator.faults().next(Fault.systemError(1029, "Authentication method is not specified."));

        PleskAuthenticationException e = catchThrowableOfType(PleskAuthenticationException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1029);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' found no credentials in the request (error 1029)."
                + " Configure a secret key or a login and password for this server.");
    }

    @Test
    void disabledAccount() {
        simulator.faults().next(Fault.systemError(1011, "Account is disabled."));

        PleskAuthenticationException e = catchThrowableOfType(PleskAuthenticationException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1011);
        assertThat(e).hasMessage("Plesk server 'test-plesk' reports that the account is disabled (error 1011):"
                + " Account is disabled. Enable the account in Plesk or use other credentials.");
    }

    @Test
    void lockedLogin() {
        simulator.faults().next(Fault.systemError(1012, "Login is locked."));

        PleskAuthenticationException e = catchThrowableOfType(PleskAuthenticationException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1012);
        assertThat(e).hasMessage("Plesk server 'test-plesk' reports that the login is locked (error 1012): Login is"
                + " locked. Wait for the lock to expire or unlock it in Plesk, then check the password.");
    }

    @Test
    void unsupportedProtocolVersion() {
        PleskProtocolVersionException e = catchThrowableOfType(PleskProtocolVersionException.class,
                () -> clientWithVersion("1.7.0.0").getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1005);
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getSentVersion()).isEqualTo("1.7.0.0");
        assertThat(e).hasMessage("Plesk server 'test-plesk' does not support XML API protocol version 1.7.0.0"
                + " (error 1005): Protocol version 1.7.0.0 is not supported. Set a version the server lists in its"
                + " get_protos answer (Jenkins' \"Test connection\" and \"plesk-backup protocols\" show them);"
                + " backup-manager is documented up to 1.6.9.0 (Plesk Onyx 17.5).");
    }

    @Test
    void outdatedProtocolVersion() {
        PleskProtocolVersionException e = catchThrowableOfType(PleskProtocolVersionException.class,
                () -> clientWithVersion("1.5.0.0").listTasks(TaskFilter.none()));

        assertThat(e.getErrorCode()).hasValue(1017);
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getSentVersion()).isEqualTo("1.5.0.0");
        assertThat(e.getMessage()).startsWith("Plesk server 'test-plesk' does not support XML API protocol version"
                + " 1.5.0.0 (error 1017): This feature is not supported for protocol version 1.5.0.0. Set a version"
                + " the server lists");
    }

    @Test
    void protocolErrorOnGetProtosNamesNoVersion() {
        simulator.faults().next(Fault.systemError(1005, "Protocol version is not supported."));

        PleskProtocolVersionException e = catchThrowableOfType(PleskProtocolVersionException.class,
                () -> client.getSupportedProtocols());

        assertThat(e.getSentVersion()).isEqualTo("(none, meaning the server's newest)");
        assertThat(e.getMessage()).contains("protocol version (none, meaning the server's newest) (error 1005)");
    }

    @Test
    void requestInvalidQuotesErrtext() {
        PleskRequestRejectedException e = catchThrowableOfType(PleskRequestRejectedException.class,
                () -> clientWithVersion("1.6.9.1").getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1014);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' rejected the request as invalid for protocol version"
                + " 1.6.9.1 (error 1014): \"Parser error: Request is invalid. Error in line 1: Element"
                + " 'backup-manager': This element is not expected\". If Plesk's message names backup-manager, this"
                + " Plesk version no longer offers backup tasks through the XML API at that protocol version; try"
                + " protocol 1.6.9.0 or an older version the server lists.");
    }

    @Test
    void permissionDeniedForRequest() {
        simulator.faults().next(Fault.systemError(1006, "Permission denied."));

        PleskPermissionDeniedException e = catchThrowableOfType(PleskPermissionDeniedException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1006);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' denied permission for the request (error 1006):"
                + " Permission denied. Use the credentials of a user who may manage these backups: the"
                + " administrator, or the reseller or customer who owns them, with XML API access enabled.");
    }

    @Test
    void permissionDeniedForOperation() {
        PleskClient customer = clientWith(PleskAuthentication.loginPassword("jdoe", "jdoe-pass-4b1e"));

        PleskOperationException e = catchThrowableOfType(PleskOperationException.class,
                () -> customer.listTasks(TaskFilter.owner(BackupTarget.server())));

        assertThat(e.getErrorCode()).hasValue(1006);
        assertThat(e.getOperation()).isEqualTo("get-tasks-info");
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' denied permission for get-tasks-info (server, error"
                + " 1006): Permission denied: the object belongs to another user. Use the credentials of a user who"
                + " may manage these backups.");
    }

    @Test
    void otherSystemError() {
        simulator.faults().next(Fault.systemError(1002, "Internal error"));

        PleskSystemErrorException e = catchThrowableOfType(PleskSystemErrorException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).hasValue(1002);
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' refused the request (error 1002): Internal error. See"
                + " Plesk's list of XML API error codes for this code.");
    }

    @Test
    void operationErrorWithCodeAndText() {
        simulator.faults().next("backup-customer", Fault.operationError(1023, "Operation failed: disk is full"));

        PleskOperationException e = catchThrowableOfType(PleskOperationException.class,
                () -> client.startBackup(BackupRequest.builder(BackupTarget.customerLogin("jdoe")).build()));

        assertThat(e).isExactlyInstanceOf(PleskOperationException.class);
        assertThat(e.getErrorCode()).hasValue(1023);
        assertThat(e.getOperation()).isEqualTo("backup-customer");
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' reported error 1023 for backup-customer (customer-login"
                + " 'jdoe'): Operation failed: disk is full. See Plesk's list of XML API error codes for this code.");
    }

    @Test
    void objectNotFoundForOwner() {
        PleskObjectNotFoundException e = catchThrowableOfType(PleskObjectNotFoundException.class,
                () -> client.listTasks(TaskFilter.owner(BackupTarget.customerId("99"))));

        assertThat(e.getErrorCode()).hasValue(1013);
        assertThat(e.getOperation()).isEqualTo("get-tasks-info");
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' has no customer-id 99 (error 1013 for get-tasks-info):"
                + " client does not exist. Check the id or name.");
    }

    @Test
    void objectNotFoundForTaskId() throws Exception {
        try (PleskSimulator strict = SimulatorClients.simulator(new ManualClock(START))
                .unknownTaskIdResponse(UnknownTaskIdResponse.ERROR_1013)
                .start()) {
            PleskObjectNotFoundException e = catchThrowableOfType(PleskObjectNotFoundException.class,
                    () -> SimulatorClients.client(strict).getTask("99"));

            assertThat(e.getErrorCode()).hasValue(1013);
            assertThat(e).hasMessage("Plesk server 'test-plesk' has no task-id 99 (error 1013 for get-tasks-info):"
                    + " backup task does not exist. Check the id or name.");
        }
    }

    @Test
    void objectNotFoundForStop() {
        PleskObjectNotFoundException e = catchThrowableOfType(PleskObjectNotFoundException.class,
                () -> client.stopBackup("99"));

        assertThat(e.getErrorCode()).hasValue(1013);
        assertThat(e.getOperation()).isEqualTo("stop-backup");
        assertThat(e.getMessage()).startsWith("Plesk server 'test-plesk' has no task-id 99 (error 1013 for"
                + " stop-backup)");
    }

    @Test
    void taskAbsentFromOkResult() {
        PleskTaskNotFoundException e = catchThrowableOfType(PleskTaskNotFoundException.class,
                () -> client.getTask("99"));

        assertThat(e.getTaskId()).isEqualTo("99");
        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' lists no backup task with id 99. The id is wrong, the"
                + " task belongs to a user these credentials cannot see, or Plesk has already removed it from its"
                + " task list.");
    }

    @Test
    void operationWithoutResult() {
        simulator.faults().next(Fault.missingResult());

        PleskMissingResultException e = catchThrowableOfType(PleskMissingResultException.class,
                () -> client.getTask("5472"));

        assertThat(e.getErrorCode()).isEmpty();
        assertThat(e.isTransient()).isFalse();
        assertThat(e).hasMessage("Plesk server 'test-plesk' answered get-tasks-info (task-id 5472) without a result"
                + " element, so the outcome is unknown. Check Plesk's panel log (panel.log) for the failed request.");
    }

    @Test
    void backupWithoutResult() {
        simulator.faults().next(Fault.missingResult());

        PleskMissingResultException e = catchThrowableOfType(PleskMissingResultException.class,
                () -> client.startBackup(BackupRequest.builder(BackupTarget.server()).build()));

        assertThat(e.getMessage()).startsWith("Plesk server 'test-plesk' answered backup-server (server) without a"
                + " result element");
    }

    @Test
    void batchWithoutResultFails() throws Exception {
        simulator.faults().next("get-tasks-info", Fault.missingResult());

        PleskMissingResultException e = catchThrowableOfType(PleskMissingResultException.class,
                () -> client.queryTasks(List.of(TaskFilter.none(), TaskFilter.taskId("5472"))));

        assertThat(e.getMessage()).contains("answered get-tasks-info (no filter) without a result element");
    }
}
