package io.jenkins.plugins.pleskbackup.benchmarks;

import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.TaskDefinition;
import io.jenkins.plugins.pleskbackup.simulator.TaskOutcome;
import io.jenkins.plugins.pleskbackup.simulator.TaskOwner;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Scale run of the real {@code waitForPleskBackup} execution: starts N waits at once, through the Jenkins API
 * stand-in, on N tasks of the in-process simulator that finish at spread-out times, and reports how many threads the
 * JVM used while they waited, how many polls they made, and the serialized size of one waiting execution.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.jenkins.plugins.pleskbackup.benchmarks.ConcurrentWaitsRun [N] [longest
 * task in seconds] [max poll interval]}, by default 200, 60 and {@code 10s}.
 */
public final class ConcurrentWaitsRun {

    private static final String KEY = "scale-run-key";

    private ConcurrentWaitsRun() {
    }

    public static void main(String[] args) throws Exception {
        // Lets the simulator's HTTP server answer without Nagle's delay, as a real server would.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int waits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int longestTaskSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String maxPollInterval = args.length > 2 ? args[2] : "10s";

        try (PleskSimulator simulator = PleskSimulator.builder()
                .secretKey(KEY, null)
                .maxRecordedRequests(waits * 1000)
                .start()) {
            configureJenkins(simulator);
            for (int i = 0; i < waits; i++) {
                long seconds = 5 + (long) (longestTaskSeconds - 5) * i / Math.max(1, waits - 1);
                simulator.addTask(TaskDefinition.builder(10_000 + i, TaskOwner.server())
                        .duration(Duration.ofSeconds(seconds))
                        .outcome(TaskOutcome.FINISHED)
                        .build());
            }

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int threadsBefore = threads.getThreadCount();
            AtomicInteger peakThreads = new AtomicInteger(threadsBefore);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "thread sampler");
                thread.setDaemon(true);
                return thread;
            });
            Map<String, Integer> peakGroups = new java.util.concurrent.ConcurrentHashMap<>();
            sampler.scheduleAtFixedRate(() -> {
                peakThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
                threadGroups().forEach((group, count) -> peakGroups.merge(group, count, Math::max));
            }, 0, 50, TimeUnit.MILLISECONDS);

            PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
            List<BenchmarkStepContext> contexts = new ArrayList<>();
            List<StepExecution> executions = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < waits; i++) {
                WaitForPleskBackupStep step = new WaitForPleskBackupStep(Integer.toString(10_000 + i));
                step.setServerName("scale");
                step.setMaxPollInterval(maxPollInterval);
                BenchmarkStepContext context = new BenchmarkStepContext(StandInJenkins.newRun("scale-" + i, 1),
                        discard);
                StepExecution execution = step.start(context);
                if (execution.start()) {
                    throw new IllegalStateException("The wait completed synchronously");
                }
                contexts.add(context);
                executions.add(execution);
            }

            Thread.sleep(2000);
            int serializedBytes = serializedSize(executions.get(executions.size() - 1));
            int finished = 0;
            for (BenchmarkStepContext context : contexts) {
                Object result = context.outcome.get(longestTaskSeconds + 120, TimeUnit.SECONDS);
                if ("FINISHED".equals(((Map<?, ?>) result).get("outcome"))) {
                    finished++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.shutdownNow();

            int polls = simulator.requests().size();
            int saves = contexts.stream().mapToInt(context -> context.saves.get()).sum();
            System.out.printf(Locale.ROOT, "waits                      %d (tasks finish after 5 to %d s)%n", waits,
                    longestTaskSeconds);
            System.out.printf(Locale.ROOT, "finished                   %d%n", finished);
            System.out.printf(Locale.ROOT, "wall time                  %.1f s%n", seconds);
            System.out.printf(Locale.ROOT, "polls (requests to Plesk)  %d, %.1f per wait, %.1f per second%n", polls,
                    polls / (double) waits, polls / seconds);
            System.out.printf(Locale.ROOT, "state saves                %d%n", saves);
            System.out.printf(Locale.ROOT, "threads before / peak      %d / %d%n", threadsBefore, peakThreads.get());
            new java.util.TreeMap<>(peakGroups).forEach((group, count) ->
                    System.out.printf(Locale.ROOT, "  peak %-22s %d%n", group, count));
            System.out.printf(Locale.ROOT, "serialized execution       %d bytes (Java serialization)%n",
                    serializedBytes);
        }
        System.exit(0);
    }

    private static void configureJenkins(PleskSimulator simulator) {
        StandInJenkins.reset();
        StandInJenkins.addCredentials(StandInJenkins.secretText("scale-key", KEY));
        PleskGlobalConfiguration configuration = new PleskGlobalConfiguration();
        PleskServer server = new PleskServer("scale", simulator.endpoint().toString(), "scale-key");
        configuration.setServers(List.of(server));
        StandInJenkins.registerExtension(configuration);
    }

    /** Live threads by the start of their name, digits removed, for example "Plesk backup poll". */
    private static Map<String, Integer> threadGroups() {
        Map<String, Integer> groups = new java.util.HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String group = thread.getName().replaceAll("[-# ]*\\d+", "").strip();
            groups.merge(group.isEmpty() ? "(unnamed)" : group, 1, Integer::sum);
        }
        return groups;
    }

    private static int serializedSize(Object execution) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(execution);
        }
        return bytes.size();
    }
}
