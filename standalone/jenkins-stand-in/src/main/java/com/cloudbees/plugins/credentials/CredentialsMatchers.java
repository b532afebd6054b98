package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.CredentialsMatchers} of the credentials plugin: standard
 * matchers and filters.
 *
 * <p>NOTE: the query-language parser and the scope, username and property matchers are left out.
 */
public class CredentialsMatchers {
    private CredentialsMatchers() {
    }

    public static CredentialsMatcher always() {
        return item -> true;
    }

    @SuppressWarnings("rawtypes")
    public static CredentialsMatcher instanceOf(Class clazz) {
        return clazz::isInstance;
    }

    public static CredentialsMatcher withId(String id) {
        return item -> item instanceof IdCredentials && id.equals(((IdCredentials) item).getId());
    }

    public static CredentialsMatcher allOf(CredentialsMatcher... matchers) {
        List<CredentialsMatcher> all = List.copyOf(Arrays.asList(matchers));
        return item -> all.stream().allMatch(m -> m.matches(item));
    }

    public static CredentialsMatcher anyOf(CredentialsMatcher... matchers) {
        List<CredentialsMatcher> all = List.copyOf(Arrays.asList(matchers));
        return item -> all.stream().anyMatch(m -> m.matches(item));
    }

    /** Returns the matching credentials, keeping a set's iteration order when {@code credentials} is a set. */
    public static <C extends Credentials> Collection<C> filter(Collection<C> credentials, CredentialsMatcher matcher) {
        Collection<C> result = credentials instanceof Set ? new LinkedHashSet<>() : new ArrayList<>();
        addMatching(credentials, matcher, result);
        return result;
    }

    public static <C extends Credentials> Set<C> filter(Set<C> credentials, CredentialsMatcher matcher) {
        Set<C> result = new LinkedHashSet<>();
        addMatching(credentials, matcher, result);
        return result;
    }

    public static <C extends Credentials> List<C> filter(List<C> credentials, CredentialsMatcher matcher) {
        List<C> result = new ArrayList<>();
        addMatching(credentials, matcher, result);
        return result;
    }

    public static <C extends Credentials> Iterable<C> filter(Iterable<C> credentials, CredentialsMatcher matcher) {
        List<C> result = new ArrayList<>();
        addMatching(credentials, matcher, result);
        return result;
    }

    /** Returns the first matching credentials, or null. */
    public static <C extends Credentials> C firstOrNull(Iterable<C> credentials, CredentialsMatcher matcher) {
        for (C c : credentials) {
            if (matcher.matches(c)) {
                return c;
            }
        }
        return null;
    }

    private static <C extends Credentials> void addMatching(
            Iterable<C> credentials, CredentialsMatcher matcher, Collection<C> result) {
        for (C c : credentials) {
            if (c != null && matcher.matches(c)) {
                result.add(c);
            }
        }
    }
}
