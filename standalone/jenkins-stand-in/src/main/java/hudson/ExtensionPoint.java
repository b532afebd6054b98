package hudson;

/** Stand-in for the marker interface {@code hudson.ExtensionPoint} of Jenkins core 2.528.3. */
public interface ExtensionPoint {
}
