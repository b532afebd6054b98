package io.jenkins.plugins.casc.model;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.model.CNode} of the configuration-as-code plugin: a node of a
 * configuration tree, that is a mapping, a sequence or a scalar.
 *
 * <p>NOTE: the type, source and conversion methods other than {@link #asMapping()} are left out.
 */
public interface CNode {
    Mapping asMapping();
}
