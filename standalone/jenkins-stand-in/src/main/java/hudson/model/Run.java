package hudson.model;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.util.Objects;
import jenkins.util.io.OnMaster;

/**
 * Stand-in for {@code hudson.model.Run} of Jenkins core 2.528.3.
 *
 * <p>A stand-in run is always in progress, so {@link #setResult} is always allowed. Like the real method it only
 * ever makes the result worse.
 *
 * <p>NOTE: the real class also implements {@code DescriptorByNameOwner}, {@code StaplerProxy} and newer
 * history interfaces, and has logs, timestamps and artifacts. All of that is left out.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, OnMaster {
    private final JobT project;
    private final int number;
    private volatile Result result;

    /** Creates the next build of {@code job}, numbered by {@link Job#assignBuildNumber()}. */
    protected Run(JobT job) throws IOException {
        this.project = job;
        this.number = job.assignBuildNumber();
    }

    public Result getResult() {
        return result;
    }

    /** Sets the result unless the current one is already worse. The result never improves. */
    public synchronized void setResult(Result r) {
        Objects.requireNonNull(r, "result");
        if (result == null || r.isWorseThan(result)) {
            result = r;
        }
    }

    public JobT getParent() {
        return project;
    }

    public int getNumber() {
        return number;
    }

    @Override
    public String getDisplayName() {
        return "#" + number;
    }

    /** Returns the job's full display name and the build number, such as "folder » job #3". */
    public String getFullDisplayName() {
        return project.getFullDisplayName() + ' ' + getDisplayName();
    }

    /** Returns the identifier that survives restarts, such as "folder/job#3". */
    public String getExternalizableId() {
        return project.getFullName() + '#' + number;
    }

    /**
     * Returns the build environment: the stand-in's own {@code JOB_NAME}, {@code BUILD_NUMBER} and
     * {@code BUILD_ID}, then what each {@link EnvironmentContributingAction} of this run adds.
     *
     * <p>NOTE: real Jenkins also adds node, SCM and global variables.
     */
    public EnvVars getEnvironment(TaskListener listener) throws IOException, InterruptedException {
        EnvVars env = new EnvVars();
        env.put("JOB_NAME", project.getFullName());
        env.put("BUILD_NUMBER", String.valueOf(number));
        env.put("BUILD_ID", String.valueOf(number));
        for (EnvironmentContributingAction action : getActions(EnvironmentContributingAction.class)) {
            action.buildEnvironment(this, env);
        }
        return env;
    }

    /** Uses the access control list of the job, as real Jenkins does. */
    @Override
    public ACL getACL() {
        return project.getACL();
    }

    @Override
    public int compareTo(RunT that) {
        return Integer.compare(number, that.getNumber());
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    /** Returns the job's full name and the build number, such as "folder/job #3", as real Jenkins does. */
    @Override
    public String toString() {
        return project.getFullName() + " #" + number;
    }
}
