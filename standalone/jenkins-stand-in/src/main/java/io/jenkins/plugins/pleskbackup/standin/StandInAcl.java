package io.jenkins.plugins.pleskbackup.standin;

import hudson.security.ACL;
import hudson.security.Permission;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Access control list of the stand-in: {@link ACL#SYSTEM2} holds every permission, and every other identity holds
 * the global grants plus the grants of the item this list guards.
 */
final class StandInAcl extends ACL {
    private final Set<Permission> itemGrants;

    StandInAcl(Set<Permission> itemGrants) {
        this.itemGrants = itemGrants;
    }

    @Override
    public boolean hasPermission2(Authentication a, Permission permission) {
        return a.equals(SYSTEM2) || StandInHooks.isGranted(itemGrants, permission);
    }
}
