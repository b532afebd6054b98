package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

/**
 * Stand-in for {@code hudson.model.Item} of Jenkins core 2.528.3.
 *
 * <p>NOTE: the real interface extends {@code hudson.search.SearchableModelObject}. The stand-in extends
 * {@link ModelObject}, its superinterface, and leaves out the search methods. The permission constants keep their
 * real names but a simplified implication chain: every one is implied by {@link Jenkins#ADMINISTER}, and
 * {@link #EXTENDED_READ} is also implied by {@link #CONFIGURE}.
 */
public interface Item extends PersistenceRoot, ModelObject, AccessControlled, OnMaster {
    ItemGroup<? extends Item> getParent();

    @SuppressWarnings("rawtypes")
    Collection<? extends Job> getAllJobs();

    String getName();

    String getFullName();

    @Override
    String getDisplayName();

    String getFullDisplayName();

    String getUrl();

    String getShortUrl();

    void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException;

    void onCopiedFrom(Item src);

    @Override
    void save() throws IOException;

    void delete() throws IOException, InterruptedException;

    PermissionGroup PERMISSIONS = new PermissionGroup(Item.class, null);

    @SuppressWarnings("deprecation")
    Permission CONFIGURE = new Permission(PERMISSIONS, "Configure", null, Jenkins.ADMINISTER);

    @SuppressWarnings("deprecation")
    Permission READ = new Permission(PERMISSIONS, "Read", null, Jenkins.ADMINISTER);

    @SuppressWarnings("deprecation")
    Permission EXTENDED_READ = new Permission(PERMISSIONS, "ExtendedRead", null, CONFIGURE);

    @SuppressWarnings("deprecation")
    Permission BUILD = new Permission(PERMISSIONS, "Build", null, Jenkins.ADMINISTER);
}
