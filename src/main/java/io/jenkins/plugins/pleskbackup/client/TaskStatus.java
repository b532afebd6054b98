package io.jenkins.plugins.pleskbackup.client;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Status of a Plesk backup task as {@code get-tasks-info} reports it.
 *
 * <p>Plesk's schema ({@code BackupTaskStatus} in {@code backup.xsd}) allows {@code working}, {@code finished},
 * {@code failed} and {@code stopped}. Any other text is kept as an {@link Kind#UNKNOWN} status with its raw text, so
 * that callers can report it; an unknown status is never terminal and never a success.
 */
public final class TaskStatus implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The four statuses of the schema, plus everything else. */
    public enum Kind {
        WORKING,
        FINISHED,
        FAILED,
        STOPPED,
        UNKNOWN
    }

    public static final TaskStatus WORKING = new TaskStatus(Kind.WORKING, "working");
    public static final TaskStatus FINISHED = new TaskStatus(Kind.FINISHED, "finished");
    public static final TaskStatus FAILED = new TaskStatus(Kind.FAILED, "failed");
    public static final TaskStatus STOPPED = new TaskStatus(Kind.STOPPED, "stopped");

    private final Kind kind;
    private final String text;

    private TaskStatus(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /**
     * Parses the text of a {@code status} element. Surrounding whitespace is ignored; the schema values are matched
     * exactly, as Plesk sends them in lower case.
     */
    public static TaskStatus parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        switch (trimmed) {
            case "working":
                return WORKING;
            case "finished":
                return FINISHED;
            case "failed":
                return FAILED;
            case "stopped":
                return STOPPED;
            default:
                return new TaskStatus(Kind.UNKNOWN, trimmed);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The status as Plesk wrote it, for example {@code finished}, or the raw text of an unknown status. */
    public String text() {
        return text;
    }

    /** Whether the task has ended: finished, failed or stopped. */
    public boolean isTerminal() {
        return kind == Kind.FINISHED || kind == Kind.FAILED || kind == Kind.STOPPED;
    }

    public boolean isKnown() {
        return kind != Kind.UNKNOWN;
    }

    /** Upper-case name of a known status, or {@code UNKNOWN}; stable for environment variables and JSON. */
    public String name() {
        return kind.name();
    }

    private Object readResolve() {
        return kind == Kind.UNKNOWN ? this : parse(text);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TaskStatus)) {
            return false;
        }
        TaskStatus that = (TaskStatus) other;
        return kind == that.kind && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text);
    }

    @Override
    public String toString() {
        return kind == Kind.UNKNOWN ? "unknown status '" + text + "'" : text.toLowerCase(Locale.ROOT);
    }
}
