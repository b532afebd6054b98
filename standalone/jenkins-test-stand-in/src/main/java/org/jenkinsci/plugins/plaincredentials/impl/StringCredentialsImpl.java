package org.jenkinsci.plugins.plaincredentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Stand-in for {@code org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl} of the plain-credentials
 * plugin: "Secret text" credentials.
 *
 * <p>NOTE: the descriptor is left out.
 */
public final class StringCredentialsImpl extends BaseStandardCredentials implements StringCredentials {
    private static final long serialVersionUID = 1L;

    public StringCredentialsImpl(CredentialsScope scope, String id, String description, String secret) {
        super(scope, id, description);
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public StringCredentialsImpl(CredentialsScope scope, String id, String description, Secret secret) {
        super(scope, id, description);
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public Secret getSecret() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
