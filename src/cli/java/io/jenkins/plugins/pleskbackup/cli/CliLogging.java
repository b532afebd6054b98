package io.jenkins.plugins.pleskbackup.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Routes {@code java.util.logging} to standard error as {@code plesk-backup: <level>: <message>} lines: warnings
 * only, or with {@code --debug} also the client's and the simulator's debug lines (FINE) with stack traces. Only
 * {@link PleskBackupCli#main} applies it, because it replaces the JVM-wide configuration.
 */
final class CliLogging {

    private static final String PROJECT_LOGGER = "io.jenkins.plugins.pleskbackup";

    /**
     * Logs of the HTTP transport. The command line prints its own warning for {@code --insecure}, so the client's
     * copy of that warning appears only with {@code --debug}.
     */
    private static final String TRANSPORT_LOGGER = "io.jenkins.plugins.pleskbackup.client.HttpTransport";

    // java.util.logging keeps loggers only weakly; these references keep the levels set here alive.
    private static Logger projectLogger;
    private static Logger transportLogger;

    private CliLogging() {
    }

    static synchronized void configure(boolean debug, PrintStream err) {
        LogManager.getLogManager().reset();
        StreamHandler handler = new StreamHandler(err, new LineFormatter(debug)) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }

            /** Flushes only: closing would close standard error, and LogManager closes handlers at shutdown. */
            @Override
            public synchronized void close() {
                flush();
            }
        };
        handler.setLevel(debug ? Level.FINE : Level.WARNING);

        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(handler);
        projectLogger = Logger.getLogger(PROJECT_LOGGER);
        projectLogger.setLevel(debug ? Level.FINE : Level.WARNING);
        transportLogger = Logger.getLogger(TRANSPORT_LOGGER);
        transportLogger.setLevel(debug ? Level.FINE : Level.SEVERE);
    }

    /** One line per record; the stack trace of a logged exception only with {@code --debug}. */
    private static final class LineFormatter extends Formatter {
        private final boolean debug;

        LineFormatter(boolean debug) {
            this.debug = debug;
        }

        @Override
        public String format(LogRecord record) {
            String level = record.getLevel() == Level.WARNING ? "warning"
                    : record.getLevel().getName().toLowerCase(Locale.ROOT);
            StringBuilder line = new StringBuilder("plesk-backup: ").append(level).append(": ")
                    .append(formatMessage(record));
            if (record.getThrown() != null) {
                if (debug) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
                } else {
                    line.append(" (").append(record.getThrown()).append(')');
                }
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
