package hudson.security;

import org.jvnet.localizer.Localizable;

/**
 * Stand-in for {@code hudson.security.Permission} of Jenkins core 2.528.3: an activity that needs a privilege.
 *
 * <p>A permission is implied by its {@link #impliedBy} chain, so granting {@code Jenkins.ADMINISTER} grants all.
 *
 * <p>NOTE: only the deprecated four-argument constructor is present because the others take
 * {@code PermissionScope}, which the stand-in leaves out. Permission scopes and the enabled flag are not modelled.
 */
public final class Permission {
    @SuppressWarnings("rawtypes")
    public final Class owner;
    public final PermissionGroup group;
    public final String name;
    public final Localizable description;
    public final Permission impliedBy;

    @Deprecated
    public Permission(PermissionGroup group, String name, Localizable description, Permission impliedBy) {
        this.owner = group.owner;
        this.group = group;
        this.name = name;
        this.description = description;
        this.impliedBy = impliedBy;
    }

    /** Returns the persistent identifier, the owner class name and the permission name, such as "hudson.model.Item.Read". */
    public String getId() {
        return owner.getName() + '.' + name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permission && getId().equals(((Permission) o).getId());
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return "Permission[" + owner + ',' + name + ']';
    }
}
