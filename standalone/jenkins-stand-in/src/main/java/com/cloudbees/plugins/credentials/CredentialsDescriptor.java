package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;
import org.jenkins.ui.icon.IconSpec;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.CredentialsDescriptor} of the credentials plugin.
 *
 * <p>NOTE: the form helpers (scope lists, context lookups) are left out.
 */
public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        super(clazz);
    }

    protected CredentialsDescriptor() {
    }

    @Override
    public String getIconClassName() {
        return "symbol-credentials plugin-credentials";
    }
}
