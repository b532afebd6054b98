package io.jenkins.plugins.pleskbackup.standin;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.Permission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * State of the Jenkins API stand-in and the hooks through which the stand-in Jenkins types read it.
 *
 * <p>Only the stand-in types call these methods. Tests change the state through {@link StandInJenkins}. Every
 * method is thread-safe, because steps under test run on pool threads.
 */
public final class StandInHooks {
    /** Root URL that {@code Jenkins.getRootUrl()} returns. The reserved {@code .invalid} domain never resolves. */
    static final String ROOT_URL = "http://jenkins.invalid/";

    private static final Object LOCK = new Object();

    private static Jenkins jenkins;
    private static final Set<Permission> globalGrants = new HashSet<>();
    private static final Map<String, StandInJob> items = new LinkedHashMap<>();
    private static final List<Credentials> globalStore = new ArrayList<>();
    private static final Map<String, List<Credentials>> itemStores = new LinkedHashMap<>();
    private static final Map<String, List<String>> trackedIds = new LinkedHashMap<>();
    private static final List<Object> extensions = new ArrayList<>();
    private static final Map<Object, Integer> saveCounts = new IdentityHashMap<>();
    private static final Map<Object, Integer> loadCounts = new IdentityHashMap<>();

    private StandInHooks() {
    }

    /** Returns the single stand-in {@link Jenkins}, creating it on first use. */
    public static Jenkins jenkins() {
        synchronized (LOCK) {
            if (jenkins == null) {
                jenkins = StandInRoot.create();
            }
            return jenkins;
        }
    }

    public static String rootUrl() {
        return ROOT_URL;
    }

    /** Returns the registered extensions that are instances of {@code type}, in registration order. */
    public static <T> List<T> extensions(Class<T> type) {
        List<T> matching = new ArrayList<>();
        synchronized (LOCK) {
            for (Object extension : extensions) {
                if (type.isInstance(extension)) {
                    matching.add(type.cast(extension));
                }
            }
        }
        return matching;
    }

    public static void recordSave(Object saved) {
        synchronized (LOCK) {
            saveCounts.merge(saved, 1, Integer::sum);
        }
    }

    public static void recordLoad(Object loaded) {
        synchronized (LOCK) {
            loadCounts.merge(loaded, 1, Integer::sum);
        }
    }

    /** Returns the access control list of {@link Jenkins}, which honours the global grants. */
    public static ACL globalAcl() {
        return new StandInAcl(Set.of());
    }

    /** Returns the access control list of {@code item}: its own grants plus the global grants. */
    public static ACL itemAcl(Item item) {
        if (item instanceof StandInJob job) {
            return new StandInAcl(job.grants());
        }
        return globalAcl();
    }

    /** Returns the item with this full name, or null. */
    public static Item item(String fullName) {
        synchronized (LOCK) {
            return items.get(fullName);
        }
    }

    public static Collection<Item> items() {
        synchronized (LOCK) {
            return List.copyOf(items.values());
        }
    }

    /** Returns the identity a task runs as: {@link ACL#SYSTEM2}, the real default without an authenticator. */
    public static Authentication taskAuthentication(Queue.Task task) {
        return ACL.SYSTEM2;
    }

    /** Returns the identity whose credentials a job's builds use: {@link ACL#SYSTEM2}, the real default. */
    @SuppressWarnings("rawtypes")
    public static Authentication jobAuthentication(Job job) {
        return ACL.SYSTEM2;
    }

    /** Returns the global store's credentials of {@code type}, visible only to {@link ACL#SYSTEM2}. */
    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> List<C> credentialsInItemGroup(
            Class<C> type, ItemGroup itemGroup, Authentication authentication) {
        Authentication identity = authentication == null ? ACL.SYSTEM2 : authentication;
        List<C> result = new ArrayList<>();
        if (!identity.equals(ACL.SYSTEM2)) {
            return result;
        }
        synchronized (LOCK) {
            addOfType(type, globalStore, false, result);
        }
        return result;
    }

    /**
     * Returns the item store's credentials of {@code type}, then the global store's that are not of scope
     * {@link CredentialsScope#SYSTEM}. The list is empty unless the identity is {@link ACL#SYSTEM2} or may use the
     * item's credentials.
     */
    public static <C extends Credentials> List<C> credentialsInItem(
            Class<C> type, Item item, Authentication authentication) {
        Authentication identity = authentication == null ? ACL.SYSTEM2 : authentication;
        ACL acl = itemAcl(item);
        boolean allowed = identity.equals(ACL.SYSTEM2)
                || acl.hasPermission2(identity, CredentialsProvider.USE_ITEM)
                || acl.hasPermission2(identity, CredentialsProvider.USE_OWN);
        List<C> result = new ArrayList<>();
        if (!allowed) {
            return result;
        }
        synchronized (LOCK) {
            addOfType(type, itemStores.getOrDefault(item.getFullName(), List.of()), false, result);
            addOfType(type, globalStore, true, result);
        }
        return result;
    }

    /** Records that {@code run} used {@code credentials}, by id for {@link IdCredentials}, else by class name. */
    @SuppressWarnings("rawtypes")
    public static void recordTracked(Run run, Credentials credentials) {
        String id = credentials instanceof IdCredentials c ? c.getId() : credentials.getClass().getName();
        synchronized (LOCK) {
            trackedIds.computeIfAbsent(run.getExternalizableId(), key -> new ArrayList<>()).add(id);
        }
    }

    /**
     * Returns the name a credentials list shows for {@code c}, following the credentials plugin's name providers:
     * "user/******" for username and password, the description or id for secret text, else the id.
     */
    public static String credentialsName(Credentials c) {
        if (c instanceof StandardUsernamePasswordCredentials u) {
            return u.getUsername() + "/******" + describedSuffix(u.getDescription());
        }
        if (c instanceof StandardUsernameCredentials u) {
            return u.getUsername() + describedSuffix(u.getDescription());
        }
        if (c instanceof StringCredentials s) {
            String description = s.getDescription() == null ? "" : s.getDescription().trim();
            if (!description.isEmpty()) {
                return description;
            }
            return isUuid(s.getId()) ? "Secret text" : s.getId();
        }
        if (c instanceof StandardCredentials s) {
            return s.getId() + describedSuffix(s.getDescription());
        }
        if (c instanceof IdCredentials i) {
            return i.getId();
        }
        return c.getClass().getSimpleName();
    }

    static void reset() {
        synchronized (LOCK) {
            globalGrants.clear();
            items.clear();
            globalStore.clear();
            itemStores.clear();
            trackedIds.clear();
            extensions.clear();
            saveCounts.clear();
            loadCounts.clear();
        }
    }

    static void grantGlobal(Permission... permissions) {
        synchronized (LOCK) {
            globalGrants.addAll(List.of(permissions));
        }
    }

    /** Returns whether {@code permission} or a permission that implies it is in {@code itemGrants} or the global grants. */
    static boolean isGranted(Set<Permission> itemGrants, Permission permission) {
        synchronized (LOCK) {
            for (Permission p = permission; p != null; p = p.impliedBy) {
                if (globalGrants.contains(p) || itemGrants.contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    static StandInJob job(String fullName) {
        synchronized (LOCK) {
            return items.computeIfAbsent(fullName, name -> new StandInJob(jenkins(), name));
        }
    }

    static void addCredentials(Item item, Credentials credentials) {
        synchronized (LOCK) {
            if (item == null) {
                globalStore.add(credentials);
            } else {
                itemStores.computeIfAbsent(item.getFullName(), key -> new ArrayList<>()).add(credentials);
            }
        }
    }

    static List<String> trackedIds(Run<?, ?> run) {
        synchronized (LOCK) {
            return List.copyOf(trackedIds.getOrDefault(run.getExternalizableId(), List.of()));
        }
    }

    static void registerExtension(Object extension) {
        synchronized (LOCK) {
            extensions.add(extension);
        }
    }

    static int saveCount(Object saved) {
        synchronized (LOCK) {
            return saveCounts.getOrDefault(saved, 0);
        }
    }

    static int loadCount(Object loaded) {
        synchronized (LOCK) {
            return loadCounts.getOrDefault(loaded, 0);
        }
    }

    /** Adds the credentials of {@code type} from {@code store} to {@code result}, skipping ids already present. */
    private static <C extends Credentials> void addOfType(
            Class<C> type, List<Credentials> store, boolean itemContext, List<C> result) {
        for (Credentials credentials : store) {
            if (!type.isInstance(credentials)) {
                continue;
            }
            if (itemContext && credentials.getScope() == CredentialsScope.SYSTEM) {
                continue;
            }
            if (credentials instanceof IdCredentials withId && containsId(result, withId.getId())) {
                continue;
            }
            result.add(type.cast(credentials));
        }
    }

    private static boolean containsId(List<? extends Credentials> credentials, String id) {
        for (Credentials c : credentials) {
            if (c instanceof IdCredentials withId && withId.getId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String describedSuffix(String description) {
        String trimmed = description == null ? "" : description.trim();
        return trimmed.isEmpty() ? "" : " (" + trimmed + ")";
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
