package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;

/** Stand-in for {@code com.cloudbees.plugins.credentials.impl.BaseCredentials} of the credentials plugin. */
public abstract class BaseCredentials implements Credentials {
    private static final long serialVersionUID = 1L;

    public BaseCredentials() {
    }

    public BaseCredentials(CredentialsScope scope) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public CredentialsScope getScope() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
