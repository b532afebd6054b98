package io.jenkins.plugins.pleskbackup.client;

import static io.jenkins.plugins.pleskbackup.client.SimulatorClients.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.pleskbackup.simulator.Fault;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP client builder factory, through which Jenkins applies its proxy settings. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxyHookTest {

    /** Records every URI the HTTP client selects a proxy for, and sends every request directly. */
    private static final class RecordingProxySelector extends ProxySelector {
        final List<URI> requestedUris = new CopyOnWriteArrayList<>();

        @Override
        public List<Proxy> select(URI uri) {
            requestedUris.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        }
    }

    @Test
    void factoryBuilderAndProxySelectorUsed() throws Exception {
        RecordingProxySelector selector = new RecordingProxySelector();
        AtomicInteger builders = new AtomicInteger();
        try (PleskSimulator simulator = SimulatorClients.simulator(new ManualClock(START)).start()) {
            PleskClient client = new PleskClient(SimulatorClients.settings(simulator)
                    .httpClientBuilderFactory(() -> {
                        builders.incrementAndGet();
                        return HttpClient.newBuilder().proxy(selector);
                    })
                    .build());

            List<BackupTask> tasks = client.listTasks(TaskFilter.none());
            client.getSupportedProtocols();

            assertThat(tasks).isEmpty();
            assertThat(builders).hasValue(1);
            assertThat(selector.requestedUris).isNotEmpty().allSatisfy(uri -> {
                assertThat(uri.getHost()).isEqualTo("127.0.0.1");
                assertThat(uri.getPort()).isEqualTo(simulator.port());
            });
            assertThat(simulator.requests()).hasSize(2);
        }
    }

    @Test
    void builderSettingsOverridden() throws Exception {
        try (PleskSimulator simulator = SimulatorClients.simulator(new ManualClock(START)).start()) {
            PleskClient client = new PleskClient(SimulatorClients.settings(simulator)
                    .httpClientBuilderFactory(() -> HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.ALWAYS)
                            .version(HttpClient.Version.HTTP_2))
                    .build());
            simulator.faults().next(Fault.redirect(simulator.endpoint().toString()));

            PleskRedirectException e = catchThrowableOfType(PleskRedirectException.class,
                    () -> client.listTasks(TaskFilter.none()));

            assertThat(e.getStatusCode()).isEqualTo(302);
            assertThat(simulator.requests()).hasSize(1);
            assertThat(simulator.requests().get(0).header("Upgrade")).isNull();
        }
    }
}
