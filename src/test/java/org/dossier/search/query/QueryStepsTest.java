package org.dossier.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.FacetSpec;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchRequestParser;
import org.junit.jupiter.api.Test;

/** Each pipeline step on its own, without Solr: the parameters it sets are the contract. */
class QueryStepsTest {
    private final SearchConfig config = SearchConfig.load();
    private final SearchRequestParser parser = new SearchRequestParser(config);

    private SolrQuery apply(QueryStep step, Map<String, List<String>> params) {
        SolrQuery solr = new SolrQuery();
        step.apply(parser.parse(params), solr);
        return solr;
    }

    @Test
    void textQueryPassesTheWordsAndLeavesAnEmptyQueryToQAlt() {
        assertThat(apply(new TextQueryStep(), Map.of("q", List.of("\"mutual defense\" -treaty"))).getQuery())
                .isEqualTo("\"mutual defense\" -treaty");
        assertThat(apply(new TextQueryStep(), Map.of()).getQuery()).isNull();
    }

    @Test
    void filtersUseTheTermsParserTaggedForMultiSelect() {
        SolrQuery solr = apply(new FilterStep(config), Map.of(
                "country", List.of("Russia", "North Korea"), "year", List.of("2019")));
        assertThat(solr.getFilterQueries()).containsExactly(
                "{!terms tag=f_country f=country separator=\"\u001f\"}Russia\u001fNorth Korea",
                "{!terms tag=f_year f=year separator=\"\u001f\"}2019");
    }

    @Test
    void filterValuesWithQuerySyntaxStayLiteral() {
        SolrQuery solr = apply(new FilterStep(config), Map.of("speaker", List.of("{!lucene}*:* OR x")));
        assertThat(solr.getFilterQueries()).containsExactly(
                "{!terms tag=f_speaker f=speaker separator=\"\u001f\"}{!lucene}*:* OR x");
    }

    @Test
    void noFilterWithoutSelection() {
        assertThat(apply(new FilterStep(config), Map.of()).getFilterQueries()).isNull();
    }

    @Test
    void everyDeclaredFacetIsCountedExcludingItsOwnFilter() {
        SolrQuery solr = apply(new FacetStep(config), Map.of());
        assertThat(solr.getFacetFields()).containsExactly(
                "{!ex=f_country key=country}country",
                "{!ex=f_year key=year}year",
                "{!ex=f_topic key=topic}topic",
                "{!ex=f_speaker key=speaker}speaker",
                "{!ex=f_kind key=kind}kind",
                "{!ex=f_source key=source}source",
                "{!ex=f_language key=language}language");
        assertThat(solr.get("f.country.facet.limit")).isEqualTo("30"); // per field: honoured by sharded collections too
        assertThat(solr.get("f.year.facet.limit")).isEqualTo("300");
        assertThat(solr.getFacetMinCount()).isEqualTo(1);
        assertThat(solr.get("facet.sort")).isEqualTo("count");
        assertThat(solr.getFacetQuery()).isNull();
    }

    @Test
    void aFacetDeclaredWithACountingMethodGetsItAndTheOthersKeepSolrsDefault() {
        SolrQuery solr = apply(new FacetStep(config), Map.of());
        assertThat(solr.get("f.country.facet.method")).isEqualTo("enum"); // few values: counted from cached document sets
        assertThat(solr.get("f.speaker.facet.method")).isNull(); // a long tail: doc values
        List<FacetSpec> facets = config.facets().stream().map(f -> f.name().equals("speaker")
                ? new FacetSpec(f.name(), f.label(), f.field(), f.type(), f.limit(), "uif") : f).toList();
        SearchConfig declared = config.withFacets(facets);
        assertThat(apply(new FacetStep(declared), Map.of()).get("f.speaker.facet.method")).isEqualTo("uif");
        assertThatThrownBy(() -> new FacetSpec("speaker", "Speaker", "speaker", FacetSpec.Type.STRING, 30, "fastest"))
                .hasMessageContaining("unknown method 'fastest'");
    }

    @Test
    void facetsAreCountedOnAsManyThreadsAsTheConfigurationSays() {
        assertThat(apply(new FacetStep(config), Map.of()).get("facet.threads"))
                .isEqualTo(String.valueOf(config.faceting().threads())).isNotEqualTo("0");
        SearchConfig oneThread = new SearchConfig(config.facets(), config.range(), config.sorts(), config.paging(), config.query(),
                config.highlight(), config.spellcheck(), new SearchConfig.Faceting(0));
        assertThat(apply(new FacetStep(oneThread), Map.of()).get("facet.threads")).isNull();
    }

    @Test
    void selectedAndExcludedValuesAreCountedOneByOneThroughParameters() {
        SolrQuery solr = apply(new FacetStep(config), Map.of("speaker", List.of("O'Brien \"Jr\""), "speaker.not", List.of("Andrew")));
        assertThat(solr.getFacetQuery()).containsExactly(
                "{!term ex=f_speaker key=chosen.speaker.0 f=speaker v=$fv.speaker.0}",
                "{!term ex=f_speaker key=chosen.speaker.1 f=speaker v=$fv.speaker.1}");
        assertThat(solr.get("fv.speaker.0")).isEqualTo("O'Brien \"Jr\"");
        assertThat(solr.get("fv.speaker.1")).isEqualTo("Andrew");
    }

    @Test
    void excludedValuesBecomeANegativeFilterWithTheFacetsTag() {
        SolrQuery solr = apply(new FilterStep(config), Map.of("country.not", List.of("China", "Japan")));
        assertThat(solr.getFilterQueries()).containsExactly("{!bool tag=f_country must=$fq.all must_not=$fq.country.not}");
        assertThat(solr.get("fq.country.not")).isEqualTo("{!terms tag=f_country f=country separator=\"\u001f\"}China\u001fJapan");
        assertThat(solr.get("fq.all")).isEqualTo("*:*");
    }

    @Test
    void theYearRangeIsANumericRangeTaggedLikeTheYearFacet() {
        assertThat(apply(new FilterStep(config), Map.of("yearFrom", List.of("2010"), "yearTo", List.of("2019"))).getFilterQueries())
                .containsExactly("{!lucene tag=f_year}year:[2010 TO 2019]");
        assertThat(apply(new FilterStep(config), Map.of("yearFrom", List.of("2010"))).getFilterQueries())
                .containsExactly("{!lucene tag=f_year}year:[2010 TO *]");
    }

    @Test
    void highlightingMarksTheBodyAndTitleOrSummarisesWhenThereAreNoWords() {
        SolrQuery withWords = apply(new HighlightStep(config), Map.of("q", List.of("ammunition")));
        assertThat(withWords.get("hl")).isEqualTo("true");
        assertThat(withWords.get("hl.fl")).isEqualTo("body,title");
        assertThat(withWords.get("hl.snippets")).isEqualTo("3");
        assertThat(withWords.get("f.title.hl.bs.type")).isEqualTo("WHOLE");
        assertThat(withWords.get("hl.q")).isNull();

        SolrQuery browsing = apply(new HighlightStep(config), Map.of());
        assertThat(browsing.get("hl.q")).isEqualTo("*:*");
        assertThat(browsing.get("hl.snippets")).isEqualTo("1");
        assertThat(browsing.get("hl.defaultSummary")).isEqualTo("true");
    }

    @Test
    void spellcheckIsAskedOnlyWithQueryWords() {
        SolrQuery withWords = apply(new SpellcheckStep(), Map.of("q", List.of("sanctoins")));
        assertThat(withWords.get("spellcheck")).isEqualTo("true");
        assertThat(withWords.get("spellcheck.q")).isEqualTo("sanctoins");
        assertThat(withWords.get("spellcheck.collate")).isEqualTo("true");
        assertThat(apply(new SpellcheckStep(), Map.of()).get("spellcheck")).isNull();
    }

    @Test
    void everySearchHasATimeLimit() {
        assertThat(apply(new LimitsStep(config), Map.of()).getTimeAllowed()).isEqualTo(5000);
    }

    @Test
    void pagingTranslatesPagesToOffsets() {
        SolrQuery solr = apply(new PagingStep(), Map.of("page", List.of("3"), "pageSize", List.of("20")));
        assertThat(solr.getStart()).isEqualTo(40);
        assertThat(solr.getRows()).isEqualTo(20);
    }

    @Test
    void sortBreaksTiesById() {
        assertThat(apply(new SortStep(), Map.of("sort", List.of("title"))).get("sort")).isEqualTo("title_sort asc, id asc");
        assertThat(apply(new SortStep(), Map.of("q", List.of("sanctions"))).get("sort")).isEqualTo("score desc, id asc");
        assertThat(apply(new SortStep(), Map.of()).get("sort")).as("browsing by relevance").isEqualTo("date desc, id asc");
        assertThat(apply(new SortStep(), Map.of("sort", List.of("oldest"))).get("sort")).isEqualTo("date asc, id asc");
    }

    @Test
    void proximityReranksOnlyRelevanceOrderedSearchesOfSeveralWords() {
        assertThat(apply(new ProximityRerankStep(config), Map.of("q", List.of("sanctions relief"))).get("rq"))
                .isEqualTo("{!rerank reRankQuery=$proximity.q reRankDocs=500 reRankWeight=1}");
        assertThat(apply(new ProximityRerankStep(config), Map.of("q", List.of("sanctions"))).get("rq")).as("one word").isNull();
        assertThat(apply(new ProximityRerankStep(config), Map.of()).get("rq")).as("browsing").isNull();
        assertThat(apply(new ProximityRerankStep(config), Map.of("q", List.of("sanctions relief"), "sort", List.of("newest"))).get("rq"))
                .as("a date order stays a date order").isNull();
    }

    @Test
    void wordsAreCountedAsTheBodysAnalyserSeesThem() {
        assertThat(ProximityRerankStep.hasSeveralWords("mutual defense")).isTrue();
        assertThat(ProximityRerankStep.hasSeveralWords("\"mutual defense\" -treaty")).isTrue();
        assertThat(ProximityRerankStep.hasSeveralWords("  sanctions!  ")).isFalse();
        assertThat(ProximityRerankStep.hasSeveralWords("F-35")).as("two tokens for the analyser").isTrue();
        assertThat(ProximityRerankStep.hasSeveralWords("朝鲜")).as("one Han character is one word").isTrue();
        assertThat(ProximityRerankStep.hasSeveralWords("朝")).isFalse();
        assertThat(ProximityRerankStep.hasSeveralWords("북한")).as("Hangul words are whole").isFalse();
        assertThat(ProximityRerankStep.hasSeveralWords("북한 핵")).isTrue();
    }

    @Test
    void hitsCarryNoBody() {
        assertThat(apply(new FieldListStep(), Map.of()).getFields()).doesNotContain("body").contains("id", "title", "speaker");
    }

    @Test
    void thePipelineRunsEveryStep() {
        SolrQuery solr = SolrQueryPipeline.standard(config).build(parser.parse(Map.of(
                "q", List.of("sanctions"), "kind", List.of("podcast"), "page", List.of("2"))));
        assertThat(solr.getQuery()).isEqualTo("sanctions");
        assertThat(solr.getFilterQueries()).hasSize(1);
        assertThat(solr.getFacetFields()).hasSize(7);
        assertThat(solr.getTimeAllowed()).isEqualTo(5000);
        assertThat(solr.getStart()).isEqualTo(10);
        assertThat(solr.get("hl")).isEqualTo("true");
        assertThat(solr.get("sort")).isEqualTo("score desc, id asc");
    }
}
