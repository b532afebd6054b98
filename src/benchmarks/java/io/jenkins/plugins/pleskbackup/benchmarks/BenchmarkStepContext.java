package io.jenkins.plugins.pleskbackup.benchmarks;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** The context of one step in the scale run: hands out the run and a log, and records how the step ended. */
final class BenchmarkStepContext extends StepContext {

    private static final long serialVersionUID = 1L;

    private final transient Run<?, ?> run;
    private final transient TaskListener listener;
    final transient CompletableFuture<Object> outcome = new CompletableFuture<>();
    final transient AtomicInteger saves = new AtomicInteger();

    BenchmarkStepContext(Run<?, ?> run, PrintStream log) {
        this.run = run;
        this.listener = () -> log;
    }

    @Override
    public <T> T get(Class<T> key) {
        if (key == Run.class) {
            return key.cast(run);
        }
        if (key == TaskListener.class) {
            return key.cast(listener);
        }
        return null;
    }

    @Override
    public void onSuccess(Object result) {
        outcome.complete(result);
    }

    @Override
    public void onFailure(Throwable failure) {
        outcome.completeExceptionally(failure);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public ListenableFuture<Void> saveState() {
        saves.incrementAndGet();
        return Futures.immediateFuture(null);
    }

    @Override
    public void setResult(Result result) {
        run.setResult(result);
    }

    @Override
    public BodyInvoker newBodyInvoker() {
        throw new IllegalStateException("The Plesk steps take no block");
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
