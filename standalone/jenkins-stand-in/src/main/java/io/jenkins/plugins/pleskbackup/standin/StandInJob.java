package io.jenkins.plugins.pleskbackup.standin;

import hudson.model.Job;
import hudson.model.Queue;
import hudson.security.Permission;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.model.Jenkins;

/**
 * A job of the stand-in, directly under {@link Jenkins} whatever its full name, with its own permission grants.
 *
 * <p>It is a {@link Queue.Task} like the freestyle and Pipeline jobs of real Jenkins, so code that calls
 * {@code Tasks.getAuthenticationOf2} with a job takes the same path as there.
 */
final class StandInJob extends Job<StandInJob, StandInRun> implements Queue.Task {
    private final String fullName;
    private final Set<Permission> grants = ConcurrentHashMap.newKeySet();

    StandInJob(Jenkins parent, String fullName) {
        super(parent, fullName.substring(fullName.lastIndexOf('/') + 1));
        this.fullName = fullName;
    }

    Set<Permission> grants() {
        return grants;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    /** Returns the full name with the separators real Jenkins shows between folder display names. */
    @Override
    public String getFullDisplayName() {
        return fullName.replace("/", " » ");
    }

    @Override
    public boolean isBuildable() {
        return true;
    }

    @Override
    protected SortedMap<Integer, ? extends StandInRun> _getRuns() {
        return Collections.unmodifiableSortedMap(new TreeMap<>());
    }

    @Override
    protected void removeRun(StandInRun run) {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }
}
