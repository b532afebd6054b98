package io.jenkins.plugins.pleskbackup.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of turning a {@code get-tasks-info} response into tasks: the secure DOM parse plus the reading of each task,
 * for a single task (a wait's poll) and for long task lists (a status query over a busy server).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResponseParsingBenchmark {

    @Param({"1", "100", "1000"})
    public int taskCount;

    private ResponseReader reader;
    private HttpExchangeResult response;
    private List<TaskFilter> filters;

    @Setup
    public void setUp() {
        PleskConnectionSettings settings = PleskConnectionSettings
                .builder("https://plesk.invalid:8443", PleskAuthentication.secretKey("benchmark-key"))
                .build();
        reader = new ResponseReader(settings);
        filters = List.of(TaskFilter.none());
        response = new HttpExchangeResult(200, "text/xml; charset=UTF-8", "", packet(taskCount), null);
    }

    @Benchmark
    public List<TaskQueryResult> parseTaskList() throws PleskException {
        return reader.readTasksInfo(reader.readPacket(response, "1.6.9.0"), filters);
    }

    /** An indented packet like Plesk's, with tasks of the documented shape. */
    static byte[] packet(int tasks) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<packet version=\"1.6.9.0\">\n  <backup-manager>\n    <get-tasks-info>\n      <result>\n")
                .append("        <status>ok</status>\n");
        for (int i = 0; i < tasks; i++) {
            xml.append("        <task>\n")
                    .append("          <webspace-id>").append(i % 50 + 1).append("</webspace-id>\n")
                    .append("          <id>").append(1000 + i).append("</id>\n")
                    .append("          <status>").append(i % 3 == 0 ? "working" : "finished").append("</status>\n")
                    .append("          <started>").append(1_700_000_000L + i * 60L).append("</started>\n")
                    .append("          <prefix>nightly_</prefix>\n")
                    .append("          <filename>nightly_2612041952_").append(i).append(".tar</filename>\n")
                    .append("          <protocol>local</protocol>\n")
                    .append("        </task>\n");
        }
        xml.append("      </result>\n    </get-tasks-info>\n  </backup-manager>\n</packet>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
