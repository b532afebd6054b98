package hudson.security;

import java.util.Collections;
import java.util.Iterator;
import org.jvnet.localizer.Localizable;

/**
 * Stand-in for {@code hudson.security.PermissionGroup} of Jenkins core 2.528.3: the permissions of one owner class.
 *
 * <p>NOTE: the real constructor registers the group in a global list and rejects duplicates. The stand-in does not
 * keep a global list.
 */
public final class PermissionGroup implements Iterable<Permission>, Comparable<PermissionGroup> {
    @SuppressWarnings("rawtypes")
    public final Class owner;
    public final Localizable title;

    @SuppressWarnings("rawtypes")
    public PermissionGroup(Class owner, Localizable title) {
        this.owner = owner;
        this.title = title;
    }

    /** Returns no permissions, because the stand-in does not record which permissions belong to a group. */
    @Override
    public Iterator<Permission> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public int compareTo(PermissionGroup that) {
        return owner.getName().compareTo(that.owner.getName());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermissionGroup && owner.getName().equals(((PermissionGroup) o).owner.getName());
    }

    @Override
    public int hashCode() {
        return owner.getName().hashCode();
    }

    @Override
    public String toString() {
        return "PermissionGroup[" + owner.getName() + "]";
    }
}
