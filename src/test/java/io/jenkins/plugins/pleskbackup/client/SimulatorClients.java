package io.jenkins.plugins.pleskbackup.client;

import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

/**
 * Simulators and clients for tests that talk to a {@link PleskSimulator} on 127.0.0.1. Timeouts are short enough that
 * a broken test fails within seconds, and long enough for a loaded build machine.
 */
public final class SimulatorClients {

    public static final String ADMIN_LOGIN = "admin";
    public static final String ADMIN_PASSWORD = "adm1n-Pa55-5e7c2b";

    /** Name of the server in the client's messages; tests check that messages name it. */
    public static final String SERVER_NAME = "test-plesk";

    /** Start time of the manual clocks, so that task start times in responses are predictable. */
    public static final Instant START = Instant.parse("2024-03-01T09:00:00Z");

    private SimulatorClients() {
    }

    /** Returns a builder for a plain HTTP simulator on the given clock, with the administrator's login. */
    public static PleskSimulator.Builder simulator(ManualClock clock) {
        return PleskSimulator.builder().clock(clock).administrator(ADMIN_LOGIN, ADMIN_PASSWORD);
    }

    /** Returns settings for the simulator's endpoint with the administrator's login and password. */
    public static PleskConnectionSettings.Builder settings(PleskSimulator simulator) {
        return PleskConnectionSettings.builder(simulator.endpoint(),
                        PleskAuthentication.loginPassword(ADMIN_LOGIN, ADMIN_PASSWORD))
                .serverName(SERVER_NAME)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10));
    }

    public static PleskClient client(PleskSimulator simulator) {
        return new PleskClient(settings(simulator).build());
    }

    /**
     * Returns a loopback port that nothing listens on: one the system just handed out and that was closed again.
     * Another process could take it in between, which is unlikely within one test.
     */
    public static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            return socket.getLocalPort();
        }
    }
}
