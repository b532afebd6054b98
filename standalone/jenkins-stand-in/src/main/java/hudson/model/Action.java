package hudson.model;

/** Stand-in for {@code hudson.model.Action} of Jenkins core 2.528.3. */
public interface Action extends ModelObject {
    String getIconFileName();

    @Override
    String getDisplayName();

    String getUrlName();
}
