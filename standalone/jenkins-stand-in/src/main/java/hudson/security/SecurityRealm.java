package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/**
 * Stand-in for {@code hudson.security.SecurityRealm} of Jenkins core 2.528.3: how Jenkins authenticates users.
 * Present as the parameter type of {@code Jenkins.setSecurityRealm}, which the JenkinsRule tests call.
 *
 * <p>NOTE: the real abstract method {@code createSecurityComponents()}, whose return type nests Spring Security
 * types, and all other members are left out.
 */
@SuppressWarnings("deprecation")
public abstract class SecurityRealm extends AbstractDescribableImpl<SecurityRealm> implements ExtensionPoint {
}
