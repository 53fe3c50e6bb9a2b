package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.index.Indexer;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour that needs more than a handful of documents: cursors across pages, long transcripts. */
class LargerCorpusTest {
    static final int DOCUMENTS = 1_234;

    @TempDir
    static Path dataDir;

    static SolrConnection solr;
    static SearchService search;
    static SearchRequestParser parser;

    @BeforeAll
    static void index() {
        solr = SolrConnection.embedded(dataDir);
        Indexer indexer = new Indexer(solr);
        for (int i = 0; i < DOCUMENTS; i++) {
            indexer.add(Document.builder().id(String.format("doc-%05d", i)).title("Report " + i)
                    .kind(i % 3 == 0 ? Kind.PODCAST : Kind.ARTICLE)
                    .date(LocalDate.of(2000 + i % 25, 1 + i % 12, 1 + i % 28))
                    .countries(List.of(i % 2 == 0 ? "Russia" : "China"))
                    .body("Sanctions and diplomacy, report number " + i + ".").checksum("x").build());
        }
        // a transcript of about 600 KB whose only match is at the very end
        String filler = "We talked about the weather and the harvest at great length. ".repeat(10_000);
        indexer.add(Document.builder().id("long").title("A very long transcript").kind(Kind.PODCAST)
                .body(filler + "At the end, someone finally mentioned plutonium reprocessing.").checksum("x").build());
        indexer.commit();
        search = new SearchService(solr, SearchConfig.load());
        parser = new SearchRequestParser(search.config());
    }

    @AfterAll
    static void close() {
        solr.close();
    }

    @Test
    void exportWalksEveryMatchOnceAcrossCursorPagesInTheSearchOrder() {
        SearchRequest request = parser.parse(Map.of("country", List.of("Russia"), "sort", List.of("newest")));
        List<ExportedDocument> exported = new ArrayList<>();
        long count = new Exporter(search).export(request, exported::add);
        assertThat(count).isEqualTo(617).isGreaterThan(Exporter.PAGE);
        Set<String> ids = new HashSet<>();
        exported.forEach(d -> ids.add(d.id()));
        assertThat(ids).hasSize(617);
        for (int i = 1; i < exported.size(); i++) {
            assertThat(exported.get(i - 1).date()).isAfterOrEqualTo(exported.get(i).date());
        }
        assertThat(exported.get(0).body()).startsWith("Sanctions");
    }

    @Test
    void aMatchAtTheEndOfALongTranscriptStillYieldsASnippet() {
        SearchResponse response = search.search(parser.parse(Map.of("q", List.of("plutonium"))));
        assertThat(response.totalHits()).isEqualTo(1);
        assertThat(response.hits().get(0).snippets()).singleElement().asString().contains("<mark>plutonium</mark>");
    }

    @Test
    void pagesDeepIntoTheResultsUpToTheWindow() {
        SearchResponse last = search.search(parser.parse(Map.of("page", List.of("13"), "pageSize", List.of("100"), "sort", List.of("oldest"))));
        assertThat(last.totalPages()).isEqualTo(13);
        assertThat(last.hits()).hasSize(35);
    }

    @Test
    void fieldsThatAreNotMeantToBeSearchedCannotBeQueried() {
        // uf in solrconfig.xml allows title, summary, body and chapters only
        assertThat(search.search(parser.parse(Map.of("q", List.of("id:doc-00001")))).totalHits()).isZero();
        assertThat(search.search(parser.parse(Map.of("q", List.of("_query_:\"{!lucene}*:*\"")))).totalHits()).isZero();
        assertThat(search.search(parser.parse(Map.of("q", List.of("title:report AND title:17")))).totalHits()).isEqualTo(1);
    }
}
