package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.domains.Domain} of the credentials plugin: a group of
 * credentials in a store, restricted by specifications such as host names.
 *
 * <p>NOTE: the specifications, the constructor and the other members are left out; the stand-in has only the
 * global domain's accessor.
 */
public class Domain implements Serializable {
    private static final long serialVersionUID = 1L;

    private Domain() {
    }

    /** Returns the domain without restrictions, into which credentials usually go. */
    public static Domain global() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
