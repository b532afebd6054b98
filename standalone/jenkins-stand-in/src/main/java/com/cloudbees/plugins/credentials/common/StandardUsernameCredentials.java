package com.cloudbees.plugins.credentials.common;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.common.StandardUsernameCredentials} of the credentials
 * plugin.
 *
 * <p>NOTE: the nested {@code NameProvider} class is left out.
 */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
