package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.util.ListBoxModel;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel} of the credentials
 * plugin: a drop-down list of credentials ids.
 *
 * <p>Every fluent method returns {@code AbstractIdCredentialsListBoxModel<T, C>}, not {@code T}, because that is the
 * real return type and so part of the method descriptor.
 *
 * <p>NOTE: the deprecated {@code with*} methods, the overloads taking Acegi {@code Authentication}, and
 * {@code include}/{@code includeMatching} without an explicit identity are left out.
 */
@SuppressWarnings("rawtypes")
public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>,
        C extends IdCredentials> extends ListBoxModel {
    private static final long serialVersionUID = 1L;

    /** Returns the text shown for {@code c} in the list. */
    protected abstract String describe(C c);

    /** Puts the "- none -" option first unless an option with the empty value is already present. */
    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        for (Option option : this) {
            if ("".equals(option.value)) {
                return this;
            }
        }
        add(0, new Option("- none -", ""));
        return this;
    }

    /**
     * Keeps the current value selectable even when the user cannot see its credentials: adds a "- current -"
     * option for it, after the empty option if there is one.
     */
    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(String value) {
        if (value == null || value.isEmpty()) {
            return includeEmptyValue();
        }
        for (Option option : this) {
            if (value.equals(option.value)) {
                return this;
            }
        }
        int index = !isEmpty() && "".equals(get(0).value) ? 1 : 0;
        add(index, new Option("- current -", value));
        return this;
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(Authentication authentication, Item context,
            Class<? extends C> type) {
        return includeAs(authentication, context, type, Collections.emptyList());
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(Authentication authentication, ItemGroup context,
            Class<? extends C> type) {
        return includeAs(authentication, context, type, Collections.emptyList());
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(Authentication authentication, Item context,
            Class<? extends C> type, List<DomainRequirement> domainRequirements) {
        return includeMatchingAs(authentication, context, type, domainRequirements, CredentialsMatchers.always());
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(Authentication authentication, ItemGroup context,
            Class<? extends C> type, List<DomainRequirement> domainRequirements) {
        return includeMatchingAs(authentication, context, type, domainRequirements, CredentialsMatchers.always());
    }

    /** Adds the matching credentials that {@code authentication} may use in {@code context}. */
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(Authentication authentication, Item context,
            Class<? extends C> type, List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        addMissing(CredentialsProvider.listCredentialsInItem(type, context, authentication, domainRequirements, matcher));
        return this;
    }

    /** Adds the matching credentials that {@code authentication} may use in {@code context}. */
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(Authentication authentication,
            ItemGroup context, Class<? extends C> type, List<DomainRequirement> domainRequirements,
            CredentialsMatcher matcher) {
        addMissing(CredentialsProvider.listCredentialsInItemGroup(
                type, context, authentication, domainRequirements, matcher));
        return this;
    }

    /** Appends the options whose values are not in the list yet. Returns whether the list changed. */
    public boolean addMissing(Collection<? extends Option> c) {
        Set<String> existing = new HashSet<>();
        for (Option option : this) {
            existing.add(option.value);
        }
        boolean changed = false;
        for (Option option : c) {
            if (existing.add(option.value)) {
                add(option);
                changed = true;
            }
        }
        return changed;
    }
}
