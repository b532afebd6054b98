package io.jenkins.plugins.pleskbackup.cli;

import io.jenkins.plugins.pleskbackup.client.BackupTask;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Prints backup tasks as a table with columns aligned by spaces. Empty values are shown as {@code -}. */
final class TaskTable {

    private static final List<String> HEADERS = List.of("TASK", "OWNER", "STATUS", "STARTED", "PREFIX", "FILE",
            "STORAGE");
    private static final String COLUMN_GAP = "  ";

    private TaskTable() {
    }

    static void print(PrintStream out, List<BackupTask> tasks) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (BackupTask task : tasks) {
            rows.add(List.of(task.id(), task.ownerDescription(), task.status().text(), formatInstant(task.started()),
                    task.prefix(), task.filename(), task.protocol()));
        }

        int[] widths = new int[HEADERS.size()];
        List<List<String>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cleaned = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                String cell = displayable(row.get(column));
                cleaned.add(cell);
                widths[column] = Math.max(widths[column], cell.length());
            }
            cells.add(cleaned);
        }

        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                line.append(cell);
                if (column < row.size() - 1) {
                    line.append(" ".repeat(widths[column] - cell.length())).append(COLUMN_GAP);
                }
            }
            out.println(line);
        }
    }

    /** Formats a start time as ISO-8601 in UTC, for example {@code 2008-10-25T01:21:26Z}; {@code -} when unknown. */
    static String formatInstant(Instant instant) {
        return instant == null ? "-" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * Returns the text with control characters replaced by {@code ?}, so that a file name from the server cannot move
     * the cursor or change the terminal's state; an empty text becomes {@code -}.
     */
    static String displayable(String text) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return cleaned.toString();
    }
}
