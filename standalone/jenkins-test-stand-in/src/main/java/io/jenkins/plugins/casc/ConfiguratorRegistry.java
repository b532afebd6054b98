package io.jenkins.plugins.casc;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.ConfiguratorRegistry} of the configuration-as-code plugin: finds the
 * configurator for a type.
 *
 * <p>NOTE: the lookup methods are left out; the stand-in has only the static accessor.
 */
public interface ConfiguratorRegistry {
    /** Returns the registry of the running Jenkins. */
    static ConfiguratorRegistry get() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
