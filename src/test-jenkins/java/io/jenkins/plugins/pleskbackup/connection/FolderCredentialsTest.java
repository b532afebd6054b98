package io.jenkins.plugins.pleskbackup.connection;

import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.KEY_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SERVER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.hudson.plugins.folder.properties.FolderCredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.ExtensionList;
import hudson.model.Result;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Credentials stored in a folder authenticate the jobs inside that folder and no others. The configured server uses
 * the global key; the jobs name the folder's credentials with {@code credentialsId}.
 */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FolderCredentialsTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String FOLDER_KEY_ID = "team-key";

    private static final String SCRIPT = """
            def result = pleskBackupStatus(serverName: 'demo', credentialsId: 'team-key', taskId: '1')
            echo "status=${result.status}"
            """;

    private JenkinsRule j;
    private PleskSimulator plesk;
    private Folder folder;

    @BeforeEach
    void startJenkinsAndPlesk(JenkinsRule rule) throws Exception {
        j = rule;
        plesk = JenkinsTestSetup.demoSimulator(new ManualClock(JenkinsTestSetup.CLOCK_START)).start();
        JenkinsTestSetup.addGlobalCredentials();
        JenkinsTestSetup.addServer(SERVER_NAME, plesk, KEY_ID);

        folder = j.createProject(Folder.class, "team");
        CredentialsStore store = ExtensionList.lookupSingleton(FolderCredentialsProvider.class).getStore(folder);
        assertThat(store).as("credentials store of the folder").isNotNull();
        store.addCredentials(Domain.global(), JenkinsTestSetup.secretKey(FOLDER_KEY_ID, JenkinsTestSetup.SECRET_KEY));
    }

    @AfterEach
    void stopPlesk() {
        if (plesk != null) {
            plesk.close();
        }
    }

    @Test
    void jobInFolderUsesFolderCredentials() throws Exception {
        WorkflowJob job = folder.createProject(WorkflowJob.class, "inside");
        job.setDefinition(new CpsFlowDefinition(SCRIPT, true));

        WorkflowRun run = JenkinsTestSetup.runBuild(job);

        j.assertBuildStatusSuccess(run);
        j.assertLogContains("status=finished", run);
        assertThat(plesk.requests()).hasSize(1);
        // Compared without printing, so that a failure does not write the key into the test report.
        boolean sentFolderKey = JenkinsTestSetup.SECRET_KEY.equals(plesk.requests().get(0).header("KEY"));
        assertThat(sentFolderKey).as("request carries the key stored in the folder").isTrue();
    }

    @Test
    void jobOutsideFolderCannotUseFolderCredentials() throws Exception {
        WorkflowJob job = JenkinsTestSetup.pipelineJob(j, "outside", SCRIPT);

        WorkflowRun run = JenkinsTestSetup.runBuild(job);

        j.assertBuildStatus(Result.FAILURE, run);
        j.assertLogContains("No credentials with id 'team-key' are available to this build.", run);
        j.assertLogContains("in the folders of job 'outside'", run);
        assertThat(plesk.requests()).isEmpty();
    }
}
