package org.dossier.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Document;

/**
 * Stamps, reads and understands files on a few threads of their own, so that parsing and
 * extraction overlap with the caller's indexing instead of taking turns with it. Each file is still
 * read within the time limit: every loading thread owns a {@link TimeLimit}, which abandons a
 * task that overruns and gives that thread a fresh worker (a document format's parser process,
 * reached by the interruption, is killed: {@link IsolatedFormatParser}). Results are futures, so the caller
 * takes them in the order it submitted them and indexing stays deterministic.
 */
public final class ParallelLoader implements AutoCloseable {
    /** What became of one file: a document, or why there is none. */
    public record Loaded(Path path, Document document, IngestException failure, boolean timedOut) {
        static Loaded of(Path path, Document document) {
            return new Loaded(path, document, null, false);
        }

        static Loaded failed(IngestException failure) {
            return new Loaded(failure.path(), null, failure, failure.isTimedOut());
        }

        public boolean ok() {
            return document != null;
        }
    }

    /** A file's stamp, or why it could not be read. */
    public record Stamped(Path path, FileStamp stamp, IngestException failure) {}

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final SourceFileReader reader;
    private final DocumentLoader loader;
    private final Duration timeout;
    private final ExecutorService pool;
    private final List<TimeLimit> limits = new ArrayList<>();
    private final ThreadLocal<TimeLimit> limit;

    /**
     * @param threads how many files are read and understood at once; one is enough to take
     *     extraction off the indexing thread, more help on machines with cores to spare
     */
    public ParallelLoader(SourceFileReader reader, DocumentLoader loader, Duration timeout, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.reader = reader;
        this.loader = loader;
        this.timeout = timeout;
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-load-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true); // a stuck parser must never keep the JVM alive
            return t;
        });
        this.limit = ThreadLocal.withInitial(() -> {
            TimeLimit own = new TimeLimit(timeout);
            synchronized (limits) {
                limits.add(own);
            }
            return own;
        });
    }

    /**
     * The default number of loading threads: all cores but one, which the indexing thread and
     * Lucene keep busy; at least one.
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    public Future<Stamped> stamp(Path path) {
        return pool.submit(() -> {
            try {
                FileStamp stamp = reader.stamp(path);
                return new Stamped(stamp.path(), stamp, null);
            } catch (IngestException e) {
                return new Stamped(path, null, e);
            }
        });
    }

    /** Reads and understands a file within the time limit; the future never fails. */
    public Future<Loaded> load(Path path) {
        return pool.submit(() -> {
            try {
                reader.prepare(path); // a parser process starting is not this file's time
                return Loaded.of(path, limit.get().call(() -> loader.load(reader.readInterruptibly(path))));
            } catch (TimeoutException e) {
                return Loaded.failed(IngestException.timedOut(path, timeout));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                return Loaded.failed(cause instanceof IngestException ie ? ie
                        : new IngestException(path, "could not be parsed (" + cause + ")"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Loaded.failed(new IngestException(path, "interrupted"));
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
        synchronized (limits) {
            limits.forEach(TimeLimit::close);
        }
    }
}
