package io.jenkins.plugins.casc;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.ConfigurationContext} of the configuration-as-code plugin: the
 * settings and listeners of one import or export.
 *
 * <p>NOTE: all members but the constructor are left out.
 */
public class ConfigurationContext implements ConfiguratorRegistry {
    public ConfigurationContext(ConfiguratorRegistry registry) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
