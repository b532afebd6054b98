package io.jenkins.plugins.pleskbackup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskFilterTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5472|5472",
        "'  5472 '|5472",
        "-1|-1",
        "0|0",
        "05472|5472",
        "-007|-7",
        "000|0",
        "999999999999999999|999999999999999999"})
    void validTaskId(String input, String expected) {
        assertThat(TaskFilter.requireTaskId(input)).isEqualTo(expected);
        assertThat(TaskFilter.taskId(input).taskId()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"abc", "54 72", "+5", "5.0", "1e3", "--1", "0x1F", "1234567890123456789"})
    void invalidTaskIdRejected(String input) {
        assertThatThrownBy(() -> TaskFilter.taskId(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The task id '" + input.strip() + "' is not valid: Plesk task ids are whole numbers such"
                        + " as 5472.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingTaskIdRejected(String input) {
        assertThatThrownBy(() -> TaskFilter.requireTaskId(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The task id '' is not valid: Plesk task ids are whole numbers such as 5472.");
    }

    @Test
    void noneSelectsNothing() {
        TaskFilter filter = TaskFilter.none();

        assertThat(filter.isNone()).isTrue();
        assertThat(filter.taskId()).isNull();
        assertThat(filter.owner()).isNull();
        assertThat(filter.describe()).isEqualTo("no filter");
    }

    @Test
    void ownerFilterDescribesOwner() {
        TaskFilter filter = TaskFilter.owner(BackupTarget.customerLogin("jdoe"));

        assertThat(filter.isNone()).isFalse();
        assertThat(filter.taskId()).isNull();
        assertThat(filter.owner()).isEqualTo(BackupTarget.customerLogin("jdoe"));
        assertThat(filter.describe()).isEqualTo("customer-login 'jdoe'");
        assertThat(filter).hasToString("customer-login 'jdoe'");
    }

    @Test
    void taskIdFilterDescribesId() {
        assertThat(TaskFilter.taskId("5472").describe()).isEqualTo("task-id 5472");
    }

    @Test
    void nullOwnerRejected() {
        assertThatThrownBy(() -> TaskFilter.owner(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("owner");
    }

    @Test
    void equalFiltersAreEqual() {
        assertThat(TaskFilter.taskId(" 5472")).isEqualTo(TaskFilter.taskId("5472"))
                .hasSameHashCodeAs(TaskFilter.taskId("5472"));
        assertThat(TaskFilter.owner(BackupTarget.customerId("7")))
                .isEqualTo(TaskFilter.owner(BackupTarget.customerId("007")));
        assertThat(TaskFilter.taskId("7")).isNotEqualTo(TaskFilter.owner(BackupTarget.customerId("7")));
    }
}
