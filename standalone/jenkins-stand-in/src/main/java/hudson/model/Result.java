package hudson.model;

import java.io.Serializable;

/**
 * Stand-in for {@code hudson.model.Result} of Jenkins core 2.528.3: a build outcome, ordered from best to worst.
 *
 * <p>NOTE: the real class also implements Stapler's {@code CustomExportedBean} and carries a ball color. Both are
 * left out.
 */
public final class Result implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Result SUCCESS = new Result("SUCCESS", 0, true);
    public static final Result UNSTABLE = new Result("UNSTABLE", 1, true);
    public static final Result FAILURE = new Result("FAILURE", 2, true);
    public static final Result NOT_BUILT = new Result("NOT_BUILT", 3, false);
    public static final Result ABORTED = new Result("ABORTED", 4, false);

    private static final Result[] ALL = {SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED};

    private final String name;
    /** Severity, where a bigger number is a worse result. */
    private final int ordinal;
    private final boolean completeBuild;

    private Result(String name, int ordinal, boolean completeBuild) {
        this.name = name;
        this.ordinal = ordinal;
        this.completeBuild = completeBuild;
    }

    /** Returns the worse of this result and {@code that}. */
    public Result combine(Result that) {
        return ordinal < that.ordinal ? that : this;
    }

    public boolean isWorseThan(Result that) {
        return ordinal > that.ordinal;
    }

    public boolean isBetterOrEqualTo(Result that) {
        return ordinal <= that.ordinal;
    }

    public boolean isCompleteBuild() {
        return completeBuild;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Keeps the constants unique after deserialization, so results can be compared by identity. */
    private Object readResolve() {
        for (Result result : ALL) {
            if (result.ordinal == ordinal) {
                return result;
            }
        }
        return FAILURE;
    }
}
