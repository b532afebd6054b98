package jenkins.model;

import hudson.ProxyConfiguration;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.SecurityRealm;
import io.jenkins.plugins.pleskbackup.standin.StandInHooks;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stand-in for {@code jenkins.model.Jenkins} of Jenkins core 2.528.3: the root of the model.
 *
 * <p>There is one stand-in instance. Its items, descriptors, permission grants and root URL come from
 * {@code io.jenkins.plugins.pleskbackup.standin.StandInJenkins}.
 *
 * <p>NOTE: the real class extends {@code AbstractCIBase} and implements {@code ItemGroup<TopLevelItem>} through
 * {@code DirectlyModifiableTopLevelItemGroup}, plus many Stapler interfaces. The stand-in implements
 * {@code ItemGroup<Item>} directly, which erases to the same method descriptors. {@link #ADMINISTER} is a permission
 * of this class here, while the real one belongs to {@code hudson.model.Hudson}, so its id differs. The real
 * constructor also declares {@code org.jvnet.hudson.reactor.ReactorException}, which is not on Maven Central.
 */
public class Jenkins implements ItemGroup<Item>, AccessControlled {
    public static final PermissionGroup PERMISSIONS = new PermissionGroup(Jenkins.class, null);

    /** The permission that implies every other permission. */
    @SuppressWarnings("deprecation")
    public static final Permission ADMINISTER = new Permission(PERMISSIONS, "Administer", null, null);

    @SuppressWarnings("deprecation")
    public static final Permission READ = new Permission(PERMISSIONS, "Read", null, ADMINISTER);

    /** The identity of a thread that runs without a user. */
    public static final Authentication ANONYMOUS2 = new AnonymousAuthenticationToken(
            "anonymous", "anonymous", Set.of(new SimpleGrantedAuthority("anonymous")));

    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException {
    }

    /** Returns the stand-in instance. */
    public static Jenkins get() throws IllegalStateException {
        return StandInHooks.jenkins();
    }

    public static Jenkins getInstanceOrNull() {
        return StandInHooks.jenkins();
    }

    /** Returns the identity of the current thread, or {@link #ANONYMOUS2} when the thread has none. */
    public static Authentication getAuthentication2() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? ANONYMOUS2 : authentication;
    }

    /** Returns the registered descriptor of exactly the class {@code type}, or null. */
    @SuppressWarnings("rawtypes")
    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        for (Descriptor descriptor : StandInHooks.extensions(Descriptor.class)) {
            if (descriptor.getClass() == type) {
                return type.cast(descriptor);
            }
        }
        return null;
    }

    /** Returns the registered descriptor that describes {@code type}. Fails with {@link AssertionError} as Jenkins does. */
    @SuppressWarnings("rawtypes")
    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        for (Descriptor descriptor : StandInHooks.extensions(Descriptor.class)) {
            if (descriptor.clazz == type) {
                return descriptor;
            }
        }
        throw new AssertionError(type + " is missing its descriptor; register it with StandInJenkins.registerExtension");
    }

    /** Returns the item with this full name, or null when it does not exist or the current user may not read it. */
    public Item getItemByFullName(String fullName) {
        return getItemByFullName(fullName, Item.class);
    }

    public <T extends Item> T getItemByFullName(String fullName, Class<T> type) throws AccessDeniedException {
        Item item = StandInHooks.item(fullName);
        if (!type.isInstance(item) || !item.hasPermission(Item.READ)) {
            return null;
        }
        return type.cast(item);
    }

    /** Returns the fixed root URL of the stand-in, under the reserved {@code .invalid} domain. */
    public String getRootUrl() {
        return StandInHooks.rootUrl();
    }

    /** Returns null: the stand-in has no proxy configuration. */
    public ProxyConfiguration getProxy() {
        return null;
    }

    /** Replaces the security realm; the stand-in has no security realm, and the tests keep their own grants. */
    public void setSecurityRealm(SecurityRealm securityRealm) {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    /** Replaces the authorization strategy; the stand-in takes its grants from {@code StandInJenkins}. */
    public void setAuthorizationStrategy(AuthorizationStrategy a) {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public ACL getACL() {
        return StandInHooks.globalAcl();
    }

    @Override
    public String getDisplayName() {
        return "Jenkins";
    }

    @Override
    public String getFullName() {
        return "";
    }

    @Override
    public String getFullDisplayName() {
        return "";
    }

    @Override
    public Collection<Item> getItems() {
        return StandInHooks.items();
    }

    @Override
    public String getUrl() {
        return "";
    }

    @Override
    public String getUrlChildPrefix() {
        return "job";
    }

    @Override
    public Item getItem(String name) throws AccessDeniedException {
        return getItemByFullName(name);
    }

    @Override
    public File getRootDirFor(Item child) {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public void onDeleted(Item item) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }
}
