package hudson.model;

/** Stand-in for {@code hudson.model.ModelObject} of Jenkins core 2.528.3. */
public interface ModelObject {
    String getDisplayName();
}
