package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.common.IdCredentials} of the credentials plugin.
 *
 * <p>NOTE: the nested {@code Helpers} class for equals and hashCode is left out.
 */
public interface IdCredentials extends Credentials {
    String getId();
}
