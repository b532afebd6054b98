package hudson.model;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import io.jenkins.plugins.pleskbackup.standin.StandInHooks;
import java.io.File;
import java.io.IOException;
import jenkins.model.Loadable;

/**
 * Stand-in for {@code hudson.model.AbstractItem} of Jenkins core 2.528.3.
 *
 * <p>Permission checks use the grants made through {@code StandInJenkins.newItem} and
 * {@code StandInJenkins.grantGlobal}.
 *
 * <p>NOTE: the real class also implements {@code HttpDeletable}, {@code DescriptorByNameOwner} and
 * {@code StaplerProxy}. Those Stapler-facing interfaces are left out.
 */
public abstract class AbstractItem extends Actionable implements Loadable, Item, AccessControlled {
    @SuppressWarnings("rawtypes")
    private final ItemGroup parent;
    private final String name;

    @SuppressWarnings("rawtypes")
    protected AbstractItem(ItemGroup parent, String name) {
        this.parent = parent;
        this.name = name;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public ItemGroup getParent() {
        return parent;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayName() {
        return getName();
    }

    @Override
    public String getFullName() {
        String parentName = parent.getFullName();
        return parentName.isEmpty() ? getName() : parentName + '/' + getName();
    }

    /** Returns the display names from the root down, joined by " » " as in real Jenkins. */
    @Override
    public String getFullDisplayName() {
        String parentName = parent.getFullDisplayName();
        return parentName.isEmpty() ? getDisplayName() : parentName + " » " + getDisplayName();
    }

    @Override
    public String getUrl() {
        return "job/" + getName() + '/';
    }

    @Override
    public String getShortUrl() {
        return "job/" + getName() + '/';
    }

    @Override
    public ACL getACL() {
        return StandInHooks.itemAcl(this);
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public void onCopiedFrom(Item src) {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public void delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }
}
