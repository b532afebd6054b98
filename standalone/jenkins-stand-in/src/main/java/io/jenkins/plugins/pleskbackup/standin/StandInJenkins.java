package io.jenkins.plugins.pleskbackup.standin;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.Permission;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test controls of the Jenkins API stand-in: items, runs, permission grants, credentials stores and extensions.
 *
 * <p>The stand-in Jenkins types keep exactly their real public API, so everything a test sets up goes through this
 * class. Call {@link #reset()} before each test. The state is global to the JVM.
 *
 * <p>Permission model: {@code ACL.SYSTEM2} has every permission. Every other identity, including anonymous, has
 * the permissions granted with {@link #grantGlobal} everywhere and those granted with {@link #newItem} on that item.
 * A grant also grants every permission whose implication chain ({@code Permission.impliedBy}) reaches it.
 */
public final class StandInJenkins {
    /** The URL that {@code Jenkins.get().getRootUrl()} returns. It is never requested. */
    public static final String ROOT_URL = StandInHooks.ROOT_URL;

    private StandInJenkins() {
    }

    /** Clears items, runs, grants, credentials, extensions and counters, and the current thread's identity. */
    public static void reset() {
        StandInHooks.reset();
        SecurityContextHolder.clearContext();
    }

    /** Grants permissions on {@link Jenkins} and every item to every identity. */
    public static void grantGlobal(Permission... permissions) {
        StandInHooks.grantGlobal(permissions);
    }

    /**
     * Creates a job with this full name, or returns the existing one, and grants it the given permissions.
     *
     * @param fullName slash-separated, such as "folder/job". The job is not placed in a folder
     */
    public static Item newItem(String fullName, Permission... granted) {
        StandInJob job = StandInHooks.job(fullName);
        job.grants().addAll(List.of(granted));
        return job;
    }

    /** Creates build {@code number} of the job with this full name, creating the job without grants if needed. */
    public static Run<?, ?> newRun(String jobFullName, int number) {
        StandInJob job = StandInHooks.job(jobFullName);
        try {
            synchronized (job) {
                job.updateNextBuildNumber(number);
                return new StandInRun(job);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Failed to create build " + number + " of " + jobFullName, e);
        }
    }

    /** Adds credentials to the global store, which Jenkins and (except scope SYSTEM) every item can use. */
    public static void addCredentials(Credentials credentials) {
        StandInHooks.addCredentials(null, Objects.requireNonNull(credentials));
    }

    /** Adds credentials to the store of {@code item}, which only that item can use. */
    public static void addCredentials(Item item, Credentials credentials) {
        StandInHooks.addCredentials(Objects.requireNonNull(item), Objects.requireNonNull(credentials));
    }

    /** Creates global-scope secret text credentials with an empty description. Their toString omits the secret. */
    public static StringCredentials secretText(String id, String secret) {
        return new StandInStringCredentials(id, secret);
    }

    /** Creates global-scope username and password credentials. Their toString omits the password. */
    public static StandardUsernamePasswordCredentials usernamePassword(String id, String username, String password) {
        return new StandInUsernamePasswordCredentials(id, username, password);
    }

    /** Returns the ids of the credentials that {@code CredentialsProvider.track} recorded for {@code run}, in order. */
    public static List<String> trackedCredentialIds(Run<?, ?> run) {
        return StandInHooks.trackedIds(run);
    }

    /**
     * Registers an extension, such as a descriptor or a global configuration, for {@code ExtensionList.lookup},
     * {@code ExtensionList.lookupSingleton} and the descriptor lookups of {@link Jenkins}.
     */
    public static void registerExtension(Object extension) {
        StandInHooks.registerExtension(Objects.requireNonNull(extension));
    }

    /** Returns how often {@code Descriptor.save()} ran on {@code descriptor} since the last {@link #reset()}. */
    public static int saveCount(Object descriptor) {
        return StandInHooks.saveCount(descriptor);
    }

    /** Returns how often {@code Descriptor.load()} ran on {@code descriptor} since the last {@link #reset()}. */
    public static int loadCount(Object descriptor) {
        return StandInHooks.loadCount(descriptor);
    }
}
