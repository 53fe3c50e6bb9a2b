package org.dossier.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task (reading and extracting one file) with a time limit. A task that overruns is
 * interrupted and abandoned with its thread, and the next task gets a fresh thread, so one file
 * does not stop indexing. Threads are daemons: an abandoned one that ignores the interruption
 * cannot keep the JVM alive, but it does keep running; that is why document formats, whose
 * parsers are the likely culprits, are parsed in a child process that is killed instead
 * ({@link IsolatedFormatParser}, which the interruption reaches). Not for concurrent use.
 */
public final class TimeLimit implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration limit;
    private ExecutorService worker;
    private int abandoned;

    public TimeLimit(Duration limit) {
        this.limit = limit;
        this.worker = newWorker();
    }

    public Duration limit() {
        return limit;
    }

    /** Threads given up on so far because their task overran. */
    public int abandoned() {
        return abandoned;
    }

    /**
     * The task's result.
     *
     * @throws TimeoutException when it took longer than the limit (it has been interrupted)
     * @throws ExecutionException with what the task threw
     */
    public <T> T call(Callable<T> task) throws TimeoutException, ExecutionException, InterruptedException {
        Future<T> future = worker.submit(task);
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            abandoned++;
            throw e;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dossier-parse-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
