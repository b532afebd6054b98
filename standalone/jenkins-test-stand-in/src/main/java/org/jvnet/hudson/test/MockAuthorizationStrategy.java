package org.jvnet.hudson.test;

import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import java.util.Collection;

/**
 * Stand-in for {@code org.jvnet.hudson.test.MockAuthorizationStrategy} of jenkins-test-harness: permissions granted
 * in a fluent style, for example {@code grant(Jenkins.READ).everywhere().to("alice")}.
 *
 * <p>NOTE: {@code grantWithoutImplication} and the overrides of {@code getACL} for items and jobs are left out.
 */
public class MockAuthorizationStrategy extends AuthorizationStrategy {
    /** Creates a strategy that grants nothing. */
    public MockAuthorizationStrategy() {
    }

    /** Starts granting the permissions and, as in the real class, those they imply. */
    public Grant grant(Permission... permissions) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public ACL getRootACL() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    @Override
    public Collection<String> getGroups() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** A set of permissions still to be placed. */
    public class Grant {
        Grant() {
        }

        public GrantOn everywhere() {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }

        public GrantOn onRoot() {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }

        /** On these items only; for item groups, not on their children. */
        public GrantOn onItems(Item... items) {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }

        /** On these folders and everything inside them. */
        public GrantOn onFolders(ItemGroup<?>... folders) {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }

        public GrantOn onPaths(String... pathRegexps) {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }

        /** Permissions placed on items, still to be given to users. */
        public class GrantOn {
            GrantOn() {
            }

            public MockAuthorizationStrategy to(String... sids) {
                throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
            }

            public MockAuthorizationStrategy to(User... users) {
                throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
            }

            public MockAuthorizationStrategy toEveryone() {
                throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
            }

            public MockAuthorizationStrategy toAuthenticated() {
                throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
            }
        }
    }
}
