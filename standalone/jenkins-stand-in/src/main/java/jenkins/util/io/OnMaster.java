package jenkins.util.io;

/** Stand-in for the marker interface {@code jenkins.util.io.OnMaster} of Jenkins core 2.528.3. */
public interface OnMaster {
}
