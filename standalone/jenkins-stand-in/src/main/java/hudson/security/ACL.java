package hudson.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Stand-in for {@code hudson.security.ACL} of Jenkins core 2.528.3: decides which identity has which permission.
 *
 * <p>The convenience checks use the identity of the current thread ({@link Jenkins#getAuthentication2()}), and
 * {@link #SYSTEM2} passes every check, as in real Jenkins.
 *
 * <p>NOTE: the real checks throw {@code hudson.security.AccessDeniedException3}, a subclass of Spring's
 * {@link AccessDeniedException}. The stand-in throws Spring's class with a message that names the user and the
 * permission id.
 */
public abstract class ACL {
    /** The identity of Jenkins itself, which has every permission. */
    public static final Authentication SYSTEM2 = new UsernamePasswordAuthenticationToken("SYSTEM", "SYSTEM");

    /** Decides whether {@code a} has {@code permission}. Subclasses must override this method. */
    public boolean hasPermission2(Authentication a, Permission permission) {
        throw new AbstractMethodError(getClass().getName() + " must override hasPermission2(Authentication, Permission)");
    }

    public final void checkPermission(Permission p) {
        Authentication a = Jenkins.getAuthentication2();
        if (a.equals(SYSTEM2) || hasPermission2(a, p)) {
            return;
        }
        throw new AccessDeniedException(a.getName() + " is missing the " + p.getId() + " permission");
    }

    public final boolean hasPermission(Permission p) {
        Authentication a = Jenkins.getAuthentication2();
        return a.equals(SYSTEM2) || hasPermission2(a, p);
    }

    public final void checkAnyPermission(Permission... permissions) {
        if (!hasAnyPermission(permissions)) {
            String ids = Arrays.stream(permissions).map(Permission::getId).collect(Collectors.joining(", "));
            throw new AccessDeniedException(
                    Jenkins.getAuthentication2().getName() + " is missing all of these permissions: " + ids);
        }
    }

    public final boolean hasAnyPermission(Permission... permissions) {
        for (Permission permission : permissions) {
            if (hasPermission(permission)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the current thread as {@code auth} until the returned context is closed, which restores the previous
     * identity. Use it in a try-with-resources statement.
     */
    public static ACLContext as2(Authentication auth) {
        ACLContext previous = new ACLContext(SecurityContextHolder.getContext());
        SecurityContext context = new SecurityContextImpl(auth);
        SecurityContextHolder.setContext(context);
        return previous;
    }
}
