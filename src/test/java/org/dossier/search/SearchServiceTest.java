package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * The search layer against the real embedded Solr, without any HTTP: a small corpus whose counts
 * are easy to check by hand.
 */
class SearchServiceTest {
    @TempDir
    static Path dataDir;

    static SolrConnection solr;
    static SearchService search;
    static SearchRequestParser parser;

    // country facet by hand: Russia 3 (a, b, c), North Korea 3 (a, c, e), China 2 (b, d), United States 1 (d)
    static final List<Document> CORPUS = List.of(
            doc("a", "Putin visits Pyongyang", Kind.PODCAST, LocalDate.of(2024, 6, 21),
                    List.of("Russia", "North Korea"), List.of("arms trade"), List.of("Victor Cha", "Andrew"),
                    "North Korea supplies artillery ammunition to Russia for the war."),
            doc("b", "Russia and China look for gains", Kind.ARTICLE, LocalDate.of(2019, 1, 9),
                    List.of("Russia", "China"), List.of("diplomacy", "sanctions"), List.of(),
                    "Beijing and Moscow coordinate their positions on sanctions relief."),
            doc("c", "The treaty explained", Kind.PODCAST, LocalDate.of(2024, 7, 1),
                    List.of("Russia", "North Korea"), List.of("alliances"), List.of("Victor Cha"),
                    "The mutual defense treaty renews a Cold War alliance."),
            doc("d", "Trade war notes", Kind.ARTICLE, LocalDate.of(2019, 5, 2),
                    List.of("China", "United States"), List.of("economy and trade"), List.of("Jane Doe"),
                    "Tariffs and export controls dominate the agenda."),
            doc("e", "<script>alert(1)</script> Missile <b>tests</b>", Kind.OTHER, null,
                    List.of("North Korea"), List.of("missiles"), List.of(),
                    "Launch of a <img src=x onerror=alert(1)> missile & more missile news."));

    static Document doc(String id, String title, Kind kind, LocalDate date, List<String> countries,
            List<String> topics, List<String> speakers, String body) {
        return Document.builder().id(id).title(title).kind(kind).date(date).countries(countries)
                .topics(topics).speakers(speakers).body(body).language("en").checksum("c-" + id).build();
    }

    @BeforeAll
    static void index() {
        solr = SolrConnection.embedded(dataDir);
        Indexer indexer = new Indexer(solr);
        CORPUS.forEach(indexer::add);
        indexer.commit();
        search = new SearchService(solr, SearchConfig.load());
        parser = new SearchRequestParser(search.config());
    }

    @AfterAll
    static void close() {
        solr.close();
    }

    private SearchResponse search(Map<String, List<String>> params) {
        return search.search(parser.parse(params));
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(Hit::id).toList();
    }

    private static Map<String, Long> counts(SearchResponse response, String facet) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        response.facets().get(facet).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    @Test
    void anEmptyQueryBrowsesEverythingWithFacetCounts() {
        SearchResponse all = search(Map.of());
        assertThat(all.totalHits()).isEqualTo(5);
        assertThat(counts(all, "country")).containsExactly(
                Map.entry("North Korea", 3L), Map.entry("Russia", 3L), Map.entry("China", 2L), Map.entry("United States", 1L));
        assertThat(counts(all, "year")).containsOnly(Map.entry("2019", 2L), Map.entry("2024", 2L));
        assertThat(counts(all, "kind")).containsOnly(Map.entry("podcast", 2L), Map.entry("article", 2L), Map.entry("other", 1L));
        assertThat(all.facets().keySet()).containsExactly("country", "year", "topic", "speaker", "kind");
    }

    @Test
    void valuesOfOneFacetOrTogetherAndFacetsAndTogether() {
        assertThat(ids(search(Map.of("country", List.of("China", "United States"), "sort", List.of("oldest")))))
                .containsExactly("b", "d");
        assertThat(ids(search(Map.of("country", List.of("Russia"), "year", List.of("2019"))))).containsExactly("b");
    }

    @Test
    void facetCountsAreMultiSelect() {
        SearchResponse russia = search(Map.of("country", List.of("Russia")));
        assertThat(russia.totalHits()).isEqualTo(3);
        // the country facet ignores its own filter, so other countries can be added to the choice
        assertThat(counts(russia, "country")).containsEntry("United States", 1L).containsEntry("Russia", 3L);
        assertThat(russia.facets().get("country")).filteredOn(FacetValue::selected)
                .extracting(FacetValue::value).containsExactly("Russia");
        // other facets are counted within the filtered result
        assertThat(counts(russia, "kind")).containsOnly(Map.entry("podcast", 2L), Map.entry("article", 1L));
        assertThat(counts(russia, "speaker")).containsOnly(Map.entry("Victor Cha", 2L), Map.entry("Andrew", 1L));
    }

    @Test
    void matchesAreMarkedInSnippets() {
        SearchResponse response = search(Map.of("q", List.of("ammunition")));
        assertThat(ids(response)).containsExactly("a");
        assertThat(response.hits().get(0).snippets()).singleElement().asString().contains("<mark>ammunition</mark>");
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(ids(search(Map.of("q", List.of("treaties"))))).containsExactly("c");
    }

    @Test
    void snippetsAreEscapedDocumentTextWithOnlyMarkAdded() {
        SearchResponse response = search(Map.of("q", List.of("missile")));
        assertThat(ids(response)).containsExactly("e");
        String snippet = response.hits().get(0).snippets().get(0);
        assertThat(snippet).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&amp;")
                .contains("<mark>missile</mark>").doesNotContain("<img");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        // the title is returned as stored text; the page renders it as text
        assertThat(response.hits().get(0).title()).isEqualTo("<script>alert(1)</script> Missile <b>tests</b>");
    }

    @Test
    void browsingGivesTheOpeningOfTheBodyAsSnippet() {
        SearchResponse response = search(Map.of("country", List.of("United States")));
        assertThat(response.hits().get(0).snippets()).containsExactly("Tariffs and export controls dominate the agenda.");
    }

    @Test
    void sortsByDateBothWaysWithUndatedDocumentsLast() {
        assertThat(ids(search(Map.of("sort", List.of("newest"))))).containsExactly("c", "a", "d", "b", "e");
        assertThat(ids(search(Map.of("sort", List.of("oldest"))))).containsExactly("b", "d", "a", "c", "e");
    }

    @Test
    void pagesThroughResults() {
        SearchResponse page2 = search(Map.of("pageSize", List.of("2"), "page", List.of("2"), "sort", List.of("oldest")));
        assertThat(page2.totalHits()).isEqualTo(5);
        assertThat(page2.totalPages()).isEqualTo(3);
        assertThat(ids(page2)).containsExactly("a", "c");
        assertThat(search(Map.of("pageSize", List.of("2"), "page", List.of("4"))).hits()).isEmpty();
    }

    @Test
    void queryWordsAlsoMatchFacetValues() {
        assertThat(ids(search(Map.of("q", List.of("\"Victor Cha\""), "sort", List.of("oldest"))))).containsExactly("a", "c");
    }

    @Test
    void queryLocalParamsAreNotHonoured() {
        assertThat(search(Map.of("q", List.of("{!lucene}*:*"))).totalHits()).isZero();
    }

    @Test
    void readsAWholeDocumentById() {
        DocumentDetail detail = search.document("b").orElseThrow();
        assertThat(detail.title()).isEqualTo("Russia and China look for gains");
        assertThat(detail.body()).startsWith("Beijing and Moscow");
        assertThat(detail.date()).isEqualTo(LocalDate.of(2019, 1, 9));
        assertThat(detail.topics()).containsExactly("diplomacy", "sanctions");
        assertThat(search.document("missing")).isEmpty();
    }
}
