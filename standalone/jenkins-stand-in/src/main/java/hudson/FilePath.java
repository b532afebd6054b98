package hudson;

import java.io.File;
import java.io.Serializable;

/**
 * Stand-in for {@code hudson.FilePath} of Jenkins core 2.528.3, present as a parameter type of
 * {@code SimpleBuildStep.perform}.
 *
 * <p>NOTE: the real class implements {@code org.jenkinsci.remoting.SerializableOnlyOverRemoting}. The stand-in
 * implements {@link Serializable}, its superinterface, because the remoting library is not on Maven Central.
 */
public final class FilePath implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String remote;

    public FilePath(File localPath) {
        this.remote = localPath.getPath();
    }

    public String getRemote() {
        return remote;
    }
}
