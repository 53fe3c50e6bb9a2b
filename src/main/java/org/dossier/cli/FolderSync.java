package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.ingest.FolderWatcher;

/**
 * Keeps the index in step with folders ({@code index --watch}, {@code serve --watch}): one
 * background thread first indexes the folders (pruning documents whose files are gone), then
 * applies each batch of changes its {@link FolderWatcher} reports, with one commit per batch.
 * Watching starts before the first pass, so nothing written meanwhile is missed. {@link #close()}
 * lets the batch in progress finish and be committed.
 */
final class FolderSync implements AutoCloseable {
    /** A change is indexed once the folders have been quiet this long... */
    static final Duration QUIET = Duration.ofMillis(1_000);
    /** ...or at the latest this long after it, however busy they stay. */
    static final Duration MAX_DELAY = Duration.ofSeconds(5);

    private final IndexingRun run;
    private final FolderWatcher watcher;
    private final PrintStream log;
    private final Thread thread;
    private volatile IndexingRun.Report initialReport;
    private volatile int batches;

    FolderSync(IndexingRun run, List<Path> folders, PrintStream log) {
        this(run, folders, log, QUIET, MAX_DELAY);
    }

    FolderSync(IndexingRun run, List<Path> folders, PrintStream log, Duration quiet, Duration maxDelay) {
        this.run = run;
        this.log = log;
        try {
            this.watcher = new FolderWatcher(folders, quiet, maxDelay);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folders + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::loop, "dossier-watch");
        this.thread.setDaemon(true);
    }

    /** Starts the first pass and then watching, in the background. */
    FolderSync start() {
        thread.start();
        return this;
    }

    private void loop() {
        try {
            IndexingRun.Report report = run.run(watcher.roots(), true);
            initialReport = report;
            log.println("watch: " + report.summary());
            log.println("watching " + watcher.roots() + " (" + watcher.folders() + " folders) for changes");
            watcher.run(changes -> {
                run.apply(changes, watcher.roots());
                batches++;
            });
        } catch (RuntimeException e) {
            log.println("dossier: watching stopped: " + e.getMessage());
        }
    }

    /** What the first pass did, once it is done (null before). */
    IndexingRun.Report initialReport() {
        return initialReport;
    }

    /** Batches of changes applied so far. */
    int batches() {
        return batches;
    }

    int commits() {
        return run.commits();
    }

    /**
     * Asks the background thread to stop without waiting for it: the pass in progress ends after its
     * current file and commits what it indexed. Changes not yet picked up (the watcher gathers them
     * for up to {@link #QUIET}) are left for the first pass of the next start.
     */
    void stopSoon() {
        run.stop();
        watcher.close();
    }

    /** Stops and waits (up to a minute) until what was indexed is committed. */
    @Override
    public void close() {
        stopSoon();
        try {
            thread.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.close();
    }
}
