package io.jenkins.plugins.pleskbackup.steps;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plugin's own small thread pool for Plesk requests of waiting steps. {@code jenkins.util.Timer} only schedules
 * the polls; the requests themselves, which may take up to the server's timeouts, run here so that they never block a
 * thread of the Timer that all of Jenkins shares. Idle threads end after a minute.
 */
final class PollExecutor {

    /** Concurrent requests; more waiting steps queue up, each request being short and bounded by timeouts. */
    private static final int THREADS = 4;

    private static final ExecutorService EXECUTOR = create();

    private PollExecutor() {
    }

    static ExecutorService get() {
        return EXECUTOR;
    }

    private static ExecutorService create() {
        AtomicInteger count = new AtomicInteger();
        ClassLoader pluginClassLoader = PollExecutor.class.getClassLoader();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "Plesk backup poll " + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(pluginClassLoader);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
