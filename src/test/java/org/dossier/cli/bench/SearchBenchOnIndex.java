package org.dossier.cli.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.dossier.solr.SolrConnection;

/**
 * Development aid, not a test: the bench's search measurement ({@link SearchBench}) repeated on an
 * index that already exists (built once by {@code dossier index --optimize}), so that a change to the
 * server or to JVM options can be compared without indexing 100,000 documents each time:
 * {@code java [jvm options] -cp ... org.dossier.cli.bench.SearchBenchOnIndex DATA_DIR [queries] [warmup] [rounds]}.
 */
public final class SearchBenchOnIndex {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        try (SolrConnection solr = SolrConnection.embedded(data)) {
            for (int round = 1; round <= rounds; round++) {
                SearchBench.Result r = new SearchBench(System.err, "round " + round).run(solr, QueryMix.generate(42, queries), warmup, false);
                for (String clients : r.api().keySet()) {
                    SearchBench.Latency a = r.api().get(clients);
                    SearchBench.Latency d = r.direct().get(clients);
                    System.out.printf(Locale.ROOT, "round %d, %s client(s): direct p50 %.2f p95 %.2f p99 %.2f %.0f/s cpu %.2f ms | api p50 %.2f p95 %.2f p99 %.2f %.0f/s cpu %.2f ms | p50 ratio %.2f%n",
                            round, clients, d.p50(), d.p95(), d.p99(), d.perSecond(), d.cpuMsPerQuery(), a.p50(), a.p95(), a.p99(), a.perSecond(),
                            a.cpuMsPerQuery(), a.p50() / d.p50());
                }
            }
        }
    }
}
