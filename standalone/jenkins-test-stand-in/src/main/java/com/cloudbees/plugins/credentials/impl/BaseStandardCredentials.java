package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.impl.BaseStandardCredentials} of the credentials plugin:
 * credentials with an id and a description.
 *
 * <p>NOTE: the nested descriptor base class is left out.
 */
public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {
    private static final long serialVersionUID = 1L;

    public BaseStandardCredentials(CredentialsScope scope, String id, String description) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public String getId() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
