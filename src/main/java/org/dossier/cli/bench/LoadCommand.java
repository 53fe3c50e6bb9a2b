package org.dossier.cli.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dossier.cli.IndexingRun;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentIds;
import org.dossier.ingest.DocumentLoader;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.dossier.web.DossierServer;
import org.dossier.web.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A bounded load run on loopback: many clients search the HTTP API for a fixed time against a
 * large index while an indexing run adds more documents; then every document the indexer reported
 * is looked up. Only 200 and the cap's deliberate 503 count as correct answers.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"A bounded load run on loopback: N clients search for S seconds while new documents are indexed;",
                "reports statuses and latency percentiles, then checks every indexed document is searchable."})
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--documents", defaultValue = "100000", description = "Documents in the index before the run (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--added", defaultValue = "5000", description = "Documents indexed during the run (default: ${DEFAULT-VALUE}).")
    int added;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long the clients search (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--work-dir", defaultValue = "target/bench", description = "Corpora and indexes (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.err;
        Path base = workDir.resolve("n" + documents).resolve("corpus");
        if (!Files.exists(base.resolve(".complete"))) {
            log.printf("generating %,d documents%n", documents);
            Benchmark.deleteTree(base);
            long bytes = new CorpusGenerator(seed, documents).writeTo(base, documents);
            Files.writeString(base.resolve(".complete"), "seed=" + seed + " size=" + documents + " bytes=" + bytes);
        }
        Path extra = workDir.resolve("load-added-" + added);
        Benchmark.deleteTree(extra);
        new CorpusGenerator(seed + 1, added).writeTo(extra, added);
        Path data = workDir.resolve("load-data");
        Benchmark.deleteTree(data);
        DocumentExtractor extractor = DocumentExtractor.withDefaults();
        try (SolrConnection solr = SolrConnection.embedded(data)) {
            log.printf("indexing %,d documents%n", documents);
            IndexingRun.Report initial = new IndexingRun(new DocumentLoader(extractor), new Indexer(solr), log).run(List.of(base));
            log.println(initial.summary());
            ServerSettings settings = ServerSettings.defaults();
            try (DossierServer server = new DossierServer(new SearchService(solr, SearchConfig.load()), settings, null).start("127.0.0.1", 0)) {
                String api = "http://127.0.0.1:" + server.port();
                List<Map<String, List<String>>> mix = QueryMix.generate(seed, 5_000);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
                List<long[]> latencies = new ArrayList<>();
                AtomicLong errors = new AtomicLong();
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
                Future<IndexingRun.Report> indexing = pool.submit(() ->
                        new IndexingRun(new DocumentLoader(extractor), new Indexer(solr), new PrintStream(PrintStream.nullOutputStream())).run(List.of(extra)));
                List<Future<long[]>> runs = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    runs.add(pool.submit(() -> {
                        long[] nanos = new long[1 << 20];
                        int n = 0;
                        for (int i = client; System.nanoTime() < end && n < nanos.length; i += clients) {
                            long t = System.nanoTime();
                            try {
                                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(api + "/api/search?"
                                        + QueryMix.queryString(mix.get(i % mix.size())))).timeout(Duration.ofSeconds(30)).build(),
                                        HttpResponse.BodyHandlers.ofByteArray());
                                statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            nanos[n++] = System.nanoTime() - t;
                        }
                        return java.util.Arrays.copyOf(nanos, n);
                    }));
                }
                for (Future<long[]> run : runs) {
                    latencies.add(run.get());
                }
                IndexingRun.Report during = indexing.get();
                pool.shutdown();
                long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
                long requests = all.length;
                long wrong = errors.get() + statuses.entrySet().stream().filter(e -> e.getKey() != 200 && e.getKey() != 503)
                        .mapToLong(e -> e.getValue().get()).sum();

                log.println("checking every added document is searchable");
                long missing = 0;
                try (Stream<Path> files = Files.list(extra)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        String id = DocumentIds.forPath(file.toAbsolutePath().normalize());
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(api + "/api/documents/" + id)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            missing++;
                        }
                    }
                }
                long total = new SearchService(solr, SearchConfig.load()).count();
                Map<Integer, Long> byStatus = new TreeMap<>();
                statuses.forEach((k, v) -> byStatus.put(k, v.get()));
                System.out.printf(Locale.ROOT, "| %,d documents + %,d added during the run | %d clients, %d s | %,d requests (%,.0f/s) | statuses %s | other errors %d | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms | indexing during the run: %s | added documents not found afterwards: %d | documents at the end: %,d |%n",
                        documents, added, clients, seconds, requests, requests / (double) seconds, byStatus, errors.get(),
                        pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                        during.summary(), missing, total);
                return wrong == 0 && missing == 0 && total == (long) documents + added ? 0 : 1;
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
