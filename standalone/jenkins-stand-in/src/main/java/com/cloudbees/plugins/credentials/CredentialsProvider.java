package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.standin.StandInHooks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.jenkins.ui.icon.IconSpec;
import org.springframework.security.core.Authentication;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.CredentialsProvider} of the credentials plugin.
 *
 * <p>The static lookups read the stores filled through {@code StandInJenkins.addCredentials}. As with the real
 * system store, an item can use its own credentials and those of the global store except scope
 * {@link CredentialsScope#SYSTEM}. It gets them only when the identity is {@code ACL.SYSTEM2} or has
 * {@link #USE_ITEM} or {@link #USE_OWN} on the item. A lookup in {@link Jenkins} returns the global store to
 * {@code ACL.SYSTEM2} only.
 *
 * <p>NOTE: domain requirements are accepted but not matched, {@code findCredentialById} does not resolve
 * {@code ${parameter}} ids, and {@link #track} records the id instead of writing a fingerprint.
 */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {
    public static final PermissionGroup GROUP = new PermissionGroup(CredentialsProvider.class, null);

    /** Lets a user pick credentials from the item's stores when starting an action. Implied by {@code Item.CONFIGURE}. */
    @SuppressWarnings("deprecation")
    public static final Permission USE_ITEM = new Permission(GROUP, "UseItem", null, Item.CONFIGURE);

    /** Lets a user pick their own credentials when starting an action. Implied by {@code Item.BUILD}. */
    @SuppressWarnings("deprecation")
    public static final Permission USE_OWN = new Permission(GROUP, "UseOwn", null, Item.BUILD);

    @SuppressWarnings("deprecation")
    public static final Permission VIEW = new Permission(GROUP, "View", null, Jenkins.ADMINISTER);

    @SuppressWarnings("unchecked")
    public CredentialsProvider() {
        super(Descriptor.self());
    }

    @Override
    public Descriptor<CredentialsProvider> getDescriptor() {
        return this;
    }

    @Override
    public String getIconClassName() {
        return "symbol-credentials plugin-credentials";
    }

    /** Returns the credentials of {@code type} that {@code authentication} may use in {@code itemGroup}. */
    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(Class<C> type, ItemGroup itemGroup,
            Authentication authentication, List<DomainRequirement> domainRequirements) {
        Objects.requireNonNull(type);
        return StandInHooks.credentialsInItemGroup(type, itemGroup, authentication);
    }

    /** Returns the credentials of {@code type} that {@code authentication} may use in {@code item}. */
    public static <C extends Credentials> List<C> lookupCredentialsInItem(Class<C> type, Item item,
            Authentication authentication, List<DomainRequirement> domainRequirements) {
        Objects.requireNonNull(type);
        if (item == null) {
            return lookupCredentialsInItemGroup(type, Jenkins.get(), authentication, domainRequirements);
        }
        if (item instanceof ItemGroup<?> group) {
            return lookupCredentialsInItemGroup(type, group, authentication, domainRequirements);
        }
        return StandInHooks.credentialsInItem(type, item, authentication);
    }

    /** Returns the matching credentials of {@code lookupCredentialsInItemGroup} as options sorted by name. */
    @SuppressWarnings("rawtypes")
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(Class<C> type, ItemGroup itemGroup,
            Authentication authentication, List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        return toOptions(lookupCredentialsInItemGroup(type, itemGroup, authentication, domainRequirements), matcher);
    }

    /** Returns the matching credentials of {@code lookupCredentialsInItem} as options sorted by name. */
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(Class<C> type, Item item,
            Authentication authentication, List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        return toOptions(lookupCredentialsInItem(type, item, authentication, domainRequirements), matcher);
    }

    /**
     * Returns the credentials with this id and type that the run's job can use (its own store, then the global
     * store), or null.
     */
    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            List<DomainRequirement> domainRequirements) {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(run);
        Authentication jobAuthentication = StandInHooks.jobAuthentication(run.getParent());
        List<C> candidates = lookupCredentialsInItem(type, run.getParent(), jobAuthentication, domainRequirements);
        return CredentialsMatchers.firstOrNull(candidates, CredentialsMatchers.withId(id.trim()));
    }

    /** Varargs form of {@link #findCredentialById(String, Class, Run, List)}. */
    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            DomainRequirement... domainRequirements) {
        return findCredentialById(id, type, run, Arrays.asList(domainRequirements));
    }

    /** Records that {@code build} used {@code credentials}. Read the record with {@code StandInJenkins.trackedCredentialIds}. */
    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> C track(Run build, C credentials) {
        if (credentials != null) {
            StandInHooks.recordTracked(build, credentials);
        }
        return credentials;
    }

    private static <C extends IdCredentials> ListBoxModel toOptions(List<C> credentials, CredentialsMatcher matcher) {
        CredentialsMatcher filter = matcher == null ? CredentialsMatchers.always() : matcher;
        List<ListBoxModel.Option> options = new ArrayList<>();
        for (C c : credentials) {
            if (filter.matches(c)) {
                options.add(new ListBoxModel.Option(StandInHooks.credentialsName(c), c.getId()));
            }
        }
        options.sort(Comparator.comparing((ListBoxModel.Option o) -> o.name, String.CASE_INSENSITIVE_ORDER));
        return new ListBoxModel(options);
    }
}
