package io.jenkins.plugins.pleskbackup.report;

import hudson.model.Result;
import io.jenkins.plugins.pleskbackup.wait.Verdict;
import java.util.Locale;

/** Converts between the engine's verdicts and Jenkins build results. */
public final class BuildResults {

    private BuildResults() {
    }

    public static Result toResult(Verdict verdict) {
        switch (verdict) {
            case SUCCESS:
                return Result.SUCCESS;
            case UNSTABLE:
                return Result.UNSTABLE;
            default:
                return Result.FAILURE;
        }
    }

    /**
     * Parses a step's result option.
     *
     * @param option {@code UNSTABLE} or {@code FAILURE} in any case; {@code null} or blank for FAILURE
     * @throws IllegalArgumentException naming the parameter and the accepted values
     */
    public static Verdict parseUnsuccessful(String option, String parameterName) {
        if (option == null || option.isBlank()) {
            return Verdict.FAILURE;
        }
        String value = option.strip().toUpperCase(Locale.ROOT);
        if (value.equals("UNSTABLE")) {
            return Verdict.UNSTABLE;
        }
        if (value.equals("FAILURE")) {
            return Verdict.FAILURE;
        }
        throw new IllegalArgumentException(Messages.BuildResults_InvalidOption(parameterName, option));
    }
}
