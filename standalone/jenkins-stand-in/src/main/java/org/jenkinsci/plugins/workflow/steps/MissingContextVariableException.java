package org.jenkinsci.plugins.workflow.steps;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.steps.MissingContextVariableException} of workflow-step-api.
 *
 * <p>NOTE: the real message also names the steps that could provide the missing context.
 */
public class MissingContextVariableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Class<?> type;

    public MissingContextVariableException(Class<?> type) {
        super("Required context " + type.getName() + " is missing");
        this.type = type;
    }

    public Class<?> getType() {
        return type;
    }
}
