package hudson.model;

import hudson.EnvVars;

/**
 * Stand-in for {@code hudson.model.EnvironmentContributingAction} of Jenkins core 2.528.3.
 *
 * <p>NOTE: the deprecated {@code buildEnvVars(AbstractBuild, EnvVars)} default method is left out.
 */
public interface EnvironmentContributingAction extends Action {
    /** Adds this action's variables to the environment of {@code run}. Does nothing unless overridden. */
    default void buildEnvironment(Run<?, ?> run, EnvVars env) {
    }
}
