package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.InvisibleAction;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunTest {
    @BeforeEach
    void resetStandIn() {
        StandInJenkins.reset();
    }

    @Test
    void setResultNeverImproves() {
        Run<?, ?> run = StandInJenkins.newRun("job", 1);
        assertThat(run.getResult()).isNull();

        run.setResult(Result.UNSTABLE);
        run.setResult(Result.SUCCESS);
        assertThat(run.getResult()).isSameAs(Result.UNSTABLE);

        run.setResult(Result.FAILURE);
        run.setResult(Result.UNSTABLE);
        assertThat(run.getResult()).isSameAs(Result.FAILURE);
    }

    @Test
    void setResultRejectsNull() {
        Run<?, ?> run = StandInJenkins.newRun("job", 1);

        assertThatThrownBy(() -> run.setResult(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void namesFollowJenkinsFormat() {
        Run<?, ?> run = StandInJenkins.newRun("folder/job", 7);

        assertThat(run.getNumber()).isEqualTo(7);
        assertThat(run.getFullDisplayName()).isEqualTo("folder » job #7");
        assertThat(run.getExternalizableId()).isEqualTo("folder/job#7");
        assertThat(run.getParent().getFullName()).isEqualTo("folder/job");
        assertThat(run.getParent().getName()).isEqualTo("job");
        assertThat(run).hasToString("folder/job #7");
    }

    @Test
    void actionsAreStoredAndFound() {
        Run<?, ?> run = StandInJenkins.newRun("job", 1);
        MarkerAction marker = new MarkerAction();

        run.addAction(marker);

        assertThat(run.getAction(MarkerAction.class)).isSameAs(marker);
        assertThat(run.getActions(MarkerAction.class)).containsExactly(marker);
        assertThat(run.getAction(VariableAction.class)).isNull();
    }

    @Test
    void environmentIncludesContributedVariables() throws Exception {
        Run<?, ?> run = StandInJenkins.newRun("job", 3);
        run.addAction(new VariableAction());
        TaskListener listener = () -> new PrintStream(new ByteArrayOutputStream(), true);

        EnvVars env = run.getEnvironment(listener);

        assertThat(env.get("build_number")).isEqualTo("3");
        assertThat(env.get("JOB_NAME")).isEqualTo("job");
        assertThat(env.get("PLESK_TASK")).isEqualTo("backup-3");
    }

    @Test
    void resultKeepsIdentityAfterSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Result.ABORTED);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isSameAs(Result.ABORTED);
    }

    @Test
    void resultOrdering() {
        assertThat(Result.FAILURE.isWorseThan(Result.UNSTABLE)).isTrue();
        assertThat(Result.SUCCESS.isBetterOrEqualTo(Result.SUCCESS)).isTrue();
        assertThat(Result.ABORTED.isBetterOrEqualTo(Result.FAILURE)).isFalse();
        assertThat(Result.SUCCESS.combine(Result.NOT_BUILT)).isSameAs(Result.NOT_BUILT);
        assertThat(Result.UNSTABLE).hasToString("UNSTABLE");
    }

    @Test
    void envVarsRejectsNullValue() {
        EnvVars env = new EnvVars("A", "1");

        assertThatThrownBy(() -> env.put("B", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(env.get("a", "default")).isEqualTo("1");
        assertThat(env.get("missing", "default")).isEqualTo("default");
    }

    private static final class MarkerAction extends InvisibleAction {
    }

    private static final class VariableAction extends InvisibleAction implements EnvironmentContributingAction {
        @Override
        public void buildEnvironment(Run<?, ?> run, EnvVars env) {
            env.put("PLESK_TASK", "backup-" + run.getNumber());
        }
    }
}
