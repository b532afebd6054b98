package io.jenkins.plugins.pleskbackup.standin;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.util.Secret;

/**
 * Username and password credentials for tests, of scope {@link CredentialsScope#GLOBAL};
 * {@link #toString()} hides the password.
 */
final class StandInUsernamePasswordCredentials implements StandardUsernamePasswordCredentials {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String username;
    private final Secret password;

    StandInUsernamePasswordCredentials(String id, String username, String password) {
        this.id = id;
        this.username = username;
        this.password = Secret.fromString(password);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDescription() {
        return "";
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public Secret getPassword() {
        return password;
    }

    @Override
    public CredentialsScope getScope() {
        return CredentialsScope.GLOBAL;
    }

    @Override
    public CredentialsDescriptor getDescriptor() {
        return DescriptorImpl.INSTANCE;
    }

    @Override
    public String toString() {
        return "UsernamePasswordCredentials[id=" + id + ", username=" + username + "]";
    }

    /** Describes the username and password credentials of the stand-in. */
    static final class DescriptorImpl extends CredentialsDescriptor {
        static final DescriptorImpl INSTANCE = new DescriptorImpl();

        @Override
        public String getDisplayName() {
            return "Username with password";
        }
    }
}
