package com.cloudbees.plugins.credentials;

import hudson.model.ModelObject;
import java.io.Serializable;
import jenkins.model.Jenkins;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.CredentialsScope} of the credentials plugin. The constant
 * order (SYSTEM, GLOBAL, USER) matches the real enum.
 *
 * <p>NOTE: the display names are shortened. The real ones come from the plugin's message bundle.
 */
public enum CredentialsScope implements Serializable {
    /** Visible only to Jenkins itself (and, in real Jenkins, its nodes), never to items. */
    SYSTEM {
        @Override
        public String getDisplayName() {
            return "System";
        }

        @Override
        public boolean isVisible(ModelObject context) {
            return context instanceof Jenkins;
        }
    },
    /** Visible to the object that stores it and everything below it. */
    GLOBAL {
        @Override
        public String getDisplayName() {
            return "Global";
        }

        @Override
        public boolean isVisible(ModelObject context) {
            return true;
        }
    },
    /** Visible to the user who stores it. */
    USER {
        @Override
        public String getDisplayName() {
            return "User";
        }

        @Override
        public boolean isVisible(ModelObject context) {
            return true;
        }
    };

    public abstract String getDisplayName();

    public abstract boolean isVisible(ModelObject context);
}
