package org.jenkinsci.plugins.workflow.steps;

import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * Stand-in for {@code org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution} of
 * workflow-step-api: runs {@link #run()} on a pooled daemon thread as the identity that started the step.
 *
 * <p>NOTE: on resume the real class fails the step with {@code SynchronousResumeNotSupportedException}, which the
 * stand-in leaves out. It fails with a plain {@link Exception} instead.
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;

    private static ExecutorService executorService;

    private transient volatile Future<?> task;
    private transient volatile String threadName;
    private transient volatile Throwable stopCause;

    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    /** Does the work of the step. Its return value becomes the step's result. */
    protected abstract T run() throws Exception;

    /** Submits {@link #run()} to the pool and returns false, because the step completes asynchronously. */
    @Override
    public final boolean start() throws Exception {
        Authentication caller = Jenkins.getAuthentication2();
        task = executor().submit(() -> {
            threadName = Thread.currentThread().getName();
            try {
                T result;
                ACLContext identity = ACL.as2(caller);
                try {
                    result = run();
                } finally {
                    identity.close();
                }
                getContext().onSuccess(result);
            } catch (Throwable x) {
                if (stopCause == null) {
                    getContext().onFailure(x);
                } else {
                    stopCause.addSuppressed(x);
                }
            }
        });
        return false;
    }

    /** Interrupts the running work, then fails the context with {@code cause}. */
    @Override
    public void stop(Throwable cause) throws Exception {
        Future<?> running = task;
        if (running != null) {
            stopCause = cause;
            running.cancel(true);
        }
        super.stop(cause);
    }

    @Override
    public void onResume() {
        getContext().onFailure(new Exception("Resume after a restart is not supported for non-blocking synchronous steps"));
    }

    @Override
    public String getStatus() {
        String name = threadName;
        return name == null ? "not yet scheduled" : "running in thread: " + name;
    }

    @Override
    public boolean blocksRestart() {
        return threadName != null;
    }

    private static synchronized ExecutorService executor() {
        if (executorService == null) {
            AtomicInteger count = new AtomicInteger();
            executorService = Executors.newCachedThreadPool(work -> {
                Thread thread = new Thread(work,
                        SynchronousNonBlockingStepExecution.class.getName() + " [#" + count.incrementAndGet() + "]");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executorService;
    }
}
