package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.DocumentWriter;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentLoader;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.dossier.web.DossierServer;
import org.dossier.web.Reindexing;
import org.dossier.web.ServerSettings;
import org.dossier.web.WriteServices;

/**
 * A running Dossier: Solr, the seeds indexed, the HTTP server listening. {@code serve} runs one
 * until it is stopped; tests start one on a free port. Closing stops the server (letting requests
 * in flight finish), then Solr.
 */
public final class DossierApp implements AutoCloseable {
    private final SolrConnection solr;
    private final DossierServer server;
    private final IndexingRun.Report seedReport;
    private final FolderSync watching;
    private final UploadIntake intake;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private DossierApp(SolrConnection solr, DossierServer server, IndexingRun.Report seedReport, FolderSync watching,
            UploadIntake intake) {
        this.solr = solr;
        this.server = server;
        this.seedReport = seedReport;
        this.watching = watching;
        this.intake = intake;
    }

    /** A read-only server with default settings. */
    public static DossierApp start(SolrConnection solr, DocumentExtractor extractor, Path seeds, String host, int port, PrintStream log) {
        return start(solr, extractor, seeds, host, port, log, ServerSettings.defaults());
    }

    /**
     * Takes ownership of {@code solr}: if anything fails here it is closed, so a failed start never
     * leaves Solr's threads holding the JVM.
     */
    public static DossierApp start(SolrConnection solr, DocumentExtractor extractor, Path seeds, String host, int port,
            PrintStream log, ServerSettings settings) {
        return start(solr, extractor, seeds, host, port, log, settings, List.of());
    }

    /**
     * As above, and keeps the index in step with the {@code watch} folders in the background (first
     * indexing them, then following their changes) until closed.
     */
    public static DossierApp start(SolrConnection solr, DocumentExtractor extractor, Path seeds, String host, int port,
            PrintStream log, ServerSettings settings, List<Path> watch) {
        return start(solr, extractor, seeds, host, port, log, settings, watch, ReadLimits.DEFAULTS);
    }

    /** As above, reading seeds, watched files and uploads within {@code limits}. */
    static DossierApp start(SolrConnection solr, DocumentExtractor extractor, Path seeds, String host, int port,
            PrintStream log, ServerSettings settings, List<Path> watch, ReadLimits limits) {
        FolderSync watching = null;
        UploadIntake intake = null;
        try {
            IndexingRun.Report report = null;
            if (seeds != null && Files.isDirectory(seeds)) {
                try (IndexingRun run = indexingRun(solr, extractor, log, limits)) {
                    report = run.run(List.of(seeds));
                }
            }
            if (!watch.isEmpty()) {
                watching = new FolderSync(indexingRun(solr, extractor, log, limits), watch, log);
            }
            intake = new UploadIntake(extractor, limits.parseTimeout());
            WriteServices writes = new WriteServices(new DocumentWriter(solr), intake,
                    reindexing(solr, extractor, seeds, log, limits));
            DossierServer server = new DossierServer(new SearchService(solr, SearchConfig.load()), settings, writes)
                    .start(host, port);
            if (watching != null) {
                watching.start();
            }
            return new DossierApp(solr, server, report, watching, intake);
        } catch (RuntimeException e) {
            if (watching != null) {
                watching.close();
            }
            if (intake != null) {
                intake.close();
            }
            solr.close();
            throw e;
        }
    }

    private static IndexingRun indexingRun(SolrConnection solr, DocumentExtractor extractor, PrintStream log, ReadLimits limits) {
        return new IndexingRun(new DocumentLoader(extractor), new Indexer(solr), log, limits.reader(), limits.parseTimeout(),
                Progress.NO_PROGRESS);
    }

    private static Reindexing reindexing(SolrConnection solr, DocumentExtractor extractor, Path seeds, PrintStream log,
            ReadLimits limits) {
        return () -> {
            if (seeds == null || !Files.isDirectory(seeds)) {
                return new Reindexing.Result(0, 0, 0, 0, List.of(), 0);
            }
            IndexingRun.Report r;
            try (IndexingRun run = indexingRun(solr, extractor, log, limits)) {
                r = run.run(List.of(seeds));
            }
            return new Reindexing.Result(r.files(), r.added(), r.updated(), r.unchanged(),
                    r.failures().stream().map(f -> f.path().getFileName() + ": " + f.reason()).toList(), r.elapsedMs());
        };
    }

    public int port() {
        return server.port();
    }

    /** What indexing the seeds did at start, or null when there was no seeds folder. */
    IndexingRun.Report seedReport() {
        return seedReport;
    }

    String describe() {
        return solr.describe();
    }

    /** The background sync of {@code serve --watch} folders, or null. */
    FolderSync watching() {
        return watching;
    }

    /**
     * Stops in an order that loses nothing: the folder sync is asked to stop (it commits what it
     * indexed) while the server refuses new requests and lets those in flight finish; then Solr
     * closes. Safe to call again (a signal handler and a shutdown hook may both ask).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (watching != null) {
                watching.stopSoon();
            }
            server.close();
            intake.close();
        } finally {
            try {
                if (watching != null) {
                    watching.close();
                }
            } finally {
                solr.close();
            }
        }
    }
}
