package io.jenkins.plugins.pleskbackup.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Built-in scenarios. They set no credentials, so callers add them with the builder. */
public final class Scenarios {

    /** Id of the customer that owns task 5472 in Plesk's documented {@code get-tasks-info} sample. */
    public static final long SAMPLE_CUSTOMER_ID = 7;

    /** Id of the working customer task in Plesk's documented sample. */
    public static final long SAMPLE_WORKING_TASK_ID = 5472;

    /** Id of the finished server task in Plesk's documented sample. */
    public static final long SAMPLE_FINISHED_TASK_ID = 7;

    /** Name of the webspace in the demo scenario. */
    public static final String DEMO_WEBSPACE = "example.com";

    private Scenarios() {
    }

    /**
     * Returns the two tasks of Plesk's {@code get-tasks-info} documentation samples. Customer 7 (login {@code jdoe})
     * has task 5472, {@code working}, started at 1224897686, with empty prefix and file name and protocol
     * {@code local}. Server task 7 is {@code finished}, with prefix {@code my_}, file {@code my_1512011119.tar} and
     * protocol {@code ftp}. The documentation does not give task 7's start time, so the scenario uses
     * 2015-12-01T11:19:00Z, the time in its file name.
     */
    public static Scenario documentedSamples() {
        List<Consumer<PleskSimulator.Builder>> settings = List.of(
                builder -> builder.customer(SAMPLE_CUSTOMER_ID, "jdoe"),
                builder -> builder.task(TaskDefinition.builder(SAMPLE_WORKING_TASK_ID, TaskOwner.customer(SAMPLE_CUSTOMER_ID))
                        .started(Instant.ofEpochSecond(1224897686L))
                        .duration(null)
                        .protocol("local")
                        .build()),
                builder -> builder.task(TaskDefinition.builder(SAMPLE_FINISHED_TASK_ID, TaskOwner.server())
                        .started(Instant.parse("2015-12-01T11:19:00Z"))
                        .endedWith(TaskOutcome.FINISHED)
                        .prefix("my_")
                        .filename("my_1512011119.tar")
                        .protocol("ftp")
                        .build()));
        return new Scenario("documented samples", settings);
    }

    /**
     * Returns the scenario of {@code plesk-backup demo}. It has reseller 1 ({@code acme-hosting}), customers 1
     * ({@code jdoe}) and 2 ({@code mmuster}, of reseller 1), and webspaces 1 ({@code example.com}, customer 1), 2
     * ({@code shop.example.com}, customer 1) and 3 ({@code example.org}, customer 2). A server backup finished a day ago, a
     * backup of example.com finished two hours ago, and one of example.org failed an hour ago. A backup of
     * shop.example.com started a minute before the simulator and finishes four minutes after its start. New backups
     * finish after 20 seconds.
     */
    public static Scenario demo() {
        List<Consumer<PleskSimulator.Builder>> settings = List.of(
                builder -> builder.reseller(1, "acme-hosting"),
                builder -> builder.customer(1, "jdoe"),
                builder -> builder.customer(2, "mmuster", 1),
                builder -> builder.webspace(1, DEMO_WEBSPACE, 1),
                builder -> builder.webspace(2, "shop.example.com", 1),
                builder -> builder.webspace(3, "example.org", 2),
                builder -> builder.task(TaskDefinition.builder(1, TaskOwner.server())
                        .startedAgo(Duration.ofDays(1))
                        .duration(Duration.ofMinutes(42))
                        .prefix("nightly_")
                        .description("Nightly server backup")
                        .build()),
                builder -> builder.task(TaskDefinition.builder(2, TaskOwner.webspace(1))
                        .startedAgo(Duration.ofHours(2))
                        .duration(Duration.ofMinutes(3))
                        .description("Before deployment")
                        .build()),
                builder -> builder.task(TaskDefinition.builder(3, TaskOwner.webspace(3))
                        .startedAgo(Duration.ofHours(1))
                        .duration(Duration.ofMinutes(1))
                        .outcome(TaskOutcome.FAILED)
                        .protocol("ftp")
                        .build()),
                builder -> builder.task(TaskDefinition.builder(4, TaskOwner.webspace(2))
                        .startedAgo(Duration.ofMinutes(1))
                        .duration(Duration.ofMinutes(5))
                        .build()),
                builder -> builder.defaultBackup(Duration.ofSeconds(20), TaskOutcome.FINISHED));
        return new Scenario("demo", settings);
    }
}
