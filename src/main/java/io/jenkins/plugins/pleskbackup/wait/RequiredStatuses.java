package io.jenkins.plugins.pleskbackup.wait;

import io.jenkins.plugins.pleskbackup.client.TaskStatus;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statuses a status gate accepts, for example only {@code finished}. Only the four statuses of Plesk's schema can
 * be required; an unknown status never passes a gate.
 */
public final class RequiredStatuses implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumSet<TaskStatus.Kind> accepted;

    private RequiredStatuses(EnumSet<TaskStatus.Kind> accepted) {
        this.accepted = accepted;
    }

    /**
     * Parses status names such as {@code finished} or {@code WORKING}.
     *
     * @throws IllegalArgumentException naming the bad value and the valid ones
     */
    public static RequiredStatuses parse(Collection<String> names) {
        EnumSet<TaskStatus.Kind> kinds = EnumSet.noneOf(TaskStatus.Kind.class);
        for (String name : names) {
            String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            TaskStatus status = TaskStatus.parse(text);
            if (!status.isKnown()) {
                throw new IllegalArgumentException("'" + name + "' is not a Plesk backup task status; use working,"
                        + " finished, failed or stopped.");
            }
            kinds.add(status.kind());
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("No status is required; give at least one of working, finished,"
                    + " failed or stopped.");
        }
        return new RequiredStatuses(kinds);
    }

    public boolean accepts(TaskStatus status) {
        return status.isKnown() && accepted.contains(status.kind());
    }

    /** Lower-case names in the order working, finished, failed, stopped, for example {@code [finished]}. */
    public Set<String> names() {
        return accepted.stream().map(kind -> kind.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    public String toString() {
        return String.join(", ", names());
    }
}
