package hudson.model;

/** Stand-in for {@code hudson.model.BuildListener} of Jenkins core 2.528.3 (its default methods are left out). */
public interface BuildListener extends TaskListener {
}
