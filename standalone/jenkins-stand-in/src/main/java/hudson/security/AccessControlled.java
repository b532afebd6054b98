package hudson.security;

import org.springframework.security.access.AccessDeniedException;

/** Stand-in for {@code hudson.security.AccessControlled} of Jenkins core 2.528.3: an object guarded by an {@link ACL}. */
public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) throws AccessDeniedException {
        getACL().checkPermission(permission);
    }

    default void checkAnyPermission(Permission... permission) throws AccessDeniedException {
        getACL().checkAnyPermission(permission);
    }

    default boolean hasPermission(Permission permission) {
        return getACL().hasPermission(permission);
    }

    default boolean hasAnyPermission(Permission... permission) {
        return getACL().hasAnyPermission(permission);
    }
}
