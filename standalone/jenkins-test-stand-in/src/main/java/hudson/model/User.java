package hudson.model;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import org.springframework.security.core.Authentication;

/**
 * Stand-in for {@code hudson.model.User} of Jenkins core 2.528.3: a user known to Jenkins.
 *
 * <p>NOTE: the real class extends {@code AbstractModelObject} and also implements {@code DescriptorByNameOwner},
 * {@code ModelObjectWithContextMenu} and {@code StaplerProxy}; the stand-in implements {@link ModelObject}, which
 * they lead to. Properties, lookups by name and the public constructor are left out.
 */
public class User implements ModelObject, AccessControlled, Saveable, Comparable<User> {
    private User() {
    }

    /** Returns the user with this id, creating it when {@code create} is true, or null. */
    public static User getById(String id, boolean create) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public String getId() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Returns an authentication of this user as the security realm knows it, for running code as the user. */
    public Authentication impersonate2() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public int compareTo(User that) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
