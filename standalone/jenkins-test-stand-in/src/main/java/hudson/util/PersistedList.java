package hudson.util;

import hudson.model.Saveable;
import java.util.AbstractList;
import java.util.Collection;

/**
 * Stand-in for {@code hudson.util.PersistedList} of Jenkins core 2.528.3: a list that saves its owner when it
 * changes.
 *
 * <p>NOTE: the real class has further members, such as {@code replaceBy} and {@code toList}; they are left out.
 */
public class PersistedList<T> extends AbstractList<T> {
    protected PersistedList() {
    }

    public PersistedList(Collection<? extends T> initialList) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public PersistedList(Saveable owner) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Returns the first element of the given type, or null. */
    public <U extends T> U get(Class<U> type) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public boolean add(T item) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
