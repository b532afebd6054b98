package io.jenkins.plugins.pleskbackup.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.pleskbackup.client.TaskStatus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredStatusesTest {

    @Test
    void onlyFinished() {
        RequiredStatuses required = RequiredStatuses.parse(List.of("finished"));

        assertThat(required.accepts(TaskStatus.FINISHED)).isTrue();
        assertThat(required.accepts(TaskStatus.WORKING)).isFalse();
        assertThat(required.accepts(TaskStatus.FAILED)).isFalse();
        assertThat(required.accepts(TaskStatus.STOPPED)).isFalse();
        assertThat(required.names()).containsExactly("finished");
        assertThat(required).hasToString("finished");
    }

    @Test
    void caseAndWhitespaceIgnored() {
        RequiredStatuses required = RequiredStatuses.parse(List.of(" WORKING ", "Stopped", "finished"));

        assertThat(required.accepts(TaskStatus.WORKING)).isTrue();
        assertThat(required.accepts(TaskStatus.STOPPED)).isTrue();
        assertThat(required.accepts(TaskStatus.FINISHED)).isTrue();
        assertThat(required.accepts(TaskStatus.FAILED)).isFalse();
    }

    @Test
    void namesInKindOrderWithoutDuplicates() {
        RequiredStatuses required = RequiredStatuses.parse(List.of("stopped", "failed", "working", "failed",
                "finished"));

        assertThat(required.names()).containsExactly("working", "finished", "failed", "stopped");
        assertThat(required).hasToString("working, finished, failed, stopped");
    }

    @Test
    void unknownStatusNeverAccepted() {
        RequiredStatuses all = RequiredStatuses.parse(List.of("working", "finished", "failed", "stopped"));

        assertThat(all.accepts(TaskStatus.parse("queued"))).isFalse();
        assertThat(all.accepts(TaskStatus.parse(""))).isFalse();
    }

    @Test
    void unknownNameRejected() {
        assertThatThrownBy(() -> RequiredStatuses.parse(List.of("finished", "queued")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'queued' is not a Plesk backup task status; use working, finished, failed or stopped.");
    }

    @Test
    void blankNameRejected() {
        assertThatThrownBy(() -> RequiredStatuses.parse(List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("' ' is not a Plesk backup task status; use working, finished, failed or stopped.");
        assertThatThrownBy(() -> RequiredStatuses.parse(Arrays.asList((String) null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Plesk backup task status");
    }

    @Test
    void emptyListRejected() {
        assertThatThrownBy(() -> RequiredStatuses.parse(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No status is required; give at least one of working, finished, failed or stopped.");
    }
}
