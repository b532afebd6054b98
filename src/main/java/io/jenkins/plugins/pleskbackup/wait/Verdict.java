package io.jenkins.plugins.pleskbackup.wait;

/** The result a wait outcome gives the build, in increasing severity. Mirrors Jenkins' SUCCESS, UNSTABLE, FAILURE. */
public enum Verdict {
    SUCCESS,
    UNSTABLE,
    FAILURE
}
