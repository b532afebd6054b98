package hudson.model;

/**
 * Stand-in for {@code hudson.model.AbstractDescribableImpl} of Jenkins core 2.528.3, deprecated since 2.505 and
 * empty because {@link Describable#getDescriptor()} became a default method.
 *
 * <p>NOTE: the empty body was confirmed from a published walk-through of core sources, not from the core repository
 * itself, whose indexed copy predates 2.505.
 */
@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
}
