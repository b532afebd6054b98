package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import hudson.util.Secret;

/** Stand-in for {@code com.cloudbees.plugins.credentials.common.PasswordCredentials} of the credentials plugin. */
public interface PasswordCredentials extends Credentials {
    Secret getPassword();
}
