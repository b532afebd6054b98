package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.security.ACLContext;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class PermissionTest {
    @BeforeEach
    void resetStandIn() {
        StandInJenkins.reset();
    }

    @Test
    void nothingIsGrantedAfterReset() {
        Item item = StandInJenkins.newItem("job");

        assertThat(Jenkins.get().hasPermission(Jenkins.READ)).isFalse();
        assertThat(item.hasPermission(Item.READ)).isFalse();
        assertThat(Jenkins.getAuthentication2()).isSameAs(Jenkins.ANONYMOUS2);
    }

    @Test
    void itemGrantsApplyOnlyToThatItem() {
        Item granted = StandInJenkins.newItem("granted", Item.CONFIGURE);
        Item other = StandInJenkins.newItem("other");

        assertThat(granted.hasPermission(Item.CONFIGURE)).isTrue();
        assertThat(other.hasPermission(Item.CONFIGURE)).isFalse();
        assertThat(Jenkins.get().hasPermission(Item.CONFIGURE)).isFalse();
    }

    @Test
    void grantImpliesPermissionsBelowIt() {
        Item item = StandInJenkins.newItem("job", Item.CONFIGURE);

        assertThat(item.hasPermission(Item.EXTENDED_READ)).isTrue();
        assertThat(item.hasPermission(CredentialsProvider.USE_ITEM)).isTrue();
        assertThat(item.hasPermission(Item.BUILD)).isFalse();
    }

    @Test
    void administerImpliesEverything() {
        StandInJenkins.grantGlobal(Jenkins.ADMINISTER);
        Item item = StandInJenkins.newItem("job");

        assertThat(Jenkins.get().hasPermission(Jenkins.READ)).isTrue();
        assertThat(item.hasPermission(Item.EXTENDED_READ)).isTrue();
        assertThat(item.hasAnyPermission(Item.BUILD, Item.READ)).isTrue();
    }

    @Test
    void checkPermissionNamesMissingPermission() {
        Item item = StandInJenkins.newItem("job", Item.READ);

        item.checkPermission(Item.READ);
        assertThatThrownBy(() -> item.checkPermission(Item.CONFIGURE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("anonymous")
                .hasMessageContaining(Item.CONFIGURE.getId());
        assertThatThrownBy(() -> Jenkins.get().checkAnyPermission(Jenkins.ADMINISTER, Jenkins.READ))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(Jenkins.READ.getId());
    }

    @Test
    void systemIdentityHoldsEveryPermission() {
        Item item = StandInJenkins.newItem("job");

        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            assertThat(Jenkins.getAuthentication2()).isEqualTo(ACL.SYSTEM2);
            assertThat(item.hasPermission(Item.CONFIGURE)).isTrue();
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        }
        assertThat(item.hasPermission(Item.CONFIGURE)).isFalse();
    }

    @Test
    void aclContextRestoresPreviousIdentity() {
        UsernamePasswordAuthenticationToken alice = new UsernamePasswordAuthenticationToken("alice", "n/a");

        try (ACLContext outer = ACL.as2(alice)) {
            try (ACLContext inner = ACL.as2(ACL.SYSTEM2)) {
                assertThat(Jenkins.getAuthentication2()).isEqualTo(ACL.SYSTEM2);
            }
            assertThat(Jenkins.getAuthentication2().getName()).isEqualTo("alice");
        }
        assertThat(Jenkins.getAuthentication2()).isSameAs(Jenkins.ANONYMOUS2);
    }

    @Test
    void runUsesJobPermissions() {
        StandInJenkins.newItem("job", Item.BUILD);
        Run<?, ?> run = StandInJenkins.newRun("job", 1);

        assertThat(run.hasPermission(Item.BUILD)).isTrue();
        assertThat(run.hasPermission(Item.CONFIGURE)).isFalse();
    }

    @Test
    void itemLookupHonoursReadPermission() {
        Item readable = StandInJenkins.newItem("readable", Item.READ);
        StandInJenkins.newItem("hidden");

        assertThat(Jenkins.get().getItemByFullName("readable")).isSameAs(readable);
        assertThat(Jenkins.get().getItemByFullName("hidden")).isNull();
        assertThat(Jenkins.get().getItemByFullName("missing")).isNull();
    }

    @Test
    void jobsAreTasksRunningAsSystem() {
        Item item = StandInJenkins.newItem("job");

        assertThat(item).isInstanceOf(Queue.Task.class);
        assertThat(Tasks.getAuthenticationOf2((Queue.Task) item)).isEqualTo(ACL.SYSTEM2);
    }

    @Test
    void rootUrlIsFixed() {
        assertThat(Jenkins.get().getRootUrl()).isEqualTo(StandInJenkins.ROOT_URL).endsWith(".invalid/");
        assertThat(Jenkins.get().getProxy()).isNull();
        assertThat(Jenkins.getInstanceOrNull()).isSameAs(Jenkins.get());
    }
}
