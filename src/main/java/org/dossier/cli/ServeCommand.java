package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.dossier.extract.DocumentExtractor;
import org.dossier.solr.SolrConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the search page and JSON API. The seeds folder is indexed first, so new or changed",
                "seed files are picked up at every start; unchanged ones cost nothing."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${DOSSIER_PORT:-7070}",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "${DOSSIER_HOST:-127.0.0.1}",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${DOSSIER_SEEDS:-seeds}",
            description = "Folder indexed at start (default: ${DEFAULT-VALUE}); skipped when it does not exist.")
    Path seeds;

    @Option(names = "--watch", paramLabel = "DIR",
            description = {"Also index this folder (repeatable) in the background and keep the index in step with it:",
                    "new and changed files are searchable within seconds, removed ones disappear."})
    List<Path> watch = new ArrayList<>();

    @Mixin
    SolrOptions solr;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    ServerOptions server;

    @Mixin
    IngestOptions ingest;

    private static DocumentExtractor awaitExtractor(
            CompletableFuture<DocumentExtractor> extractor, SolrConnection solr)
            throws InterruptedException {
        try {
            return extractor.get();
        } catch (ExecutionException e) {
            solr.close();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            solr.close();
            throw e;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        long start = System.nanoTime();
        // everything that can fail on a bad option is read before Solr starts
        org.dossier.web.ServerSettings settings = server.settings();
        ReadLimits limits = ingest.limits();
        for (Path folder : watch) {
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new IllegalArgumentException("--watch needs a folder; not a folder: " + folder);
            }
        }
        // The extractor (gazetteer, taxonomy, their matchers) is built on another core while Solr
        // opens, a quarter of a second off the start; a bad --taxonomy still stops the start,
        // with Solr closed again.
        CompletableFuture<DocumentExtractor> extractor =
                CompletableFuture.supplyAsync(extraction::extractor);
        SolrConnection connection = solr.connect();
        DossierApp app = DossierApp.start(connection, awaitExtractor(extractor, connection), seeds, host, port, System.err, settings,
                watch, limits);
        // SIGTERM and Ctrl-C are handled here rather than by the JVM's shutdown, so that the drain
        // runs with logging still up and the process ends with status 0 (a stop asked for is not a
        // failure); the hook covers any other way the JVM ends
        CountDownLatch stop = new CountDownLatch(1);
        List<Runnable> restore = IndexCommand.Signals.onStop(stop::countDown);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "dossier-shutdown"));
        if (app.seedReport() != null) {
            System.out.println("Seeds: " + app.seedReport().summary());
        }
        String shownHost = host.equals("0.0.0.0") ? "localhost" : host;
        System.out.printf("Dossier is serving %s on http://%s:%d/ (ready in %d ms; Ctrl-C stops it)%n",
                app.describe(), shownHost, app.port(), (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
        try {
            stop.await();
            System.err.println("stopping: letting requests in flight finish, committing, closing Solr");
            app.close();
        } finally {
            restore.forEach(Runnable::run);
        }
        System.out.println("Dossier stopped.");
        return 0;
    }
}
