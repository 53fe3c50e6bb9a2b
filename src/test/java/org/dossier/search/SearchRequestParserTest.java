package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestParserTest {
    private final SearchRequestParser parser = new SearchRequestParser(SearchConfig.load());

    @Test
    void defaultsForAnEmptyRequest() {
        SearchRequest request = parser.parse(Map.of());
        assertThat(request.query()).isEmpty();
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.pageSize()).isEqualTo(10);
        assertThat(request.sort().name()).isEqualTo("relevance");
        assertThat(request.filters()).isEmpty();
    }

    @Test
    void repeatedFacetValuesAreKeptInOrderWithoutDuplicates() {
        SearchRequest request = parser.parse(Map.of(
                "q", List.of(" nuclear  "),
                "country", List.of("Russia", "China", "Russia", " "),
                "year", List.of("2019")));
        assertThat(request.query()).isEqualTo("nuclear");
        assertThat(request.selected("country")).containsExactly("Russia", "China");
        assertThat(request.selected("year")).containsExactly("2019");
        assertThat(request.selected("topic")).isEmpty();
    }

    @Test
    void pagingAndSortAreParsed() {
        SearchRequest request = parser.parse(Map.of("page", List.of("3"), "pageSize", List.of("25"), "sort", List.of("newest")));
        assertThat(request.offset()).isEqualTo(50);
        assertThat(request.sort().solr()).isEqualTo("date desc");
    }

    @Test
    void rejectsOutOfRangeAndMalformedValuesNamingTheParameter() {
        assertRejected(Map.of("page", List.of("0")), "page");
        assertRejected(Map.of("page", List.of("two")), "page");
        assertRejected(Map.of("pageSize", List.of("101")), "pageSize");
        assertRejected(Map.of("pageSize", List.of("0")), "pageSize");
        assertRejected(Map.of("sort", List.of("random")), "sort");
        assertRejected(Map.of("year", List.of("last year")), "year");
        assertRejected(Map.of("q", List.of("x".repeat(1001))), "q");
        assertRejected(Map.of("country", List.of("Rus\u0000sia")), "country");
        assertRejected(Map.of("q", List.of("a", "b")), "q");
    }

    @Test
    void exclusionsAndTheYearRangeAreParsed() {
        SearchRequest request = parser.parse(Map.of("country.not", List.of("China"), "yearFrom", List.of("2010"), "yearTo", List.of("2019")));
        assertThat(request.excluded("country")).containsExactly("China");
        assertThat(request.range()).isEqualTo(new SearchRequest.Range(2010, 2019));
        assertRejected(Map.of("yearFrom", List.of("2020"), "yearTo", List.of("2019")), "yearFrom");
        assertRejected(Map.of("yearTo", List.of("soon")), "yearTo");
        assertRejected(Map.of("year.not", List.of("x")), "year.not");
    }

    @Test
    void routesMayAllowParametersOfTheirOwn() {
        assertThat(parser.parse(Map.of("format", List.of("csv")), java.util.Set.of("format")).query()).isEmpty();
        assertRejected(Map.of("format", List.of("csv")), "format");
    }

    @Test
    void rejectsUnknownParametersSoTyposDoNotReturnEverything() {
        assertThatThrownBy(() -> parser.parse(Map.of("contry", List.of("Russia"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("contry")
                .hasMessageContaining("country");
    }

    @Test
    void rejectsPagesBeyondTheResultWindow() {
        assertRejected(Map.of("page", List.of("101"), "pageSize", List.of("100")), "page");
        assertThat(parser.parse(Map.of("page", List.of("100"), "pageSize", List.of("100"))).offset()).isEqualTo(9900);
    }

    private void assertRejected(Map<String, List<String>> params, String parameter) {
        assertThatThrownBy(() -> parser.parse(params))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
    }
}
