package com.cloudbees.plugins.credentials.common;

import io.jenkins.plugins.pleskbackup.standin.StandInHooks;

/** Stand-in for {@code com.cloudbees.plugins.credentials.common.StandardListBoxModel} of the credentials plugin. */
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    private static final long serialVersionUID = 1L;

    @Override
    protected String describe(StandardCredentials c) {
        return StandInHooks.credentialsName(c);
    }
}
