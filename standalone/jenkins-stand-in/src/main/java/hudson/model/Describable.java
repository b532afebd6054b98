package hudson.model;

import jenkins.model.Jenkins;

/**
 * Stand-in for {@code hudson.model.Describable} of Jenkins core 2.528.3, where {@link #getDescriptor()} is a
 * default method (since 2.505).
 */
public interface Describable<T extends Describable<T>> {
    /** Returns the registered descriptor whose {@link Descriptor#clazz} is this object's class. */
    @SuppressWarnings("unchecked")
    default Descriptor<T> getDescriptor() {
        return Jenkins.get().getDescriptorOrDie(getClass());
    }
}
