package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.RecordedRequest;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.testing.PleskSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request the client builds matches Plesk's {@code agent_input.xsd}, both as built and as the simulator
 * received it. Skipped when the schema folder is absent.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestSchemaTest {

    private static final String VERSION = "1.6.9.0";

    static List<TaskFilter> allFilters() {
        return List.of(
                TaskFilter.none(),
                TaskFilter.taskId("5472"),
                TaskFilter.owner(BackupTarget.server()),
                TaskFilter.owner(BackupTarget.resellerId("3")),
                TaskFilter.owner(BackupTarget.resellerLogin("acme-hosting")),
                TaskFilter.owner(BackupTarget.customerId("7")),
                TaskFilter.owner(BackupTarget.customerLogin("jdoe")),
                TaskFilter.owner(BackupTarget.webspaceId("12")),
                TaskFilter.owner(BackupTarget.webspaceName("example.com")));
    }

    static List<BackupTarget> allTargets() {
        return List.of(
                BackupTarget.server(),
                BackupTarget.resellerId("3"),
                BackupTarget.resellerLogin("acme-hosting"),
                BackupTarget.customerId("7"),
                BackupTarget.customerLogin("jdoe"),
                BackupTarget.webspaceId("12"),
                BackupTarget.webspaceName("example.com"));
    }

    /** Requests with every option, with the defaults, and each content choice, for every target. */
    static List<BackupRequest> allBackupRequests() {
        List<BackupRequest> requests = new ArrayList<>();
        for (BackupTarget target : allTargets()) {
            requests.add(BackupRequest.builder(target).build());
            requests.add(BackupRequest.builder(target)
                    .storage(BackupRequest.Storage.FTP)
                    .prefix("nightly_")
                    .description("Before \"release\" <4.2> & 'hotfix'")
                    .splitSizeKilobytes(2048)
                    .content(BackupRequest.Content.ONLY_HOSTING)
                    .onlyConfiguration(true)
                    .build());
            requests.add(BackupRequest.builder(target).content(BackupRequest.Content.ONLY_MAIL).build());
        }
        return requests;
    }

    static Stream<Arguments> builtPackets() {
        List<Arguments> packets = new ArrayList<>();
        for (TaskFilter filter : allFilters()) {
            packets.add(Arguments.of("get-tasks-info " + filter.describe(),
                    RequestPackets.tasksInfo(VERSION, List.of(filter))));
        }
        packets.add(Arguments.of("get-tasks-info batch", RequestPackets.tasksInfo(VERSION, allFilters())));
        for (BackupRequest request : allBackupRequests()) {
            packets.add(Arguments.of(request.operationName() + " " + request.target().describe() + " "
                    + request.content() + " " + request.storage(), RequestPackets.backup(VERSION, request)));
        }
        packets.add(Arguments.of("stop-backup", RequestPackets.stopBackup(VERSION, "5472")));
        packets.add(Arguments.of("stop-backup negative id", RequestPackets.stopBackup(VERSION, "-1")));
        packets.add(Arguments.of("get_protos", RequestPackets.getProtos()));
        return packets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtPackets")
    void builtPacketMatchesSchema(String name, byte[] packet) {
        PleskSchemas.assumeSchemasPresent();

        PleskSchemas.validateRequest(packet);
    }

    @Test
    void sentPacketsMatchSchema() throws Exception {
        PleskSchemas.assumeSchemasPresent();
        try (PleskSimulator simulator = SimulatorClients.simulator(new ManualClock(START))
                .reseller(3, "acme-hosting")
                .customer(7, "jdoe", 3)
                .webspace(12, "example.com", 7)
                .task(TaskDefinition.builder(5472, TaskOwner.customer(7)).build())
                .start()) {
            PleskClient client = SimulatorClients.client(simulator);

            client.queryTasks(allFilters());
            for (TaskFilter filter : allFilters()) {
                client.queryTasks(List.of(filter));
            }
            for (BackupRequest request : allBackupRequests()) {
                client.startBackup(request);
            }
            client.getTask("5472");
            client.stopBackup("5472");
            client.getSupportedProtocols();

            List<RecordedRequest> requests = simulator.requests();
            int expected = 1 + allFilters().size() + allBackupRequests().size() + 3;
            assertThat(requests).hasSize(expected);
            for (RecordedRequest request : requests) {
                PleskSchemas.validateRequest(request.body());
            }
        }
    }
}
