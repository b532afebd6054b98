package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    @BeforeEach
    void resetStandIn() {
        StandInJenkins.reset();
    }

    @Test
    void findByIdPrefersItemStore() {
        Item item = StandInJenkins.newItem("job");
        StandInJenkins.addCredentials(StandInJenkins.secretText("key", "global-secret"));
        StandInJenkins.addCredentials(item, StandInJenkins.secretText("key", "item-secret"));
        Run<?, ?> run = StandInJenkins.newRun("job", 1);

        StringCredentials found = CredentialsProvider.findCredentialById("key", StringCredentials.class, run, List.of());

        assertThat(found).isNotNull();
        assertThat(found.getSecret().getPlainText()).isEqualTo("item-secret");
    }

    @Test
    void findByIdFallsBackToGlobalStore() {
        StandInJenkins.addCredentials(StandInJenkins.secretText("key", "global-secret"));
        Run<?, ?> run = StandInJenkins.newRun("job", 1);

        StringCredentials found = CredentialsProvider.findCredentialById("key", StringCredentials.class, run);

        assertThat(found.getSecret().getPlainText()).isEqualTo("global-secret");
    }

    @Test
    void findByIdMissingOrWrongType() {
        StandInJenkins.addCredentials(StandInJenkins.usernamePassword("login", "admin", "pw"));
        Run<?, ?> run = StandInJenkins.newRun("job", 1);

        assertThat(CredentialsProvider.findCredentialById("login", StringCredentials.class, run, List.of())).isNull();
        assertThat(CredentialsProvider.findCredentialById("absent", StringCredentials.class, run, List.of())).isNull();
        assertThat(CredentialsProvider.findCredentialById(
                "login", StandardUsernamePasswordCredentials.class, run, List.of()).getUsername()).isEqualTo("admin");
    }

    @Test
    void otherItemStoresAreInvisible() {
        Item other = StandInJenkins.newItem("other");
        StandInJenkins.addCredentials(other, StandInJenkins.secretText("key", "other-secret"));
        Run<?, ?> run = StandInJenkins.newRun("job", 1);

        assertThat(CredentialsProvider.findCredentialById("key", StringCredentials.class, run, List.of())).isNull();
    }

    @Test
    void trackRecordsIdsPerRun() {
        StringCredentials key = StandInJenkins.secretText("key", "secret");
        Run<?, ?> run = StandInJenkins.newRun("job", 1);
        Run<?, ?> otherRun = StandInJenkins.newRun("job", 2);

        assertThat(CredentialsProvider.track(run, key)).isSameAs(key);
        assertThat(CredentialsProvider.track(run, (StringCredentials) null)).isNull();

        assertThat(StandInJenkins.trackedCredentialIds(run)).containsExactly("key");
        assertThat(StandInJenkins.trackedCredentialIds(otherRun)).isEmpty();
    }

    @Test
    void itemLookupNeedsUseItemUnlessSystem() {
        Item item = StandInJenkins.newItem("job");
        StandInJenkins.addCredentials(item, StandInJenkins.secretText("key", "secret"));

        assertThat(CredentialsProvider.lookupCredentialsInItem(
                StringCredentials.class, item, Jenkins.ANONYMOUS2, List.of())).isEmpty();
        assertThat(CredentialsProvider.lookupCredentialsInItem(
                StringCredentials.class, item, ACL.SYSTEM2, List.of())).hasSize(1);

        StandInJenkins.newItem("job", CredentialsProvider.USE_ITEM);
        assertThat(CredentialsProvider.lookupCredentialsInItem(
                StringCredentials.class, item, Jenkins.ANONYMOUS2, List.of())).hasSize(1);
    }

    @Test
    void jenkinsLookupIsSystemOnly() {
        StandInJenkins.addCredentials(StandInJenkins.secretText("key", "secret"));

        assertThat(CredentialsProvider.lookupCredentialsInItemGroup(
                StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of())).hasSize(1);
        assertThat(CredentialsProvider.lookupCredentialsInItemGroup(
                StringCredentials.class, Jenkins.get(), Jenkins.ANONYMOUS2, List.of())).isEmpty();
        assertThat(CredentialsProvider.lookupCredentialsInItem(
                StringCredentials.class, null, ACL.SYSTEM2, List.of())).hasSize(1);
    }

    @Test
    void listBoxModelListsMatchingCredentials() {
        Item item = StandInJenkins.newItem("job");
        StandInJenkins.addCredentials(StandInJenkins.secretText("token", "secret"));
        StandInJenkins.addCredentials(item, StandInJenkins.usernamePassword("login", "admin", "pw"));

        ListBoxModel model = new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, item, StandardCredentials.class,
                        URIRequirementBuilder.fromUri("https://127.0.0.1:8443").build(), CredentialsMatchers.always())
                .includeCurrentValue("gone");

        assertThat(model).extracting(o -> o.value).containsExactly("", "gone", "login", "token");
        assertThat(model).extracting(o -> o.name).containsExactly("- none -", "- current -", "admin/******", "token");
    }

    @Test
    void listBoxModelAnonymousCurrentOnly() {
        Item item = StandInJenkins.newItem("job");
        StandInJenkins.addCredentials(StandInJenkins.secretText("token", "secret"));

        ListBoxModel model = new StandardListBoxModel()
                .includeAs(Jenkins.ANONYMOUS2, item, StringCredentials.class)
                .includeCurrentValue("token");

        assertThat(model).extracting(o -> o.name).containsExactly("- current -");
    }

    @Test
    void matchersFilterByIdAndType() {
        StringCredentials token = StandInJenkins.secretText("token", "secret");
        StandardUsernamePasswordCredentials login = StandInJenkins.usernamePassword("login", "admin", "pw");
        List<StandardCredentials> all = List.of(token, login);

        assertThat(CredentialsMatchers.filter(all, CredentialsMatchers.instanceOf(StringCredentials.class)))
                .containsExactly(token);
        assertThat(CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId("login"))).isSameAs(login);
        assertThat(CredentialsMatchers.firstOrNull(all, CredentialsMatchers.allOf(
                CredentialsMatchers.withId("login"), CredentialsMatchers.instanceOf(StringCredentials.class)))).isNull();
        assertThat(CredentialsMatchers.filter(all, CredentialsMatchers.anyOf(
                CredentialsMatchers.withId("login"), CredentialsMatchers.withId("token")))).hasSize(2);
    }

    @Test
    void toStringNeverShowsSecrets() {
        StringCredentials token = StandInJenkins.secretText("token", "s3cr3t-value");
        StandardUsernamePasswordCredentials login = StandInJenkins.usernamePassword("login", "admin", "pa55-value");

        assertThat(token.toString()).contains("token").doesNotContain("s3cr3t-value");
        assertThat(token.getSecret().toString()).doesNotContain("s3cr3t-value");
        assertThat(login.toString()).contains("admin").doesNotContain("pa55-value");
        assertThat(login.getPassword().toString()).doesNotContain("pa55-value");
        assertThat(login.getPassword().getPlainText()).isEqualTo("pa55-value");
    }

    @Test
    void credentialsHaveDescriptors() {
        assertThat(StandInJenkins.secretText("a", "b").getDescriptor().getDisplayName()).isEqualTo("Secret text");
        assertThat(StandInJenkins.usernamePassword("a", "b", "c").getDescriptor().getDisplayName())
                .isEqualTo("Username with password");
    }
}
