package hudson.model;

import java.io.IOException;

/** Stand-in for {@code hudson.model.Saveable} of Jenkins core 2.528.3. */
public interface Saveable {
    void save() throws IOException;
}
