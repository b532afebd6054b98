package io.jenkins.plugins.pleskbackup.client;

import java.util.ArrayList;
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

/** Cost of writing a {@code get-tasks-info} packet with the JDK's XML writer, for one and for 50 batched filters. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RequestPacketBenchmark {

    @Param({"1", "50"})
    public int filterCount;

    private List<TaskFilter> filters;

    @Setup
    public void setUp() {
        filters = new ArrayList<>();
        for (int i = 0; i < filterCount; i++) {
            filters.add(TaskFilter.taskId(Integer.toString(5000 + i)));
        }
    }

    @Benchmark
    public byte[] writeTasksInfoPacket() {
        return RequestPackets.tasksInfo("1.6.9.0", filters);
    }
}
