package hudson.security;

/**
 * Stand-in for {@code hudson.security.AbstractPasswordBasedSecurityRealm} of Jenkins core 2.528.3: a security realm
 * that checks a user name and password.
 *
 * <p>NOTE: the real class also implements Spring Security's {@code UserDetailsService}; its authentication methods
 * are left out.
 */
public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm {
}
