package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in for {@code org.jenkinsci.plugins.plaincredentials.FileCredentials} of the plain-credentials plugin:
 * "Secret file" credentials.
 *
 * <p>NOTE: the nested {@code NameProvider} class is left out.
 */
public interface FileCredentials extends StandardCredentials {
    String getFileName();

    InputStream getContent() throws IOException;
}
