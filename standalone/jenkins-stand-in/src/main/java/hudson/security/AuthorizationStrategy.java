package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import java.util.Collection;

/**
 * Stand-in for {@code hudson.security.AuthorizationStrategy} of Jenkins core 2.528.3: which user has which permission.
 * Present as the parameter type of {@code Jenkins.setAuthorizationStrategy}, which the JenkinsRule tests call.
 *
 * <p>NOTE: the real class also has overridable {@code getACL} methods for items, views, nodes and clouds, and the
 * {@code UNSECURED} constant. They are left out.
 */
@SuppressWarnings("deprecation")
public abstract class AuthorizationStrategy extends AbstractDescribableImpl<AuthorizationStrategy>
        implements ExtensionPoint {
    /** Returns the access control list of Jenkins itself. */
    public abstract ACL getRootACL();

    /** Returns the group names this strategy grants permissions to. */
    public abstract Collection<String> getGroups();
}
