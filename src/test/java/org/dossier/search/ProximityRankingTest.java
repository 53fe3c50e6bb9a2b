package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.index.Indexer;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Among documents with all the query's words, those where the words stand together in the body
 * rank first, in every order a search can take: the proximity pass (see ProximityRerankStep) must
 * reach documents the words alone rank low, and leave other orders alone.
 */
class ProximityRankingTest {
    @TempDir
    static Path dataDir;

    static SolrConnection solr;
    static SearchService search;

    @BeforeAll
    static void index() {
        solr = SolrConnection.embedded(dataDir);
        Indexer indexer = new Indexer(solr);
        List<Document> docs = new ArrayList<>();
        // Forty documents with both words far apart, each a little denser in them than the one
        // document where they stand together, which the words alone therefore rank last.
        for (int i = 0; i < 40; i++) {
            docs.add(doc(String.format("apart-%02d", i), 2000 + i % 20,
                    "Ammunition ammunition stocks ran low. " + filler(12) + " Shipments shipments resumed in spring."));
        }
        docs.add(doc("together", 1999, "The ammunition shipments resumed. " + filler(30)));
        docs.forEach(indexer::add);
        indexer.commit();
        search = new SearchService(solr, SearchConfig.load());
    }

    @AfterAll
    static void close() {
        solr.close();
    }

    @Test
    void wordsStandingTogetherRankFirst() {
        assertThat(ids(Map.of("q", List.of("ammunition shipments"))).get(0)).isEqualTo("together");
        assertThat(ids(Map.of("q", List.of("ammunition shipments"), "pageSize", List.of("50")))).hasSize(41);
    }

    @Test
    void otherOrdersAreKept() {
        assertThat(ids(Map.of("q", List.of("ammunition shipments"), "sort", List.of("oldest"))).get(0)).isEqualTo("together");
        List<String> newest = ids(Map.of("q", List.of("ammunition shipments"), "sort", List.of("newest"), "pageSize", List.of("50")));
        assertThat(newest.get(newest.size() - 1)).isEqualTo("together");
    }

    @Test
    void pagesDoNotRepeatOrSkipDocuments() {
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            paged.addAll(ids(Map.of("q", List.of("ammunition shipments"), "page", List.of(String.valueOf(page)))));
        }
        assertThat(paged).doesNotHaveDuplicates().hasSize(41)
                .isEqualTo(ids(Map.of("q", List.of("ammunition shipments"), "pageSize", List.of("50"))));
    }

    @Test
    void anExportFollowsTheSearchsOrder() {
        Map<String, List<String>> all = Map.of("q", List.of("ammunition shipments"), "pageSize", List.of("50"));
        assertThat(exported(search, all)).isEqualTo(ids(search, all));
        // a pass over fewer documents than match: the export switches to a cursor after them
        SearchService shortPass = withProximityDocs(10);
        assertThat(ids(shortPass, all)).as("the pass does not reach the 41st document").last().isEqualTo("together");
        assertThat(exported(shortPass, all)).isEqualTo(ids(shortPass, all)).doesNotHaveDuplicates().hasSize(41);
    }

    private static SearchService withProximityDocs(int documents) {
        SearchConfig c = SearchConfig.load();
        SearchConfig.Query query = new SearchConfig.Query(c.query().maxLength(), c.query().timeAllowedMs(), documents);
        return new SearchService(solr, new SearchConfig(c.facets(), c.range(), c.sorts(), c.paging(), query, c.highlight(),
                c.spellcheck(), c.faceting()));
    }

    private static List<String> exported(SearchService service, Map<String, List<String>> params) {
        List<String> exported = new ArrayList<>();
        new Exporter(service).export(new SearchRequestParser(service.config()).parse(params), doc -> exported.add(doc.id()));
        return exported;
    }

    private static List<String> ids(Map<String, List<String>> params) {
        return ids(search, params);
    }

    private static List<String> ids(SearchService service, Map<String, List<String>> params) {
        return service.search(new SearchRequestParser(service.config()).parse(params)).hits().stream().map(Hit::id).toList();
    }

    private static String filler(int sentences) {
        String[] words = {"Officials", "met", "in", "the", "capital", "to", "discuss", "the", "budget", "and", "roads"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(String.join(" ", words)).append(". ");
        }
        return text.toString().strip();
    }

    private static Document doc(String id, int year, String body) {
        return Document.builder().id(id).title("Notes " + id).kind(Kind.ARTICLE).date(java.time.LocalDate.of(year, 1, 1))
                .countries(List.of()).topics(List.of()).speakers(List.of()).body(body).language("en").checksum("c-" + id).build();
    }
}
