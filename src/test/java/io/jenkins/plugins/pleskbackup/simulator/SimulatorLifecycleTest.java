package io.jenkins.plugins.pleskbackup.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting, configuring and closing simulators. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimulatorLifecycleTest {

    @Test
    void defaultsToLoopbackAndEphemeralPort() throws Exception {
        try (PleskSimulator simulator = PleskSimulator.builder().start()) {
            assertThat(simulator.port()).isPositive();
            assertThat(simulator.endpoint()).hasToString(
                    "http://127.0.0.1:" + simulator.port() + "/enterprise/control/agent.php");
        }
    }

    @Test
    void closedSimulatorRefusesConnections() throws Exception {
        PleskSimulator simulator = PleskSimulator.builder().administrator("admin", "pw").start();
        AgentClient client = new AgentClient(simulator);
        simulator.close();
        simulator.close();

        assertThatThrownBy(() -> client.post(AgentClient.backupManager("<get-tasks-info/>")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void busyPortReported() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> PleskSimulator.builder().port(occupied.getLocalPort()).start())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void undefinedTaskOwnerRejected() {
        PleskSimulator.Builder builder = PleskSimulator.builder()
                .task(TaskDefinition.builder(5472, TaskOwner.customer(7)).build());

        assertThatThrownBy(builder::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Task 5472 belongs to customer-id 7, which is not defined");
    }

    @Test
    void undefinedCustomerLoginRejected() {
        PleskSimulator.Builder builder = PleskSimulator.builder().customerPassword("jdoe", "pw");

        assertThatThrownBy(builder::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'jdoe'");
    }

    @Test
    void undefinedWebspaceOwnerRejected() {
        PleskSimulator.Builder builder = PleskSimulator.builder().webspace(1, "example.com", 9);

        assertThatThrownBy(builder::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Webspace 1 belongs to customer 9, which is not defined");
    }

    @Test
    void duplicateIdsRejected() {
        PleskSimulator.Builder builder = PleskSimulator.builder().customer(7, "a");

        assertThatThrownBy(() -> builder.customer(7, "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The customer id 7 is already defined");
    }

    @Test
    void addedTaskWithUnknownOwnerRejected() throws Exception {
        try (PleskSimulator simulator = PleskSimulator.builder().start()) {
            assertThatThrownBy(() -> simulator.addTask(TaskDefinition.builder(1, TaskOwner.webspace(3)).build()))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(simulator.tasks()).isEmpty();
        }
    }

    @Test
    void builderChangesAfterStartDoNotLeak() throws Exception {
        PleskSimulator.Builder builder = PleskSimulator.builder().administrator("admin", "pw");
        try (PleskSimulator simulator = builder.start()) {
            builder.customer(7, "late");

            assertThatThrownBy(() -> simulator.addTask(TaskDefinition.builder(1, TaskOwner.customer(7)).build()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
