package hudson;

import java.io.IOException;

/** Stand-in for {@code hudson.AbortException} of Jenkins core 2.528.3: a build failure reported by its message alone. */
public class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    public AbortException() {
    }

    public AbortException(String message) {
        super(message);
    }
}
