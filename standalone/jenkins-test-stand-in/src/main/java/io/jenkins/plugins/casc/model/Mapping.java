package io.jenkins.plugins.casc.model;

import java.util.HashMap;

/** Stand-in for {@code io.jenkins.plugins.casc.model.Mapping} of the configuration-as-code plugin: a YAML mapping. */
public final class Mapping extends HashMap<String, CNode> implements CNode {
    private static final long serialVersionUID = 1L;

    public Mapping() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public Mapping asMapping() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
