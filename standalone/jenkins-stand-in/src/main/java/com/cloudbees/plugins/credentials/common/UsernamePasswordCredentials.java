package com.cloudbees.plugins.credentials.common;

/** Stand-in for {@code com.cloudbees.plugins.credentials.common.UsernamePasswordCredentials} of the credentials plugin. */
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
