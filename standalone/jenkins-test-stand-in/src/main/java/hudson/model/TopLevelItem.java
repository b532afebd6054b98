package hudson.model;

import hudson.ExtensionPoint;

/**
 * Stand-in for {@code hudson.model.TopLevelItem} of Jenkins core 2.528.3: an item that can live directly in Jenkins
 * or in a folder, such as a job or a folder.
 *
 * <p>NOTE: the real interface narrows {@code getDescriptor()} to {@code TopLevelItemDescriptor} and adds
 * {@code getRelativeNameFromGroup}; both are left out.
 */
public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {
}
