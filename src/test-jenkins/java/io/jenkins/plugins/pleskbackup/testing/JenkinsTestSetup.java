package io.jenkins.plugins.pleskbackup.testing;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.util.Secret;
import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.simulator.RecordedRequest;
import io.jenkins.plugins.pleskbackup.simulator.Scenarios;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Setup shared by the JenkinsRule tests: a Plesk simulator on 127.0.0.1 that serves {@link Scenarios#demo()} on a
 * {@link ManualClock}, the global credentials that authenticate to it, and a configured server named
 * {@value #SERVER_NAME} that points at it.
 *
 * <p>In the demo scenario, task 1 is a finished server backup, task 3 a failed webspace backup and task 4 a webspace
 * backup that is working until the clock moves on. New backups get ids from 5 on.
 */
public final class JenkinsTestSetup {

    /** Name of the configured server that points at the simulator. */
    public static final String SERVER_NAME = "demo";

    /** Id of the "Secret text" credentials that hold {@link #SECRET_KEY}. */
    public static final String KEY_ID = "plesk-key";

    /** Id of the "Username with password" credentials of the simulator's administrator. */
    public static final String LOGIN_ID = "plesk-login";

    /** Id of "Secret file" credentials, a type that cannot authenticate to Plesk. */
    public static final String FILE_ID = "plesk-file";

    /** Secret key that the simulator accepts; the tests check that it never reaches a log or a saved file. */
    public static final String SECRET_KEY = "test-secret-key-9f8e7d6c5b4a";

    public static final String ADMIN_LOGIN = "admin";

    /** Password of the simulator's administrator, at least 14 characters long as FIPS mode requires. */
    public static final String ADMIN_PASSWORD = "test-password-5a4b3c2d";

    /** Start time of the simulator's clock. */
    public static final Instant CLOCK_START = Instant.parse("2026-03-01T10:00:00Z");

    /** Upper bound for a build to start or to finish. */
    public static final long BUILD_TIMEOUT_SECONDS = 120;

    private JenkinsTestSetup() {
    }

    /** Returns a simulator of the demo scenario that accepts {@link #SECRET_KEY} and the administrator's login. */
    public static PleskSimulator.Builder demoSimulator(ManualClock clock) {
        return PleskSimulator.builder()
                .scenario(Scenarios.demo())
                .clock(clock)
                .secretKey(SECRET_KEY, null)
                .administrator(ADMIN_LOGIN, ADMIN_PASSWORD);
    }

    /** Adds {@link #KEY_ID}, {@link #LOGIN_ID} and {@link #FILE_ID} to the global credentials store. */
    public static void addGlobalCredentials() throws Exception {
        addGlobalCredentials(
                secretKey(KEY_ID, SECRET_KEY),
                new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, LOGIN_ID, "Plesk administrator",
                        ADMIN_LOGIN, ADMIN_PASSWORD),
                new FileCredentialsImpl(CredentialsScope.GLOBAL, FILE_ID, "Not a Plesk credential", "notes.txt",
                        SecretBytes.fromBytes("not a Plesk key".getBytes(StandardCharsets.UTF_8))));
    }

    /** Adds credentials to the global store and saves it. */
    public static void addGlobalCredentials(Credentials... credentials) throws Exception {
        SystemCredentialsProvider provider = SystemCredentialsProvider.getInstance();
        provider.getCredentials().addAll(List.of(credentials));
        provider.save();
    }

    /** Returns "Secret text" credentials of global scope. */
    public static StringCredentialsImpl secretKey(String id, String key) {
        return new StringCredentialsImpl(CredentialsScope.GLOBAL, id, "Plesk secret key", Secret.fromString(key));
    }

    /** Adds a server for the simulator to the global configuration, after the servers already there. */
    public static PleskServer addServer(String name, PleskSimulator plesk, String credentialsId) {
        PleskServer server = new PleskServer(name, plesk.endpoint().toString(), credentialsId);
        addServer(server);
        return server;
    }

    public static void addServer(PleskServer server) {
        List<PleskServer> servers = new ArrayList<>(PleskGlobalConfiguration.get().getServers());
        servers.add(server);
        PleskGlobalConfiguration.get().setServers(servers);
    }

    /** Creates a Pipeline job whose script runs in the Groovy sandbox, so it needs no script approval. */
    public static WorkflowJob pipelineJob(JenkinsRule j, String name, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    /** Schedules a build and returns it once it has started. */
    public static WorkflowRun startBuild(WorkflowJob job) throws Exception {
        return job.scheduleBuild2(0).getStartCondition().get(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Schedules a build and returns it once it has finished. */
    public static WorkflowRun runBuild(WorkflowJob job) throws Exception {
        return job.scheduleBuild2(0).get(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static FreeStyleBuild startBuild(FreeStyleProject project) throws Exception {
        return project.scheduleBuild2(0).getStartCondition().get(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static FreeStyleBuild runBuild(FreeStyleProject project) throws Exception {
        return project.scheduleBuild2(0).get(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Counts the requests whose packet contains the operation, for example {@code stop-backup}. */
    public static long countRequests(PleskSimulator plesk, String operation) {
        String element = "<" + operation;
        return plesk.requests().stream().map(RecordedRequest::bodyAsString).filter(body -> body.contains(element))
                .count();
    }
}
