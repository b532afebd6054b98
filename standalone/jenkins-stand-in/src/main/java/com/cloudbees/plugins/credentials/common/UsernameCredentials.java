package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** Stand-in for {@code com.cloudbees.plugins.credentials.common.UsernameCredentials} of the credentials plugin. */
public interface UsernameCredentials extends Credentials {
    String getUsername();
}
