package com.cloudbees.hudson.plugins.folder.properties;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import hudson.model.ModelObject;

/**
 * Stand-in for {@code com.cloudbees.hudson.plugins.folder.properties.FolderCredentialsProvider} of the
 * cloudbees-folder plugin: gives every folder its own credentials store.
 *
 * <p>NOTE: {@link #getStore(ModelObject)} overrides a method of the real {@code CredentialsProvider}, which the main
 * stand-in leaves out. The credential lookups and the nested folder property are left out.
 */
public class FolderCredentialsProvider extends CredentialsProvider {
    /** Returns the credentials store of a folder, or null for any other object. */
    public CredentialsStore getStore(ModelObject object) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
