package hudson.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-in for {@code hudson.model.Actionable} of Jenkins core 2.528.3: a model object with actions.
 *
 * <p>NOTE: the real class extends {@code AbstractModelObject} and implements {@code ModelObjectWithContextMenu};
 * the stand-in implements {@link ModelObject}, which both lead to, and has no transient action factories.
 */
public abstract class Actionable implements ModelObject {
    private final CopyOnWriteArrayList<Action> actions = new CopyOnWriteArrayList<>();

    @Deprecated
    public List<Action> getActions() {
        return actions;
    }

    public final List<? extends Action> getAllActions() {
        return Collections.unmodifiableList(new ArrayList<>(getActions()));
    }

    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> matching = new ArrayList<>();
        for (Action action : getActions()) {
            if (type.isInstance(action)) {
                matching.add(type.cast(action));
            }
        }
        return Collections.unmodifiableList(matching);
    }

    public void addAction(Action a) {
        if (a == null) {
            throw new IllegalArgumentException("Action must not be null");
        }
        getActions().add(a);
    }

    /** Returns the first action of the given type, or null when there is none. */
    public <T extends Action> T getAction(Class<T> type) {
        for (Action action : getActions()) {
            if (type.isInstance(action)) {
                return type.cast(action);
            }
        }
        return null;
    }
}
