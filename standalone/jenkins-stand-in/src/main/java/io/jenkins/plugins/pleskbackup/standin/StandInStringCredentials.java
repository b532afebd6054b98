package io.jenkins.plugins.pleskbackup.standin;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** Secret text credentials for tests, of scope {@link CredentialsScope#GLOBAL}. {@link #toString()} hides the secret. */
final class StandInStringCredentials implements StringCredentials {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final Secret secret;

    StandInStringCredentials(String id, String secret) {
        this.id = id;
        this.secret = Secret.fromString(secret);
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
    public Secret getSecret() {
        return secret;
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
        return "StringCredentials[id=" + id + "]";
    }

    /** Describes the secret text credentials of the stand-in. */
    static final class DescriptorImpl extends CredentialsDescriptor {
        static final DescriptorImpl INSTANCE = new DescriptorImpl();

        @Override
        public String getDisplayName() {
            return "Secret text";
        }
    }
}
