package jenkins.model;

import java.io.IOException;

/** Stand-in for {@code jenkins.model.Loadable} of Jenkins core 2.528.3. */
public interface Loadable {
    void load() throws IOException;
}
