package org.jenkinsci.plugins.plaincredentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import java.io.IOException;
import java.io.InputStream;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/**
 * Stand-in for {@code org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl} of the plain-credentials
 * plugin: "Secret file" credentials.
 *
 * <p>NOTE: the constructors for form uploads, which take a {@code FileItem}, and the descriptor are left out.
 */
public final class FileCredentialsImpl extends BaseStandardCredentials implements FileCredentials {
    private static final long serialVersionUID = 1L;

    public FileCredentialsImpl(CredentialsScope scope, String id, String description, String fileName,
            SecretBytes secretBytes) {
        super(scope, id, description);
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public String getFileName() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public InputStream getContent() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public SecretBytes getSecretBytes() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
