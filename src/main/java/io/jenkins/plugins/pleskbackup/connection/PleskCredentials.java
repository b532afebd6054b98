package io.jenkins.plugins.pleskbackup.connection;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.client.PleskAuthentication;
import io.jenkins.plugins.pleskbackup.client.PleskEndpoints;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * Finds and lists the credentials a Plesk server accepts: a secret key stored as "Secret text", or a login and
 * password stored as "Username with password".
 */
public final class PleskCredentials {

    /** The two credential types that can authenticate to Plesk. */
    static final CredentialsMatcher PLESK_TYPES = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(StringCredentials.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class));

    private PleskCredentials() {
    }

    /**
     * Looks up the credentials for a build as the build's own identity, so folder-scoped credentials and credential
     * parameters work.
     *
     * @param recordUse whether to record the use on the build; a wait that polls records it once, not per poll
     * @throws AbortException naming the id and where it was looked for, when missing or of another type
     */
    public static PleskAuthentication forBuild(String credentialsId, String url, Run<?, ?> run, boolean recordUse)
            throws AbortException {
        StandardCredentials credentials = CredentialsProvider.findCredentialById(credentialsId,
                StandardCredentials.class, run, domainRequirements(url));
        if (credentials == null) {
            throw new AbortException(Messages.PleskCredentials_NotFoundForBuild(credentialsId,
                    run.getParent().getFullName()));
        }
        PleskAuthentication authentication = toAuthentication(credentials);
        if (authentication == null) {
            throw new AbortException(Messages.PleskCredentials_WrongType(credentialsId, typeName(credentials)));
        }
        if (recordUse) {
            CredentialsProvider.track(run, credentials);
        }
        return authentication;
    }

    /**
     * Looks up credentials of the global store as the system, for the connection test of the global configuration,
     * which only administrators can run.
     */
    public static PleskAuthentication forGlobalConfiguration(String credentialsId, String url)
            throws AbortException {
        StandardCredentials credentials = findGlobal(credentialsId, url);
        if (credentials == null) {
            throw new AbortException(Messages.PleskCredentials_NotFoundGlobal(credentialsId));
        }
        PleskAuthentication authentication = toAuthentication(credentials);
        if (authentication == null) {
            throw new AbortException(Messages.PleskCredentials_WrongType(credentialsId, typeName(credentials)));
        }
        return authentication;
    }

    /** Validation of a credentials id of the global configuration; the caller checks the Administer permission. */
    public static FormValidation checkGlobal(String credentialsId) {
        StandardCredentials credentials = findGlobal(credentialsId, null);
        if (credentials == null) {
            return FormValidation.error(Messages.PleskCredentials_NotFoundGlobal(credentialsId));
        }
        if (toAuthentication(credentials) == null) {
            return FormValidation.error(Messages.PleskCredentials_WrongType(credentialsId, typeName(credentials)));
        }
        return FormValidation.ok();
    }

    /** Credentials of the global store for the global configuration; the caller checks the Administer permission. */
    public static ListBoxModel listForGlobalConfiguration(String url, String currentValue) {
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, domainRequirements(url),
                        PLESK_TYPES)
                .includeCurrentValue(currentValue);
    }

    /**
     * Credentials a job may use, listed as the job's own identity. Without the permission to configure the job or
     * use its credentials, only the current value is returned.
     */
    public static ListBoxModel listForItem(Item item, String url, String currentValue) {
        if (item == null) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return currentValueOnly(currentValue);
            }
            return listForGlobalConfiguration(url, currentValue);
        }
        if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return currentValueOnly(currentValue);
        }
        Authentication authentication =
                item instanceof Queue.Task ? Tasks.getAuthenticationOf2((Queue.Task) item) : ACL.SYSTEM2;
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(authentication, item, StandardCredentials.class, domainRequirements(url),
                        PLESK_TYPES)
                .includeCurrentValue(currentValue);
    }

    /** A list that shows nothing but the value already configured. */
    public static ListBoxModel currentValueOnly(String currentValue) {
        return new StandardListBoxModel().includeCurrentValue(currentValue);
    }

    /** The client authentication for a credential, or {@code null} when Plesk cannot use this type. */
    static PleskAuthentication toAuthentication(StandardCredentials credentials) {
        if (credentials instanceof StringCredentials) {
            return PleskAuthentication.secretKey(((StringCredentials) credentials).getSecret().getPlainText());
        }
        if (credentials instanceof StandardUsernamePasswordCredentials) {
            StandardUsernamePasswordCredentials login = (StandardUsernamePasswordCredentials) credentials;
            return PleskAuthentication.loginPassword(login.getUsername(), login.getPassword().getPlainText());
        }
        return null;
    }

    private static StandardCredentials findGlobal(String credentialsId, String url) {
        List<StandardCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class,
                Jenkins.get(), ACL.SYSTEM2, domainRequirements(url));
        return CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(credentialsId));
    }

    /** Domain requirements from the server URL, so credentials restricted to a domain are offered only for it. */
    static List<DomainRequirement> domainRequirements(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        try {
            return URIRequirementBuilder.fromUri(PleskEndpoints.parse(url).toString()).build();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static String typeName(StandardCredentials credentials) {
        return credentials.getClass().getSimpleName();
    }
}
