package org.jenkinsci.plugins.workflow.steps;

import com.google.common.base.Function;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.steps.StepExecution} of workflow-step-api: one running
 * execution of a step, persisted by Pipeline while it waits.
 *
 * <p>NOTE: the deprecated no-argument constructor used by Guice injection is left out.
 */
public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    private final StepContext context;

    protected StepExecution(StepContext context) {
        this.context = context;
    }

    public StepContext getContext() {
        if (context == null) {
            throw new IllegalStateException("This StepExecution was created without a StepContext");
        }
        return context;
    }

    /** Starts the execution. Returns true if it completed synchronously. */
    public abstract boolean start() throws Exception;

    /** Stops the execution. By default fails the context with {@code cause}. */
    public void stop(Throwable cause) throws Exception {
        getContext().onFailure(cause);
    }

    /** Called after a controller restart brings the execution back. Does nothing by default. */
    public void onResume() {
    }

    /** Returns a short diagnostic status, or null when the execution does not report one. */
    public String getStatus() {
        return null;
    }

    public boolean blocksRestart() {
        return false;
    }

    /**
     * Returns {@link #getStatus()} computed on the {@link Timer} pool, waiting at most the given time. On failure
     * or timeout returns the exception's text instead.
     */
    public final String getStatusBounded(long timeout, TimeUnit unit) {
        Future<String> task = null;
        try {
            task = Timer.get().submit(this::getStatus);
            return task.get(timeout, unit);
        } catch (Exception e) {
            if (task != null) {
                task.cancel(true);
            }
            return e.toString();
        }
    }

    /** Applies {@code f} to every running execution. The stand-in tracks none, so this completes at once. */
    public static ListenableFuture<?> applyAll(Function<StepExecution, Void> f) {
        return Futures.allAsList(List.<ListenableFuture<Void>>of());
    }

    public static <T extends StepExecution> ListenableFuture<?> applyAll(Class<T> type, Function<T, Void> f) {
        return Futures.allAsList(List.<ListenableFuture<Void>>of());
    }
}
