package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.steps.StepDescriptor} of workflow-step-api.
 *
 * <p>NOTE: the structs-based members ({@code newInstance(Map)}, {@code uninstantiate}, meta-step lookups) are left
 * out. {@link #getMetaStepArgumentType()} is kept only to carry its real {@code final} marker.
 */
public abstract class StepDescriptor extends Descriptor<Step> {
    /** Returns the context types the execution needs, such as {@code TaskListener} or {@code Run}. */
    public abstract Set<? extends Class<?>> getRequiredContext();

    /** Returns the name of the step in a Pipeline script. */
    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        return false;
    }

    public boolean isAdvanced() {
        return false;
    }

    /** Returns null because the stand-in has no meta-steps. */
    public final Class<?> getMetaStepArgumentType() {
        return null;
    }

    /** Fails with {@link MissingContextVariableException} when {@code c} lacks a type of {@link #getRequiredContext()}. */
    public final void checkContextAvailability(StepContext c)
            throws MissingContextVariableException, IOException, InterruptedException {
        for (Class<?> type : getRequiredContext()) {
            if (c.get(type) == null) {
                throw new MissingContextVariableException(type);
            }
        }
    }

    /**
     * Returns the single argument as text when it is a string, number, boolean or enum, else null, as the real
     * default does. Override it to describe more arguments.
     */
    public String argumentsToString(Map<String, Object> namedArgs) {
        if (namedArgs.size() != 1) {
            return null;
        }
        Object value = namedArgs.values().iterator().next();
        boolean simple = value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum;
        return simple ? value.toString() : null;
    }
}
