package com.cloudbees.plugins.credentials;

import hudson.model.AbstractDescribableImpl;
import hudson.model.Saveable;
import java.io.IOException;
import java.util.List;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.SystemCredentialsProvider} of the credentials plugin: the
 * global credentials store of Jenkins, saved in {@code credentials.xml}.
 *
 * <p>NOTE: domain credentials and the nested provider and store classes are left out.
 */
@SuppressWarnings("deprecation")
public class SystemCredentialsProvider extends AbstractDescribableImpl<SystemCredentialsProvider> implements Saveable {
    public SystemCredentialsProvider() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public static SystemCredentialsProvider getInstance() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Returns the modifiable list of credentials of the global domain; call {@link #save()} after a change. */
    public List<Credentials> getCredentials() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Writes the store to disk; needs the Administer permission. */
    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
