package com.cloudbees.plugins.credentials.domains;

import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.domains.URIRequirementBuilder} of the credentials plugin.
 *
 * <p>NOTE: the real builder turns the URI into scheme, host, port and path requirements. The stand-in does not match
 * domain requirements, so {@link #build()} returns an empty list.
 */
public class URIRequirementBuilder {
    private URIRequirementBuilder() {
    }

    public static URIRequirementBuilder fromUri(String uri) {
        return new URIRequirementBuilder();
    }

    public List<DomainRequirement> build() {
        return new ArrayList<>();
    }
}
