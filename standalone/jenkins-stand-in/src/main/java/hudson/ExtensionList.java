package hudson;

import io.jenkins.plugins.pleskbackup.standin.StandInHooks;
import java.util.AbstractList;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

/**
 * Stand-in for {@code hudson.ExtensionList} of Jenkins core 2.528.3.
 *
 * <p>A list holds the extensions registered through {@code StandInJenkins.registerExtension} that are instances of
 * its type, in registration order, as of the moment the list was created.
 *
 * <p>NOTE: real Jenkins discovers extensions from the SezPoz index and sorts them by descending
 * {@link Extension#ordinal()}. The stand-in does neither.
 */
public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    private final List<T> extensions;

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        this.extensions = StandInHooks.extensions(extensionType);
    }

    public static <T> ExtensionList<T> lookup(Class<T> type) {
        return new ExtensionList<>(Jenkins.getInstanceOrNull(), type);
    }

    /** Returns the only registered extension of the given type. Throws {@link IllegalStateException} otherwise. */
    public static <U> U lookupSingleton(Class<U> type) {
        ExtensionList<U> all = lookup(type);
        if (all.size() != 1) {
            throw new IllegalStateException(
                    "Expected exactly 1 registered instance of " + type.getName() + " but found " + all.size());
        }
        return all.get(0);
    }

    @Override
    public T get(int index) {
        return extensions.get(index);
    }

    @Override
    public int size() {
        return extensions.size();
    }
}
