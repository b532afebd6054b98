package io.jenkins.plugins.pleskbackup.testing;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A Pipeline step context for tests. It offers a stand-in {@link Run} and a {@link CapturingListener}, records the
 * step's outcome in a future, and counts {@link #saveState()} calls.
 *
 * <p>It is serialized together with the execution, and only its {@link #id} is written. On deserialization it
 * resolves to the context that {@link #prepareResume} registered under the same id. Pipeline's own context
 * ({@code CpsStepContext} of workflow-cps) works alike: it is serialized on its own and finds the resumed build
 * through the ids it keeps.
 */
public final class RecordingStepContext extends StepContext {

    private static final long serialVersionUID = 1L;

    /** Maximum wait for the outcome, so that a broken step fails the test instead of hanging it. */
    public static final long OUTCOME_TIMEOUT_SECONDS = 20;

    private static final Map<String, RecordingStepContext> PENDING_RESUMES = new ConcurrentHashMap<>();

    private final String id;
    private final transient Run<?, ?> run;
    private final transient CapturingListener listener;
    private final transient CompletableFuture<Object> outcome = new CompletableFuture<>();
    private final transient AtomicInteger saveStateCalls = new AtomicInteger();
    private transient volatile Runnable saveStateObserver = () -> { };

    public RecordingStepContext(Run<?, ?> run, CapturingListener listener) {
        this(UUID.randomUUID().toString(), run, listener);
    }

    private RecordingStepContext(String id, Run<?, ?> run, CapturingListener listener) {
        this.id = id;
        this.run = run;
        this.listener = listener;
    }

    /**
     * Creates the context that an execution serialized with this context gets when it is deserialized, as after a
     * controller restart.
     */
    public RecordingStepContext prepareResume(Run<?, ?> newRun, CapturingListener newListener) {
        RecordingStepContext resumed = new RecordingStepContext(id, newRun, newListener);
        PENDING_RESUMES.put(id, resumed);
        return resumed;
    }

    private Object readResolve() throws ObjectStreamException {
        RecordingStepContext resumed = PENDING_RESUMES.remove(id);
        if (resumed == null) {
            throw new InvalidObjectException("No context was prepared to resume step context " + id);
        }
        return resumed;
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
        saveStateObserver.run();
        saveStateCalls.incrementAndGet();
        return Futures.immediateVoidFuture();
    }

    /** Runs {@code observer} at the start of every {@link #saveState()} call, on the calling thread. */
    public void observeSaveState(Runnable observer) {
        this.saveStateObserver = observer;
    }

    public int saveStateCalls() {
        return saveStateCalls.get();
    }

    @Override
    public void setResult(Result result) {
        run.setResult(result);
    }

    @Override
    public BodyInvoker newBodyInvoker() {
        throw new IllegalStateException("The Plesk steps take no body");
    }

    public CapturingListener listener() {
        return listener;
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    /**
     * Waits for the step to succeed and returns its value.
     *
     * @throws AssertionError when the step failed, with the failure as the cause, or did not end in time
     */
    public Object awaitSuccess() throws InterruptedException {
        try {
            return outcome.get(OUTCOME_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The step failed; console output:\n" + listener.text(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The step did not end within " + OUTCOME_TIMEOUT_SECONDS
                    + " s; console output:\n" + listener.text(), e);
        }
    }

    /**
     * Waits for the step to fail and returns the failure.
     *
     * @throws AssertionError when the step succeeded or did not end in time
     */
    public Throwable awaitFailure() throws InterruptedException {
        try {
            Object value = outcome.get(OUTCOME_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("The step succeeded with " + value + "; console output:\n" + listener.text());
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("The step did not end within " + OUTCOME_TIMEOUT_SECONDS
                    + " s; console output:\n" + listener.text(), e);
        }
    }

    /** Contexts are identities, as in Pipeline, where each one belongs to one step call. */
    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "RecordingStepContext[" + id + "]";
    }
}
