package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.index.Indexer;
import org.dossier.model.Document;
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

    static final List<Document> CORPUS = org.dossier.testing.SampleCorpus.DOCUMENTS;

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
        assertThat(all.facets().keySet()).containsExactly("country", "year", "topic", "speaker", "kind", "source", "language");
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
    void excludedValuesAreDroppedAndStillOffered() {
        SearchResponse response = search(Map.of("country.not", List.of("China")));
        assertThat(ids(response)).containsExactlyInAnyOrder("a", "c", "e");
        assertThat(response.facets().get("country")).filteredOn(FacetValue::excluded)
                .extracting(FacetValue::value, FacetValue::count).containsExactly(org.assertj.core.groups.Tuple.tuple("China", 2L));
        // exclusion and selection combine: Russia but not China
        assertThat(ids(search(Map.of("country", List.of("Russia"), "country.not", List.of("China"))))).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void theYearRangeIsInclusiveAndLeavesTheHistogramWhole() {
        SearchResponse response = search(Map.of("yearFrom", List.of("2020"), "yearTo", List.of("2024")));
        assertThat(ids(response)).containsExactlyInAnyOrder("a", "c");
        assertThat(response.yearHistogram()).extracting(YearCount::year, YearCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2019, 2L), org.assertj.core.groups.Tuple.tuple(2020, 0L),
                org.assertj.core.groups.Tuple.tuple(2021, 0L), org.assertj.core.groups.Tuple.tuple(2022, 0L),
                org.assertj.core.groups.Tuple.tuple(2023, 0L), org.assertj.core.groups.Tuple.tuple(2024, 2L));
        assertThat(response.facetStats().get("year")).isEqualTo(new RangeStats(2019, 2024));
        // other filters narrow the histogram's counts, the corpus range stays
        SearchResponse podcasts = search(Map.of("kind", List.of("podcast")));
        assertThat(podcasts.yearHistogram()).hasSize(6).first().extracting(YearCount::count).isEqualTo(0L);
    }

    @Test
    void selectedValuesComeBackEvenBeyondAFacetsTopValues() {
        SearchConfig tight = search.config().withFacets(search.config().facets().stream()
                .map(f -> new FacetSpec(f.name(), f.label(), f.field(), f.type(), 1)).toList());
        SearchService narrow = new SearchService(solr, tight);
        SearchResponse response = narrow.search(new SearchRequestParser(tight).parse(Map.of(
                "country", List.of("United States"), "speaker.not", List.of("Jane Doe"))));
        assertThat(response.totalHits()).isZero();
        assertThat(response.facets().get("country")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("North Korea", 3L, false),
                        // d is the only US document, and Jane Doe's exclusion removes it
                        org.assertj.core.groups.Tuple.tuple("United States", 0L, true));
        assertThat(response.facets().get("speaker")).extracting(FacetValue::value, FacetValue::excluded)
                .contains(org.assertj.core.groups.Tuple.tuple("Jane Doe", true));
        SearchResponse usOnly = narrow.search(new SearchRequestParser(tight).parse(Map.of("country", List.of("United States"))));
        assertThat(usOnly.facets().get("country")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("North Korea", 3L, false),
                        org.assertj.core.groups.Tuple.tuple("United States", 1L, true));
    }

    @Test
    void aMisspelledQueryGetsADidYouMeanThatFindsSomething() {
        SearchResponse response = search(Map.of("q", List.of("ammuntion")));
        assertThat(response.totalHits()).isZero();
        assertThat(response.didYouMean()).isEqualTo("ammunition");
        assertThat(search(Map.of("q", List.of("ammunition"))).didYouMean()).isNull();
        assertThat(search(Map.of()).didYouMean()).isNull();
    }

    @Test
    void titlesAreHighlightedAndEscaped() {
        Hit treaty = search(Map.of("q", List.of("treaty"))).hits().get(0);
        assertThat(treaty.highlightedTitle()).isEqualTo("The <mark>treaty</mark> explained");
        Hit hostile = search(Map.of("q", List.of("tests"))).hits().get(0);
        assertThat(hostile.highlightedTitle()).isEqualTo("&lt;script&gt;alert(1)&lt;&#x2F;script&gt; Missile &lt;b&gt;<mark>tests</mark>&lt;&#x2F;b&gt;");
        Hit browsing = search(Map.of("country", List.of("United States"))).hits().get(0);
        assertThat(browsing.highlightedTitle()).isEqualTo("Trade war notes");
    }

    @Test
    void sortsByTitleIgnoringCase() {
        assertThat(search(Map.of("sort", List.of("title"))).hits()).extracting(Hit::title).first().asString().startsWith("<script>");
        assertThat(ids(search(Map.of("sort", List.of("title"), "kind.not", List.of("other"))))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void theSourceFacetCountsPodcastsByShow() {
        assertThat(counts(search(Map.of()), "source")).containsExactly(Map.entry("The Impossible State", 2L));
        assertThat(counts(search(Map.of()), "language")).containsExactly(Map.entry("en", 5L));
    }

    @Test
    void aDocumentCanBeReadWithItsMatchesMarked() {
        DocumentDetail detail = search.document("a", "ammunition russia").orElseThrow();
        assertThat(detail.highlightedBody()).isEqualTo(
                "North Korea supplies artillery <mark>ammunition</mark> to <mark>Russia</mark> for the war.");
        assertThat(search.document("a", null).orElseThrow().highlightedBody()).isNull();
        assertThat(search.document("a", "{!lucene}*:*").orElseThrow().body()).startsWith("North Korea");
    }

    @Test
    void similarDocumentsShareWords() {
        assertThat(search.similar("missing", 5)).isEmpty();
        List<Hit> similar = search.similar("c", 5).orElseThrow();
        assertThat(similar).extracting(Hit::id).doesNotContain("c");
    }

    @Test
    void readsAWholeDocumentById() {
        DocumentDetail detail = search.document("b", null).orElseThrow();
        assertThat(detail.title()).isEqualTo("Russia and China look for gains");
        assertThat(detail.body()).startsWith("Beijing and Moscow");
        assertThat(detail.date()).isEqualTo(LocalDate.of(2019, 1, 9));
        assertThat(detail.topics()).containsExactly("diplomacy", "sanctions");
        assertThat(search.document("missing", null)).isEmpty();
    }
}
