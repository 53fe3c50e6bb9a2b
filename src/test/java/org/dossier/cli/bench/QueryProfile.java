package org.dossier.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.query.SolrQueryPipeline;
import org.dossier.solr.SolrConnection;

/**
 * Development aid, not a test: runs the bench's query mix straight to SolrJ on an existing index
 * and says which searches are slow and where a search's CPU time goes. Each search is timed by the
 * wall clock and by the calling thread's CPU time (the embedded engine answers on that thread, so
 * CPU time is what a busy shared machine does not distort). Variants are Solr parameters set or
 * removed on every search, to compare in one run:
 * {@code java -cp ... org.dossier.cli.bench.QueryProfile DATA_DIR [queries] [variant ...]}, where a
 * variant is {@code name:param=value,-param,...}, e.g. {@code nofacets:-facet} or
 * {@code uif:facet.method=uif}.
 */
public final class QueryProfile {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> variants = new ArrayList<>(List.of("as-built:"));
        variants.addAll(Arrays.asList(args).subList(Math.min(args.length, 2), args.length));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (SolrConnection solr = SolrConnection.embedded(data)) {
            SearchConfig config = SearchConfig.load();
            SearchRequestParser parser = new SearchRequestParser(config);
            SolrQueryPipeline pipeline = SolrQueryPipeline.standard(config);
            List<Map<String, List<String>>> mix = QueryMix.generate(42, count);
            for (int round = 0; round < 2; round++) { // the first round warms up every variant
                for (String variant : variants) {
                    String name = variant.substring(0, variant.indexOf(':'));
                    String[] changes = variant.substring(variant.indexOf(':') + 1).split(",");
                    long[] wall = new long[mix.size()];
                    long[] cpuNs = new long[mix.size()];
                    long[] found = new long[mix.size()];
                    for (int i = 0; i < mix.size(); i++) {
                        SolrQuery query = pipeline.build(parser.parse(mix.get(i)));
                        for (String change : changes) {
                            if (change.startsWith("-")) {
                                query.remove(change.substring(1));
                            } else if (change.contains("=")) {
                                query.set(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
                            }
                        }
                        long c0 = cpu.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        QueryResponse response = solr.client().query(solr.collection(), query);
                        wall[i] = System.nanoTime() - t0;
                        cpuNs[i] = cpu.getCurrentThreadCpuTime() - c0;
                        found[i] = response.getResults().getNumFound();
                    }
                    if (round == 0) {
                        continue;
                    }
                    System.out.printf("%-12s wall p50 %6.2f p95 %6.2f p99 %6.2f mean %6.2f | cpu p50 %6.2f p95 %6.2f p99 %6.2f mean %6.2f ms%n",
                            name, pct(wall, 50), pct(wall, 95), pct(wall, 99), mean(wall), pct(cpuNs, 50), pct(cpuNs, 95), pct(cpuNs, 99),
                            mean(cpuNs));
                    if (Boolean.getBoolean("slowest")) {
                        Integer[] order = new Integer[mix.size()];
                        Arrays.setAll(order, i -> i);
                        Arrays.sort(order, Comparator.comparingLong(i -> -cpuNs[i]));
                        for (int k = 0; k < 15; k++) {
                            int i = order[k];
                            System.out.printf("   cpu %6.2f ms  found %,7d  %s%n", cpuNs[i] / 1e6, found[i], mix.get(i));
                        }
                    }
                }
            }
        }
        System.exit(0); // Solr's threads would keep the JVM alive
    }

    private static double pct(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0) / 1e6;
    }
}
