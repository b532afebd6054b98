package jenkins.util;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-in for {@code jenkins.util.Timer} of Jenkins core 2.528.3: the shared scheduler for short background tasks.
 *
 * <p>The stand-in's scheduler is a real {@link ScheduledThreadPoolExecutor} with daemon threads, so it never keeps
 * a test JVM alive.
 */
public class Timer {
    /** Pool size of the stand-in. Enough for test workloads, not sized after a Jenkins controller. */
    private static final int POOL_SIZE = 4;

    private static ScheduledExecutorService executorService;

    private Timer() {
    }

    public static synchronized ScheduledExecutorService get() {
        if (executorService == null) {
            executorService = new ScheduledThreadPoolExecutor(POOL_SIZE, new DaemonThreadFactory());
        }
        return executorService;
    }

    /** Creates numbered daemon threads. */
    private static final class DaemonThreadFactory implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "jenkins.util.Timer [#" + count.incrementAndGet() + "]");
            thread.setDaemon(true);
            return thread;
        }
    }
}
