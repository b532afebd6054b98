package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.model.Result;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@Timeout(30)
class StepExecutionTest {
    @BeforeEach
    void resetStandIn() {
        StandInJenkins.reset();
    }

    @Test
    void runsOnDaemonThreadAsCaller() throws Exception {
        RecordingContext context = new RecordingContext();
        IdentityExecution execution = new IdentityExecution(context);
        Authentication alice = new UsernamePasswordAuthenticationToken("alice", "n/a");

        boolean completedSynchronously;
        try (ACLContext ignored = ACL.as2(alice)) {
            completedSynchronously = execution.start();
        }

        assertThat(completedSynchronously).isFalse();
        assertThat(context.outcome.get(10, TimeUnit.SECONDS)).isEqualTo("alice on daemon thread");
        assertThat(execution.getStatus()).startsWith("running in thread: ");
    }

    @Test
    void failureReachesContext() throws Exception {
        RecordingContext context = new RecordingContext();
        SynchronousNonBlockingStepExecution<Void> execution = new SynchronousNonBlockingStepExecution<>(context) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Void run() throws Exception {
                throw new IllegalStateException("Plesk task failed");
            }
        };

        execution.start();

        assertThatThrownBy(() -> context.outcome.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("Plesk task failed");
    }

    @Test
    void stopInterruptsAndFailsWithCause() throws Exception {
        RecordingContext context = new RecordingContext();
        CountDownLatch running = new CountDownLatch(1);
        SynchronousNonBlockingStepExecution<Void> execution = new SynchronousNonBlockingStepExecution<>(context) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Void run() throws Exception {
                running.countDown();
                Thread.sleep(TimeUnit.SECONDS.toMillis(20));
                return null;
            }
        };
        execution.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        execution.stop(new InterruptedException("aborted by user"));

        assertThatThrownBy(() -> context.outcome.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("aborted by user");
    }

    @Test
    void statusBoundedReportsStatus() {
        RecordingContext context = new RecordingContext();
        IdentityExecution execution = new IdentityExecution(context);

        assertThat(execution.getStatusBounded(10, TimeUnit.SECONDS)).isEqualTo("not yet scheduled");
    }

    @Test
    void timerRunsTasksOnDaemonThreads() throws Exception {
        ScheduledFuture<Boolean> daemon = Timer.get().schedule(
                () -> Thread.currentThread().isDaemon(), 10, TimeUnit.MILLISECONDS);

        assertThat(daemon.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Timer.get()).isSameAs(Timer.get());
    }

    /** Reports the identity and thread kind it ran with. */
    private static final class IdentityExecution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;

        IdentityExecution(StepContext context) {
            super(context);
        }

        @Override
        protected String run() {
            String kind = Thread.currentThread().isDaemon() ? "daemon" : "non-daemon";
            return Jenkins.getAuthentication2().getName() + " on " + kind + " thread";
        }
    }

    /** Completes a future with the step's outcome. */
    private static final class RecordingContext extends StepContext {
        private static final long serialVersionUID = 1L;

        final transient CompletableFuture<Object> outcome = new CompletableFuture<>();

        @Override
        public <T> T get(Class<T> key) {
            return null;
        }

        @Override
        public void onSuccess(Object result) {
            outcome.complete(result);
        }

        @Override
        public void onFailure(Throwable t) {
            outcome.completeExceptionally(t);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public ListenableFuture<Void> saveState() {
            return Futures.immediateVoidFuture();
        }

        @Override
        public void setResult(Result r) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BodyInvoker newBodyInvoker() {
            throw new IllegalStateException("no body");
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
