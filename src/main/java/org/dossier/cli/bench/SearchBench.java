package org.dossier.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.search.query.SolrQueryPipeline;
import org.dossier.solr.SolrConnection;
import org.dossier.web.DossierServer;

/**
 * The search half of the benchmark, on an index that already exists: the query mix through the
 * HTTP API (a blocking keep-alive client on loopback) against direct SolrJ calls with the identical Solr
 * parameters, in the same JVM, with 1 and 8 concurrent clients; optionally /api/passages. Kept
 * apart from {@link Benchmark} so that a large index built once can be measured again and again.
 */
public final class SearchBench {
    /**
     * Latencies in milliseconds, throughput in queries per second, and the whole process's CPU time
     * per query in milliseconds (every thread: server, engine, client, garbage collector), which
     * other work on a shared machine hardly changes.
     */
    public record Latency(double p50, double p95, double p99, double mean, double perSecond, double cpuMsPerQuery) {}

    /** Per client count ("1", "8"): the API, direct SolrJ, their p50 ratio, and /api/passages (when measured). */
    public record Result(Map<String, Latency> api, Map<String, Latency> direct, Map<String, Double> apiToDirectP50,
            Map<String, Latency> passagesApi) {}

    static final int[] CLIENTS = {1, 8};

    static {
        // HttpURLConnection keeps at most http.maxConnections idle connections per server (5 unless
        // set), read once when it is first used: 8 clients need 8, or 3 of them would connect anew
        // for every search
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "16");
        }
    }

    private final PrintStream log;
    private final String label;

    public SearchBench(PrintStream log, String label) {
        this.log = log;
        this.label = label;
    }

    public Result run(SolrConnection solr, List<Map<String, List<String>>> mix, int warmup, boolean passageSearches) throws Exception {
        SearchService search = new SearchService(solr, SearchConfig.load());
        SearchRequestParser parser = new SearchRequestParser(search.config());
        SolrQueryPipeline pipeline = SolrQueryPipeline.standard(search.config());
        Map<String, Latency> api = new LinkedHashMap<>();
        Map<String, Latency> direct = new LinkedHashMap<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        Map<String, Latency> passages = new LinkedHashMap<>();
        try (DossierServer server = new DossierServer(search).start("127.0.0.1", 0)) {
            String searchBase = "http://127.0.0.1:" + server.port() + "/api/search?";
            String passagesBase = "http://127.0.0.1:" + server.port() + "/api/passages?";
            Query viaApi = params -> get(searchBase + QueryMix.queryString(params));
            Query viaSolrJ = params -> {
                SolrQuery query = pipeline.build(parser.parse(params));
                solr.client().query(solr.collection(), query);
            };
            Query passagesApi = params -> {
                Map<String, List<String>> p = new LinkedHashMap<>(params);
                p.remove("sort"); // the mix's sorts all apply, but keep passages on relevance
                get(passagesBase + QueryMix.queryString(p));
            };
            log.printf("[%s] warming up (%d queries each way)%n", label, warmup);
            for (int i = 0; i < warmup; i++) {
                viaApi.run(mix.get(i % mix.size()));
                viaSolrJ.run(mix.get(i % mix.size()));
            }
            for (int i = 0; passageSearches && i < warmup; i++) {
                passagesApi.run(mix.get(i % mix.size()));
            }
            for (int clients : passageSearches ? CLIENTS : new int[0]) {
                log.printf("[%s] %d passage searches, %d client(s)%n", label, mix.size(), clients);
                passages.put(String.valueOf(clients), measure(mix, clients, passagesApi));
            }
            for (int clients : CLIENTS) {
                log.printf("[%s] %d queries, %d client(s): direct SolrJ, then the HTTP API%n", label, mix.size(), clients);
                Latency d = measure(mix, clients, viaSolrJ);
                Latency a = measure(mix, clients, viaApi);
                direct.put(String.valueOf(clients), d);
                api.put(String.valueOf(clients), a);
                ratios.put(String.valueOf(clients), a.p50() / d.p50());
            }
        }
        return new Result(api, direct, ratios, passages);
    }

    /**
     * One search through the API as a script would send it: a plain blocking HTTP/1.1 request on a
     * kept-alive connection, the answer read in full. The JDK's HttpURLConnection rather than its
     * asynchronous HttpClient, because the client runs in the measured JVM and its own work counts
     * against the API: on loopback HttpClient spent 0.29-0.37 ms of CPU per request on a trivial
     * answer where HttpURLConnection spent 0.09-0.15 ms (ApiCostBreakdown), and the server's share
     * is what is measured.
     */
    private static void get(String uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(uri).toURL().openConnection();
        connection.setConnectTimeout(30_000);
        connection.setReadTimeout(30_000);
        int status = connection.getResponseCode();
        // reading the answer to its end and closing the stream returns the connection to the
        // keep-alive cache
        try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status + " for " + uri);
        }
    }

    @FunctionalInterface
    interface Query {
        void run(Map<String, List<String>> params) throws Exception;
    }

    static Latency measure(List<Map<String, List<String>>> mix, int clients, Query query) throws Exception {
        long[] nanos = new long[mix.size()];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpuStart = Machine.processCpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int i = client; i < mix.size(); i += clients) {
                        long t = System.nanoTime();
                        query.run(mix.get(i));
                        nanos[i] = System.nanoTime() - t;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (Machine.processCpuNanos() - cpuStart) / 1e6;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.95)), ms(percentile(sorted, 0.99)),
                ms((long) Arrays.stream(sorted).average().orElse(0)), mix.size() / seconds, cpuMs / mix.size());
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
