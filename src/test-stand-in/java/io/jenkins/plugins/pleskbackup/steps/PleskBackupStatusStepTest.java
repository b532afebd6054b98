package io.jenkins.plugins.pleskbackup.steps;

import static io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStepTest.valueOf;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hudson.AbortException;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.testing.CapturingListener;
import io.jenkins.plugins.pleskbackup.testing.RecordingStepContext;
import io.jenkins.plugins.pleskbackup.testing.SampleAccounts;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code pleskBackupStatus} executions against a Plesk simulator with {@link SampleAccounts}. */
@Timeout(60)
class PleskBackupStatusStepTest {

    private final ManualClock clock = new ManualClock(START);
    private PleskSimulator simulator;
    private CapturingListener listener;
    private RecordingStepContext context;

    @BeforeEach
    void setUp() throws IOException {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        simulator = SampleAccounts.addTo(StandInPlesk.simulator(clock)).start();
        StandInPlesk.configure(StandInPlesk.server("prod", simulator, KEY_CREDENTIALS_ID));
        listener = new CapturingListener();
        context = new RecordingStepContext(StandInJenkins.newRun("backups/check", 3), listener);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                filter("taskId", step -> step.setTaskId("3"), "task-id 3", "3"),
                filter("server", step -> step.setServer(true), "server", "1", "5"),
                filter("resellerId", step -> step.setResellerId(SampleAccounts.RESELLER_ID), "reseller-id 3", "2"),
                filter("resellerLogin", step -> step.setResellerLogin(SampleAccounts.RESELLER_LOGIN),
                        "reseller-login 'acme-hosting'", "2"),
                filter("customerId", step -> step.setCustomerId(SampleAccounts.CUSTOMER_ID), "customer-id 7", "3"),
                filter("customerLogin", step -> step.setCustomerLogin(SampleAccounts.CUSTOMER_LOGIN),
                        "customer-login 'jdoe'", "3"),
                filter("webspaceId", step -> step.setWebspaceId(SampleAccounts.WEBSPACE_ID), "webspace-id 11", "4"),
                filter("webspaceName", step -> step.setWebspaceName(SampleAccounts.WEBSPACE_NAME),
                        "webspace-name 'example.com'", "4"),
                filter("none", step -> { }, "no filter", "1", "5"));
    }

    private static Arguments filter(String name, Consumer<PleskBackupStatusStep> setter, String description,
            String... taskIds) {
        return Arguments.of(name, setter, description, List.of(taskIds));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterSelectsTasks(String name, Consumer<PleskBackupStatusStep> setter, String description,
            List<String> taskIds) throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        setter.accept(step);

        Map<String, Object> value = run(step);

        assertThat(value).containsEntry("serverName", "prod");
        assertThat(value).containsEntry("filter", description);
        assertThat(value).containsEntry("count", taskIds.size());
        assertThat(tasksOf(value)).extracting(task -> task.get("taskId")).containsExactlyElementsOf(taskIds);
        assertThat(listener.lines().get(0)).isEqualTo("Plesk server 'prod' lists " + taskIds.size()
                + " backup task(s) for " + description + ".");
        assertThat(listener.linesContaining("  Task ")).hasSize(taskIds.size());
    }

    @Test
    void singleTaskFieldsAtTopLevel() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setTaskId("1");

        Map<String, Object> value = run(step);

        assertThat(value).containsOnlyKeys("serverName", "filter", "count", "tasks", "taskId", "status", "ownerType",
                "ownerId", "started", "startedEpochSeconds", "prefix", "filename", "protocol");
        assertThat(value).containsEntry("taskId", "1");
        assertThat(value).containsEntry("status", "finished");
        assertThat(value).containsEntry("ownerType", "server");
        assertThat(value).containsEntry("ownerId", null);
        assertThat(value).containsEntry("started", "2024-03-01T09:00:00Z");
        assertThat(value).containsEntry("startedEpochSeconds", START.getEpochSecond());
        assertThat(value).containsEntry("prefix", "nightly_");
        assertThat(value).containsEntry("filename", "nightly_2403010900.tar");
        assertThat(value).containsEntry("protocol", "ftp");
        assertThat(tasksOf(value)).containsExactly(withoutListFields(value));
    }

    @Test
    void ownerFieldsOfWebspaceTask() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setWebspaceName(SampleAccounts.WEBSPACE_NAME);

        Map<String, Object> value = run(step);

        assertThat(value).containsEntry("ownerType", "webspace");
        assertThat(value).containsEntry("ownerId", "11");
        assertThat(value).containsEntry("status", "working");
        assertThat(value).containsEntry("filename", "");
    }

    @Test
    void severalTasksHaveNoTopLevelTaskFields() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setServer(true);

        Map<String, Object> value = run(step);

        assertThat(value).containsOnlyKeys("serverName", "filter", "count", "tasks");
    }

    @Test
    void tooManyFiltersAreRejected() {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setTaskId("1");
        step.setCustomerLogin(SampleAccounts.CUSTOMER_LOGIN);

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage())
                .isEqualTo("Plesk accepts at most one filter, but taskId, customerLogin are given. Keep one of them.");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void requirePasses() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setTaskId("1");
        step.setRequire(List.of("finished"));

        Map<String, Object> value = run(step);

        assertThat(value).containsEntry("status", "finished");
        assertThat(listener.lines()).contains("Plesk backup task 1 on 'prod' is finished, as required (finished).");
    }

    @Test
    void requireFailureNamesTaskAndStatus() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setTaskId("3");
        step.setRequire(List.of("finished", "working"));

        Throwable failure = runAndFail(step);

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage())
                .isEqualTo("Plesk backup task 3 on 'prod' is failed, but working, finished is required.");
    }

    @Test
    void requireNeedsExactlyOneTask() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setServer(true);
        step.setRequire(List.of("finished"));

        Throwable failure = runAndFail(step);

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).contains("applies to exactly one task");
        assertThat(failure.getMessage()).contains("Plesk server 'prod' lists 2 for server");
    }

    @Test
    void invalidRequiredStatusIsRejected() {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setTaskId("1");
        step.setRequire(List.of("done"));

        Throwable failure = catchThrowable(() -> step.start(context));

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("'done' is not a Plesk backup task status");
    }

    @Test
    void unknownCustomerFailsWithPleskError() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setCustomerLogin("nobody");

        Throwable failure = runAndFail(step);

        assertThat(failure).isInstanceOf(AbortException.class);
        assertThat(failure.getMessage()).startsWith("Plesk server 'prod' has no customer-login 'nobody' (error 1013");
    }

    @Test
    void statusNamesFilterAndServer() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setCustomerId(SampleAccounts.CUSTOMER_ID);
        step.setServerName("prod");

        StepExecution execution = step.start(context);

        assertThat(execution.getStatus()).isEqualTo("Reading Plesk backup tasks (customer-id 7) from server 'prod'");
    }

    private Map<String, Object> run(PleskBackupStatusStep step) throws Exception {
        StepExecution execution = step.start(context);
        assertThat(execution.start()).isFalse();
        return valueOf(context.awaitSuccess());
    }

    private Throwable runAndFail(PleskBackupStatusStep step) throws Exception {
        StepExecution execution = step.start(context);
        assertThat(execution.start()).isFalse();
        return context.awaitFailure();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasksOf(Map<String, Object> value) {
        assertThat(value.get("tasks")).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value.get("tasks");
    }

    private static Map<String, Object> withoutListFields(Map<String, Object> value) {
        Map<String, Object> task = new java.util.LinkedHashMap<>(value);
        task.keySet().removeAll(List.of("serverName", "filter", "count", "tasks"));
        return task;
    }
}
