package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.CredentialsMatcher} of the credentials plugin.
 *
 * <p>NOTE: the nested {@code CQL} mix-in interface is left out.
 */
public interface CredentialsMatcher extends Serializable {
    boolean matches(Credentials item);
}
