package io.jenkins.plugins.pleskbackup.builders;

import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.InvisibleAction;
import hudson.model.Run;
import io.jenkins.plugins.pleskbackup.client.BackupTask;
import io.jenkins.plugins.pleskbackup.report.TaskResults;

/**
 * Environment variables for the build steps that follow a Plesk build step: {@code PLESK_BACKUP_TASK_ID},
 * {@code PLESK_BACKUP_STATUS} (for example {@code FINISHED}), {@code PLESK_BACKUP_FILENAME} and
 * {@code PLESK_BACKUP_STARTED} (ISO-8601 UTC). A build keeps one such action, holding the last task reported.
 */
public final class PleskBackupEnvironmentAction extends InvisibleAction implements EnvironmentContributingAction {

    public static final String TASK_ID = "PLESK_BACKUP_TASK_ID";
    public static final String STATUS = "PLESK_BACKUP_STATUS";
    public static final String FILENAME = "PLESK_BACKUP_FILENAME";
    public static final String STARTED = "PLESK_BACKUP_STARTED";

    private String taskId;
    private String status;
    private String filename;
    private String started;

    /** Records the task on the build, replacing what an earlier Plesk build step recorded. */
    static void record(Run<?, ?> run, BackupTask task) {
        PleskBackupEnvironmentAction action = run.getAction(PleskBackupEnvironmentAction.class);
        if (action == null) {
            action = new PleskBackupEnvironmentAction();
            run.addAction(action);
        }
        action.taskId = task.id();
        action.status = TaskResults.environmentStatus(task);
        action.filename = task.filename();
        action.started = task.started() == null ? "" : task.started().toString();
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStatus() {
        return status;
    }

    public String getFilename() {
        return filename;
    }

    public String getStarted() {
        return started;
    }

    @Override
    public void buildEnvironment(Run<?, ?> run, EnvVars env) {
        putIfSet(env, TASK_ID, taskId);
        putIfSet(env, STATUS, status);
        putIfSet(env, FILENAME, filename);
        putIfSet(env, STARTED, started);
    }

    private static void putIfSet(EnvVars env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
