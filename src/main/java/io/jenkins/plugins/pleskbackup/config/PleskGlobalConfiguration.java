package io.jenkins.plugins.pleskbackup.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Descriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The "Plesk" section of Manage Jenkins › System: the list of Plesk servers that steps and builders refer to by name.
 * Configuration as Code reaches it as {@code unclassified: plesk: servers: [...]}.
 */
@Extension
@Symbol("plesk")
public final class PleskGlobalConfiguration extends GlobalConfiguration {

    private List<PleskServer> servers = new ArrayList<>();

    public PleskGlobalConfiguration() {
        load();
    }

    /** The singleton instance. */
    @NonNull
    public static PleskGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(PleskGlobalConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.PleskGlobalConfiguration_DisplayName();
    }

    @NonNull
    public List<PleskServer> getServers() {
        return servers == null ? List.of() : List.copyOf(servers);
    }

    /**
     * Replaces the list of servers and saves the configuration.
     *
     * @throws IllegalArgumentException when two servers share a name
     */
    @DataBoundSetter
    public void setServers(List<PleskServer> servers) {
        List<PleskServer> copy = servers == null ? new ArrayList<>() : new ArrayList<>(servers);
        String duplicate = firstDuplicateName(copy);
        if (duplicate != null) {
            throw new IllegalArgumentException(Messages.PleskGlobalConfiguration_DuplicateName(duplicate));
        }
        this.servers = copy;
        save();
    }

    /** The server with this name, or {@code null}. */
    @CheckForNull
    public PleskServer getServer(String name) {
        if (name == null) {
            return null;
        }
        for (PleskServer server : getServers()) {
            if (name.strip().equals(server.getName())) {
                return server;
            }
        }
        return null;
    }

    /**
     * Applies the system configuration form. A rejected form leaves the servers as they were, and builds never see
     * an empty list in between.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws Descriptor.FormException {
        try {
            if (!json.has("servers")) {
                // An emptied list is missing from the form data, so binding alone would neither clear nor save it.
                setServers(List.of());
            }
            req.bindJSON(this, json);
        } catch (IllegalArgumentException e) {
            throw new Descriptor.FormException(e.getMessage(), e, "servers");
        }
        return true;
    }

    private static String firstDuplicateName(List<PleskServer> servers) {
        Set<String> names = new HashSet<>();
        for (PleskServer server : servers) {
            if (server.getName() != null && !names.add(server.getName())) {
                return server.getName();
            }
        }
        return null;
    }
}
