package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentLoader;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.dossier.web.DossierServer;

/**
 * A running Dossier: Solr, the seeds indexed, the HTTP server listening. {@code serve} runs one
 * until it is stopped; tests start one on a free port. Closing stops the server, then Solr.
 */
public final class DossierApp implements AutoCloseable {
    private final SolrConnection solr;
    private final DossierServer server;
    private final IndexingRun.Report seedReport;

    private DossierApp(SolrConnection solr, DossierServer server, IndexingRun.Report seedReport) {
        this.solr = solr;
        this.server = server;
        this.seedReport = seedReport;
    }

    /**
     * Takes ownership of {@code solr}: if anything fails here it is closed, so a failed start never
     * leaves Solr's threads holding the JVM.
     */
    public static DossierApp start(SolrConnection solr, DocumentExtractor extractor, Path seeds, String host, int port, PrintStream log) {
        try {
            IndexingRun.Report report = null;
            if (seeds != null && Files.isDirectory(seeds)) {
                report = new IndexingRun(new DocumentLoader(extractor), new Indexer(solr), log).run(List.of(seeds));
            }
            DossierServer server = new DossierServer(new SearchService(solr, SearchConfig.load())).start(host, port);
            return new DossierApp(solr, server, report);
        } catch (RuntimeException e) {
            solr.close();
            throw e;
        }
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

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            solr.close();
        }
    }
}
