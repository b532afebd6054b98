package io.jenkins.plugins.pleskbackup.steps;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What the Snippet Generator writes for each step. Each round trip also runs the snippet and checks that it creates
 * a step with the same parameters. Arguments appear in alphabetical order, and parameters left at their defaults do
 * not appear at all.
 */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SnippetGeneratorTest {

    private SnippetizerTester snippets;

    @BeforeEach
    void startJenkins(JenkinsRule j) {
        snippets = new SnippetizerTester(j);
    }

    @Test
    void statusWithoutParameters() throws Exception {
        snippets.assertRoundTrip(new PleskBackupStatusStep(), "pleskBackupStatus()");
    }

    @Test
    void statusOfOneTaskOnNamedServer() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setServerName("prod");
        step.setTaskId("5472");

        snippets.assertRoundTrip(step, "pleskBackupStatus serverName: 'prod', taskId: '5472'");
    }

    @Test
    void statusWithRequiredStatuses() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setTaskId("5472");
        step.setRequire(List.of("finished", "stopped"));

        snippets.assertRoundTrip(step, "pleskBackupStatus require: ['finished', 'stopped'], taskId: '5472'");
    }

    @Test
    void statusWithOnlyListArgumentNeedsParentheses() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setRequire(List.of("finished"));

        snippets.assertRoundTrip(step, "pleskBackupStatus(require: ['finished'])");
    }

    @Test
    void statusOfServerTasksByUrl() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setUrl("https://plesk.invalid:8443");
        step.setCredentialsId("plesk-key");
        step.setCertificateFingerprint("AB:".repeat(31) + "AB");
        step.setServer(true);

        snippets.assertRoundTrip(step, "pleskBackupStatus certificateFingerprint: '" + "AB:".repeat(31) + "AB'"
                + ", credentialsId: 'plesk-key', server: true, url: 'https://plesk.invalid:8443'");
    }

    @Test
    void statusOfWebspaceByName() throws Exception {
        PleskBackupStatusStep step = new PleskBackupStatusStep();
        step.setWebspaceName("example.com");

        snippets.assertRoundTrip(step, "pleskBackupStatus webspaceName: 'example.com'");
    }

    @Test
    void startServerBackup() throws Exception {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setServer(true);

        snippets.assertRoundTrip(step, "startPleskBackup server: true");
    }

    @Test
    void startWebspaceBackupWithAllOptions() throws Exception {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setServerName("prod");
        step.setWebspaceName("example.com");
        step.setStorage("ftp");
        step.setPrefix("nightly_");
        step.setDescription("Before deployment");
        step.setSplitSize(1024);
        step.setContent("hosting");
        step.setOnlyConfiguration(true);

        snippets.assertRoundTrip(step, "startPleskBackup content: 'hosting', description: 'Before deployment',"
                + " onlyConfiguration: true, prefix: 'nightly_', serverName: 'prod', splitSize: 1024,"
                + " storage: 'ftp', webspaceName: 'example.com'");
    }

    @Test
    void startCustomerBackupById() throws Exception {
        StartPleskBackupStep step = new StartPleskBackupStep();
        step.setCustomerId("7");
        step.setContent("mail");

        snippets.assertRoundTrip(step, "startPleskBackup content: 'mail', customerId: '7'");
    }

    @Test
    void waitWithOnlyTaskId() throws Exception {
        snippets.assertRoundTrip(new WaitForPleskBackupStep("5472"), "waitForPleskBackup '5472'");
    }

    @Test
    void waitWithTimeoutAndServer() throws Exception {
        WaitForPleskBackupStep step = new WaitForPleskBackupStep("5472");
        step.setServerName("prod");
        step.setTimeout("2h");

        snippets.assertRoundTrip(step, "waitForPleskBackup serverName: 'prod', taskId: '5472', timeout: '2h'");
    }

    @Test
    void waitWithAllOptions() throws Exception {
        WaitForPleskBackupStep step = new WaitForPleskBackupStep("5472");
        step.setServerName("prod");
        step.setTimeout("90m");
        step.setMaxPollInterval("30s");
        step.setFailureResult("UNSTABLE");
        step.setTimeoutResult("UNSTABLE");
        step.setStopBackupOnAbort(true);
        step.setPropagate(false);

        snippets.assertRoundTrip(step, "waitForPleskBackup failureResult: 'UNSTABLE', maxPollInterval: '30s',"
                + " propagate: false, serverName: 'prod', stopBackupOnAbort: true, taskId: '5472', timeout: '90m',"
                + " timeoutResult: 'UNSTABLE'");
    }
}
