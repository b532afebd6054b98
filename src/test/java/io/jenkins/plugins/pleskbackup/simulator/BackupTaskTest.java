package io.jenkins.plugins.pleskbackup.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BackupTaskTest {

    private static final Instant STARTED = Instant.parse("2015-12-01T11:19:42Z");

    private static BackupTask task(Duration duration, TaskOutcome outcome, ZoneId zone) {
        ManualClock clock = new ManualClock(STARTED);
        return TaskDefinition.builder(1, TaskOwner.server())
                .started(STARTED)
                .duration(duration)
                .outcome(outcome)
                .prefix("my_")
                .build()
                .toTask(clock.withZone(zone));
    }

    @Test
    void workingUntilDurationThenOutcome() {
        BackupTask task = task(Duration.ofMinutes(2), TaskOutcome.FINISHED, ZoneId.of("UTC"));

        assertThat(task.statusAt(STARTED)).isEqualTo(TaskStatus.WORKING);
        assertThat(task.statusAt(STARTED.plusSeconds(119))).isEqualTo(TaskStatus.WORKING);
        assertThat(task.statusAt(STARTED.plusSeconds(120))).isEqualTo(TaskStatus.FINISHED);
    }

    @Test
    void filenameOnlyWhenFinished() {
        BackupTask task = task(Duration.ofMinutes(2), TaskOutcome.FINISHED, ZoneId.of("UTC"));

        assertThat(task.filenameAt(STARTED)).isEmpty();
        assertThat(task.filenameAt(STARTED.plusSeconds(120))).isEqualTo("my_1512011119.tar");
    }

    @Test
    void filenameUsesClockZone() {
        BackupTask task = task(Duration.ZERO, TaskOutcome.FINISHED, ZoneId.of("Europe/Berlin"));

        assertThat(task.filenameAt(STARTED)).isEqualTo("my_1512011219.tar");
    }

    @Test
    void failedTaskHasNoFilename() {
        BackupTask task = task(Duration.ZERO, TaskOutcome.FAILED, ZoneId.of("UTC"));

        assertThat(task.statusAt(STARTED)).isEqualTo(TaskStatus.FAILED);
        assertThat(task.filenameAt(STARTED)).isEmpty();
    }

    @Test
    void stopOnlyAffectsWorkingTask() {
        BackupTask working = task(Duration.ofMinutes(2), TaskOutcome.FINISHED, ZoneId.of("UTC"));
        BackupTask finished = task(Duration.ZERO, TaskOutcome.FINISHED, ZoneId.of("UTC"));

        assertThat(working.stop(STARTED.plusSeconds(10))).isTrue();
        assertThat(finished.stop(STARTED.plusSeconds(10))).isFalse();
        assertThat(working.statusAt(STARTED.plusSeconds(5))).isEqualTo(TaskStatus.WORKING);
        assertThat(working.statusAt(STARTED.plusSeconds(10))).isEqualTo(TaskStatus.STOPPED);
        assertThat(working.statusAt(STARTED.plusSeconds(500))).isEqualTo(TaskStatus.STOPPED);
        assertThat(finished.statusAt(STARTED.plusSeconds(10))).isEqualTo(TaskStatus.FINISHED);
    }

    @Test
    void startTimeTruncatedToSeconds() {
        BackupTask task = TaskDefinition.builder(1, TaskOwner.server())
                .started(STARTED.plusMillis(900))
                .build()
                .toTask(new ManualClock(STARTED));

        assertThat(task.started()).isEqualTo(STARTED);
    }

    @Test
    void invalidDefinitionsRejected() {
        assertThatThrownBy(() -> TaskDefinition.builder(0, TaskOwner.server()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("task id 0");
        assertThatThrownBy(() -> TaskOwner.customer(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer-id 0");
        assertThatThrownBy(() -> TaskDefinition.builder(1, TaskOwner.server()).protocol("sftp"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sftp'");
    }
}
