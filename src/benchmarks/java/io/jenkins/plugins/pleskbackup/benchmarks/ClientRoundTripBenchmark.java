package io.jenkins.plugins.pleskbackup.benchmarks;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import io.jenkins.plugins.pleskbackup.client.PleskClient;
import io.jenkins.plugins.pleskbackup.client.PleskConnectionSettings;
import io.jenkins.plugins.pleskbackup.client.PleskException;
import io.jenkins.plugins.pleskbackup.client.TlsSettings;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.Scenarios;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One poll of a wait, end to end: {@code PleskClient.getTask} against the in-process simulator over loopback, over
 * plain HTTP and over HTTPS with a pinned certificate, from one thread and from four (the plugin's poll pool size).
 * The simulator runs in the same JVM and shares its two cores, so the numbers bound the client and simulator
 * together; a real Plesk server answers far more slowly. The JDK's HTTP server, on which the simulator runs, delays
 * small responses by TCP's Nagle algorithm unless {@code sun.net.httpserver.nodelay} is set, which would measure
 * that delay (about 40 ms per request here) instead of the client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ClientRoundTripBenchmark {

    @Param({"http", "https"})
    public String scheme;

    private PleskSimulator simulator;
    private PleskClient client;

    @Setup(Level.Trial)
    public void start() throws IOException {
        boolean https = scheme.equals("https");
        simulator = PleskSimulator.builder()
                .https(https)
                .scenario(Scenarios.documentedSamples())
                .secretKey("benchmark-key", null)
                .maxRecordedRequests(1)
                .start();
        PleskConnectionSettings.Builder settings = PleskConnectionSettings
                .builder(simulator.endpoint(), PleskAuthentication.secretKey("benchmark-key"));
        if (https) {
            settings.tls(TlsSettings.pinned(simulator.certificateSha256Fingerprint()));
        }
        client = new PleskClient(settings.build());
    }

    @TearDown(Level.Trial)
    public void stop() {
        simulator.close();
    }

    @Benchmark
    @Threads(1)
    public BackupTask pollOneThread() throws PleskException, InterruptedException {
        return client.getTask(Long.toString(Scenarios.SAMPLE_WORKING_TASK_ID));
    }

    @Benchmark
    @Threads(4)
    public BackupTask pollFourThreads() throws PleskException, InterruptedException {
        return client.getTask(Long.toString(Scenarios.SAMPLE_WORKING_TASK_ID));
    }
}
