package org.dossier.search.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.index.Indexer;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.query.SolrQueryPipeline;
import org.dossier.solr.SolrConnection;

/**
 * What analysing whole transcripts for snippets costs: the same highlighted query against 1,000
 * short documents and 50 transcripts of 50 to 600 KB whose matches sit at the end (the 20 hits
 * asked for are transcripts), with Solr's
 * default hl.maxAnalyzedChars (51,200) and with Dossier's (1,000,000). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.dossier.search.tools.HighlightCost}
 */
public final class HighlightCost {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dossier-hl-cost");
        try (SolrConnection solr = SolrConnection.embedded(dir)) {
            Indexer indexer = new Indexer(solr);
            for (int i = 0; i < 1_000; i++) {
                indexer.add(Document.builder().id("short-" + i).title("Short " + i).kind(Kind.ARTICLE)
                        .body("Plutonium and enrichment, note " + i + ". " + "Filler sentence about policy. ".repeat(60)).checksum("x").build());
            }
            String filler = "We talked about the weather and the harvest at great length. ";
            for (int kb : new int[] {50, 100, 200, 400, 600}) {
                for (int copy = 0; copy < 10; copy++) {
                    indexer.add(Document.builder().id("long-" + kb + "-" + copy).title("Transcript " + kb + " KB").kind(Kind.PODCAST)
                            .body(filler.repeat(kb * 1024 / filler.length()) + " Finally: plutonium reprocessing.").checksum("x").build());
                }
            }
            indexer.commit();
            SearchConfig config = SearchConfig.load();
            SolrQuery query = SolrQueryPipeline.standard(config)
                    .build(new SearchRequestParser(config).parse(Map.of("q", List.of("plutonium"), "pageSize", List.of("20"), "kind", List.of("podcast"),
                            "sort", List.of("title"))));
            for (int chars : new int[] {51_200, 1_000_000, 51_200, 1_000_000}) {
                query.set("hl.maxAnalyzedChars", chars);
                for (int i = 0; i < 200; i++) { // warm-up
                    solr.client().query(solr.collection(), query);
                }
                int runs = 1_000;
                long start = System.nanoTime();
                long snippetsOfLongOnes = 0;
                for (int i = 0; i < runs; i++) {
                    var response = solr.client().query(solr.collection(), query);
                    if (i == 0) {
                        snippetsOfLongOnes = response.getHighlighting().entrySet().stream()
                                .filter(e -> e.getKey().startsWith("long-"))
                                .filter(e -> !e.getValue().getOrDefault("body", List.of()).isEmpty()
                                        && e.getValue().get("body").get(0).contains("<mark>")).count();
                    }
                }
                double ms = (System.nanoTime() - start) / 1e6 / runs;
                System.out.printf("hl.maxAnalyzedChars=%,9d: %.2f ms per query (20 hits, long transcripts with a marked snippet: %d of 20)%n",
                        chars, ms, snippetsOfLongOnes);
            }
        }
    }
}
