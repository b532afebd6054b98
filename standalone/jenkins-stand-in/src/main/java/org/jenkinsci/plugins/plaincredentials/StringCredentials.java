package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

/**
 * Stand-in for {@code org.jenkinsci.plugins.plaincredentials.StringCredentials} of the plain-credentials plugin
 * (the release that {@code bom-2.528.x:5804.v80587a_38d937} pins).
 *
 * <p>NOTE: the nested {@code NameProvider} class is left out, and the exact plain-credentials version could not be
 * read from the searchable copy of the BOM repository. This interface has not changed across the stored releases.
 */
public interface StringCredentials extends StandardCredentials {
    Secret getSecret();
}
