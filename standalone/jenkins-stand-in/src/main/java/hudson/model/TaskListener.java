package hudson.model;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * Stand-in for {@code hudson.model.TaskListener} of Jenkins core 2.528.3: where a build writes its console output.
 *
 * <p>NOTE: the real interface extends {@code org.jenkinsci.remoting.SerializableOnlyOverRemoting}. The stand-in
 * extends {@link Serializable}, its superinterface. The hyperlink, annotation and fatal-error default methods are
 * left out.
 */
public interface TaskListener extends Serializable {
    PrintStream getLogger();

    /** Writes {@code "ERROR: "} and the message, and returns a writer for further detail. */
    default PrintWriter error(String msg) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(getLogger(), StandardCharsets.UTF_8), true);
        writer.println("ERROR: " + msg);
        return writer;
    }

    default PrintWriter error(String format, Object... args) {
        return error(String.format(format, args));
    }
}
