package hudson.model;

import java.io.File;

/** Stand-in for {@code hudson.model.PersistenceRoot} of Jenkins core 2.528.3. */
public interface PersistenceRoot extends Saveable {
    File getRootDir();
}
