package io.jenkins.plugins.pleskbackup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import hudson.model.Descriptor;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.StaplerRequest2;

/** The global list of Plesk servers: lookups, validation, and saving from the system configuration form. */
class PleskGlobalConfigurationTest {

    private PleskGlobalConfiguration configuration;

    @BeforeEach
    void setUp() {
        StandInJenkins.reset();
        configuration = StandInPlesk.registerPlugin();
    }

    @Test
    void singletonIsRegisteredInstance() {
        assertThat(PleskGlobalConfiguration.get()).isSameAs(configuration);
        assertThat(StandInJenkins.loadCount(configuration)).isEqualTo(1);
    }

    @Test
    void setServersSaves() {
        configuration.setServers(List.of(server("prod"), server("staging")));

        assertThat(configuration.getServers()).extracting(PleskServer::getName).containsExactly("prod", "staging");
        assertThat(StandInJenkins.saveCount(configuration)).isEqualTo(1);
    }

    @Test
    void duplicateNamesAreRejected() {
        configuration.setServers(List.of(server("prod")));

        Throwable failure = catchThrowable(() -> configuration.setServers(List.of(server("prod"), server("staging"),
                server("prod"))));

        assertThat(failure).isInstanceOf(IllegalArgumentException.class);
        assertThat(failure.getMessage())
                .isEqualTo("Two Plesk servers are named 'prod'. Give each server its own name.");
        assertThat(configuration.getServers()).extracting(PleskServer::getName).containsExactly("prod");
        assertThat(StandInJenkins.saveCount(configuration)).isEqualTo(1);
    }

    @Test
    void serversListIsReadOnlyCopy() {
        configuration.setServers(List.of(server("prod")));

        List<PleskServer> servers = configuration.getServers();
        Throwable failure = catchThrowable(() -> servers.add(server("staging")));

        assertThat(failure).isInstanceOf(UnsupportedOperationException.class);
        assertThat(configuration.getServers()).hasSize(1);
    }

    @Test
    void getServerByName() {
        PleskServer prod = server("prod");
        configuration.setServers(List.of(prod, server("staging")));

        assertThat(configuration.getServer("prod")).isSameAs(prod);
        assertThat(configuration.getServer(" prod ")).isSameAs(prod);
        assertThat(configuration.getServer("Prod")).isNull();
        assertThat(configuration.getServer("qa")).isNull();
        assertThat(configuration.getServer(null)).isNull();
    }

    @Test
    void formSubmissionReplacesServers() throws Exception {
        configuration.setServers(List.of(server("old")));

        boolean accepted = configuration.configure(request(), form("prod", "staging"));

        assertThat(accepted).isTrue();
        assertThat(configuration.getServers()).extracting(PleskServer::getName).containsExactly("prod", "staging");
    }

    @Test
    void emptiedFormRemovesAndSavesServers() throws Exception {
        configuration.setServers(List.of(server("prod")));
        int savesBefore = StandInJenkins.saveCount(configuration);

        configuration.configure(request(), new JSONObject());

        assertThat(configuration.getServers()).isEmpty();
        assertThat(StandInJenkins.saveCount(configuration)).isGreaterThan(savesBefore);
    }

    @Test
    void formWithDuplicateNamesKeepsServers() {
        configuration.setServers(List.of(server("prod")));

        Throwable failure = catchThrowable(() -> configuration.configure(request(), form("staging", "staging")));

        assertThat(failure).isInstanceOf(Descriptor.FormException.class);
        assertThat(((Descriptor.FormException) failure).getFormField()).isEqualTo("servers");
        assertThat(failure.getMessage()).isEqualTo("Two Plesk servers are named 'staging'. Give each server its own"
                + " name.");
        assertThat(configuration.getServers()).extracting(PleskServer::getName).containsExactly("prod");
    }

    private static PleskServer server(String name) {
        return new PleskServer(name, "https://" + name + ".invalid:8443", StandInPlesk.KEY_CREDENTIALS_ID);
    }

    /** Builds the form data of the system configuration page, with one entry per server name. */
    private static JSONObject form(String... names) {
        JSONArray servers = new JSONArray();
        for (String name : names) {
            JSONObject entry = new JSONObject();
            entry.put("name", name);
            entry.put("url", "https://" + name + ".invalid:8443");
            entry.put("credentialsId", StandInPlesk.KEY_CREDENTIALS_ID);
            servers.add(entry);
        }
        JSONObject form = new JSONObject();
        form.put("servers", servers);
        return form;
    }

    /**
     * Creates a request whose {@code bindJSON(bean, json)} binds the {@code servers} property as Stapler does. Stapler
     * calls a setter only when the form data contains its property.
     */
    private static StaplerRequest2 request() {
        return (StaplerRequest2) Proxy.newProxyInstance(StaplerRequest2.class.getClassLoader(),
                new Class<?>[] {StaplerRequest2.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("bindJSON") || arguments.length != 2
                            || !(arguments[1] instanceof JSONObject json)) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    if (json.has("servers")) {
                        List<PleskServer> servers = new ArrayList<>();
                        for (Object entry : json.getJSONArray("servers")) {
                            JSONObject fields = (JSONObject) entry;
                            servers.add(new PleskServer(fields.getString("name"), fields.getString("url"),
                                    fields.getString("credentialsId")));
                        }
                        ((PleskGlobalConfiguration) arguments[0]).setServers(servers);
                    }
                    return null;
                });
    }
}
