package org.jenkins.ui.icon;

/** Stand-in for {@code org.jenkins.ui.icon.IconSpec} of Jenkins core 2.528.3: an object with an icon. */
public interface IconSpec {
    String getIconClassName();
}
