package io.jenkins.plugins.pleskbackup.testing;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;

/** Credentials of a type that Plesk cannot use, like an SSH private key, of scope {@link CredentialsScope#GLOBAL}. */
public final class SshKeyCredentials implements StandardCredentials {

    private static final long serialVersionUID = 1L;

    private final String id;

    public SshKeyCredentials(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDescription() {
        return "Deployment key";
    }

    @Override
    public CredentialsScope getScope() {
        return CredentialsScope.GLOBAL;
    }

    @Override
    public CredentialsDescriptor getDescriptor() {
        return DescriptorImpl.INSTANCE;
    }

    /** Describes {@link SshKeyCredentials}. */
    static final class DescriptorImpl extends CredentialsDescriptor {
        static final DescriptorImpl INSTANCE = new DescriptorImpl();

        @Override
        public String getDisplayName() {
            return "SSH Username with private key";
        }
    }
}
