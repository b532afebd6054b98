package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.ModelObject;
import hudson.model.Saveable;
import hudson.security.AccessControlled;
import java.io.IOException;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.CredentialsStore} of the credentials plugin: the credentials
 * that belong to one object, such as Jenkins itself or a folder.
 *
 * <p>NOTE: domain management, updates, removal and the permission helpers are left out.
 */
public abstract class CredentialsStore implements AccessControlled, Saveable {
    /** Returns the object this store belongs to, such as Jenkins or a folder. */
    public abstract ModelObject getContext();

    /**
     * Adds the credentials to the domain and saves the store.
     *
     * @return whether the store changed
     */
    public abstract boolean addCredentials(Domain domain, Credentials credentials) throws IOException;
}
