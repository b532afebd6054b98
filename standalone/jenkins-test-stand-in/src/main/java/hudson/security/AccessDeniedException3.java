package hudson.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Stand-in for {@code hudson.security.AccessDeniedException3} of Jenkins core 2.528.3: what a failed permission
 * check throws, naming the user and the missing permission.
 *
 * <p>NOTE: the HTTP response helpers are left out.
 */
public class AccessDeniedException3 extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    /** The user the check failed for. */
    public final Authentication authentication;

    /** The permission the user lacks. */
    public final Permission permission;

    public AccessDeniedException3(Authentication authentication, Permission permission) {
        this(null, authentication, permission);
    }

    public AccessDeniedException3(Throwable t, Authentication authentication, Permission permission) {
        super(null, t);
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
