package hudson.model;

/** Stand-in for {@code hudson.model.InvisibleAction} of Jenkins core 2.528.3: an action with no UI presence. */
public abstract class InvisibleAction implements Action {
    @Override
    public final String getIconFileName() {
        return null;
    }

    @Override
    public final String getDisplayName() {
        return null;
    }

    @Override
    public final String getUrlName() {
        return null;
    }
}
