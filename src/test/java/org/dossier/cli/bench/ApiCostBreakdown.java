package org.dossier.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.search.query.SolrQueryPipeline;
import org.dossier.solr.SolrConnection;

/**
 * Development aid, not a test: where the API's extra cost over direct SolrJ goes, without HTTP.
 * Runs the bench's mix on an existing index one step further each time: direct SolrJ; the search
 * service (SolrJ and the mapping into records); the service and the JSON bytes. Process CPU per
 * query, one client: {@code java -cp ... org.dossier.cli.bench.ApiCostBreakdown DATA_DIR [queries] [rounds]}.
 */
public final class ApiCostBreakdown {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try (SolrConnection solr = SolrConnection.embedded(data)) {
            SearchService search = new SearchService(solr, SearchConfig.load());
            SearchRequestParser parser = new SearchRequestParser(search.config());
            SolrQueryPipeline pipeline = SolrQueryPipeline.standard(search.config());
            List<Map<String, List<String>>> mix = QueryMix.generate(42, queries);
            Map<String, SearchBench.Query> steps = new java.util.LinkedHashMap<>();
            steps.put("direct SolrJ", p -> solr.client().query(solr.collection(), pipeline.build(parser.parse(p))));
            steps.put("service (+ mapping)", p -> search.search(parser.parse(p)));
            steps.put("service + JSON bytes", p -> json.writeValueAsBytes(search.search(parser.parse(p))));
            // per search, on this thread's CPU clock (which other processes hardly disturb): direct
            // SolrJ, the service (SolrJ and the mapping), and the JSON bytes of the service's answer
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = 0; round <= rounds; round++) {
                long direct = 0, service = 0, bytes = 0, size = 0;
                for (Map<String, List<String>> p : mix) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    solr.client().query(solr.collection(), pipeline.build(parser.parse(p)));
                    long c1 = cpu.getCurrentThreadCpuTime();
                    Object answer = search.search(parser.parse(p));
                    long c2 = cpu.getCurrentThreadCpuTime();
                    size += json.writeValueAsBytes(answer).length;
                    long c3 = cpu.getCurrentThreadCpuTime();
                    direct += c1 - c0;
                    service += c2 - c1;
                    bytes += c3 - c2;
                }
                if (round > 0) {
                    System.out.printf(Locale.ROOT, "round %d thread CPU per search: direct %.3f ms, service %.3f ms, JSON %.3f ms (%d bytes)%n", round,
                            direct / 1e6 / mix.size(), service / 1e6 / mix.size(), bytes / 1e6 / mix.size(), size / mix.size());
                }
            }
            int clients = Integer.getInteger("clients", 1);
            try (org.dossier.web.DossierServer server = new org.dossier.web.DossierServer(search).start("127.0.0.1", 0)) {
                java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
                String base = "http://127.0.0.1:" + server.port();
                steps.put("HTTP /health", p -> http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray()));
                steps.put("URLConn /health", p -> {
                    java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(base + "/health").toURL().openConnection();
                    try (java.io.InputStream in = c.getInputStream()) {
                        in.readAllBytes();
                    }
                });
                steps.put("URLConn /api/search", p -> {
                    java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(base + "/api/search?" + QueryMix.queryString(p)).toURL().openConnection();
                    try (java.io.InputStream in = c.getInputStream()) {
                        in.readAllBytes();
                    }
                });
                org.apache.http.impl.conn.PoolingHttpClientConnectionManager pool = new org.apache.http.impl.conn.PoolingHttpClientConnectionManager();
                pool.setDefaultMaxPerRoute(16);
                pool.setMaxTotal(16);
                org.apache.http.impl.client.CloseableHttpClient apache = org.apache.http.impl.client.HttpClients.custom().setConnectionManager(pool).build();
                steps.put("Apache /health", p -> {
                    try (org.apache.http.client.methods.CloseableHttpResponse r = apache.execute(new org.apache.http.client.methods.HttpGet(base + "/health"))) {
                        org.apache.http.util.EntityUtils.toByteArray(r.getEntity());
                    }
                });
                steps.put("Apache /api/search", p -> {
                    try (org.apache.http.client.methods.CloseableHttpResponse r = apache.execute(new org.apache.http.client.methods.HttpGet(base + "/api/search?" + QueryMix.queryString(p)))) {
                        org.apache.http.util.EntityUtils.toByteArray(r.getEntity());
                    }
                });
                steps.put("HTTP /api/search", p -> http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/search?" + QueryMix.queryString(p))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray()));
                for (int round = 0; round <= rounds; round++) { // round 0 warms up
                    for (Map.Entry<String, SearchBench.Query> step : steps.entrySet()) {
                        SearchBench.Latency l = SearchBench.measure(mix, clients, step.getValue());
                        if (round > 0) {
                            System.out.printf(Locale.ROOT, "round %d %-22s p50 %.2f ms, %.0f/s, cpu %.3f ms/query%n", round, step.getKey(), l.p50(), l.perSecond(), l.cpuMsPerQuery());
                        }
                    }
                }
            }
        }
    }
}
