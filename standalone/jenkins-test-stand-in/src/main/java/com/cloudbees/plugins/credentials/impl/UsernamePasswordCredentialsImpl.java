package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Descriptor;
import hudson.util.Secret;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl} of the credentials
 * plugin: "Username with password" credentials.
 *
 * <p>NOTE: {@code isUsernameSecret} and its setter, and the descriptor, are left out.
 */
public class UsernamePasswordCredentialsImpl extends BaseStandardCredentials
        implements StandardUsernamePasswordCredentials {
    private static final long serialVersionUID = 1L;

    /**
     * @throws Descriptor.FormException in FIPS mode, for a password shorter than 14 characters
     */
    public UsernamePasswordCredentialsImpl(CredentialsScope scope, String id, String description, String username,
            String password) throws Descriptor.FormException {
        super(scope, id, description);
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public String getUsername() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public Secret getPassword() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
