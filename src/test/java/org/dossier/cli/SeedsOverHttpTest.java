package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.extract.DocumentExtractor;
import org.dossier.solr.SolrConnection;
import org.dossier.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a newcomer gets from {@code serve}: the real embedded Solr with {@code seeds/} indexed and
 * the real server on a free port, checked over HTTP.
 */
class SeedsOverHttpTest {
    static final String PODCAST = "Putin’s Play in NK: The Truth of the Matter Crossover Episode";
    static final String ARTICLE = "Russia and China Look for More Korean Gains in 2019";

    @TempDir
    static Path dataDir;

    static DossierApp app;
    static Http http;

    @BeforeAll
    static void start() {
        app = DossierApp.start(SolrConnection.embedded(dataDir), DocumentExtractor.withDefaults(),
                Path.of("seeds"), "127.0.0.1", 0, new PrintStream(OutputStream.nullOutputStream()));
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void bothSeedsAreIndexedAtStart() {
        assertThat(app.seedReport().added()).isEqualTo(2);
        assertThat(app.seedReport().failures()).isEmpty();
        JsonNode all = http.get("/api/search").json();
        assertThat(all.get("totalHits").asLong()).isEqualTo(2);
        assertThat(all.get("page").asInt()).isEqualTo(1);
        assertThat(all.get("pageSize").asInt()).isEqualTo(10);
        assertThat(all.get("totalPages").asInt()).isEqualTo(1);
        assertThat(all.get("processingTimeMs").isNumber()).isTrue();
    }

    @Test
    void ammunitionFindsThePodcastWithAMarkedSnippet() {
        Http.Response response = http.get("/api/search?q=ammunition");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("totalHits").asLong()).isEqualTo(1);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.get("title").asText()).isEqualTo(PODCAST);
        assertThat(hit.get("kind").asText()).isEqualTo("podcast");
        assertThat(hit.get("date").asText()).isEqualTo("2024-06-21");
        assertThat(hit.get("year").asInt()).isEqualTo(2024);
        assertThat(hit.get("speakers").toString()).contains("Victor Cha");
        assertThat(hit.get("snippets").size()).isBetween(1, 3);
        assertThat(hit.get("snippets").get(0).asText()).containsIgnoringCase("<mark>ammunition</mark>");
    }

    @Test
    void russiaIn2019IsExactlyTheArticle() {
        JsonNode body = http.get("/api/search?country=Russia&year=2019").json();
        assertThat(body.get("totalHits").asLong()).isEqualTo(1);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.get("title").asText()).isEqualTo(ARTICLE);
        assertThat(hit.get("kind").asText()).isEqualTo("article");
        assertThat(hit.get("date").asText()).isEqualTo("2019-01-09");
    }

    @Test
    void facetCountsMatchTheSeeds() {
        JsonNode facets = http.get("/api/search").json().get("facets");
        assertThat(counts(facets.get("kind"))).containsOnly(Map.entry("podcast", 1L), Map.entry("article", 1L));
        assertThat(counts(facets.get("year"))).containsOnly(Map.entry("2024", 1L), Map.entry("2019", 1L));
        assertThat(counts(facets.get("country"))).contains(
                Map.entry("Russia", 2L), Map.entry("China", 2L), Map.entry("North Korea", 2L), Map.entry("United States", 2L));
        assertThat(counts(facets.get("speaker"))).containsEntry("Victor Cha", 1L).doesNotContainKey("Vladimir Putin");

        JsonNode filtered = http.get("/api/search?kind=podcast").json();
        assertThat(filtered.get("totalHits").asLong()).isEqualTo(1);
        // multi-select: the kind facet still offers the article
        assertThat(counts(filtered.get("facets").get("kind"))).containsOnly(Map.entry("podcast", 1L), Map.entry("article", 1L));
        assertThat(filtered.get("facets").get("kind").findValues("selected").toString()).contains("true");
        assertThat(counts(filtered.get("facets").get("year"))).containsOnly(Map.entry("2024", 1L));
    }

    @Test
    void boilerplateIsNotSearchable() {
        assertThat(http.get("/api/search?q=subscribe").json().get("totalHits").asLong()).isZero();
        assertThat(http.get("/api/search?q=%22Back+to+Top%22").json().get("totalHits").asLong()).isZero();
    }

    @Test
    void aChineseQueryFindsThePodcastSummary() {
        // 弹药 (ammunition) appears only in the Chinese summary of the podcast
        JsonNode body = http.get("/api/search?q=%E5%BC%B9%E8%8D%AF").json();
        assertThat(body.get("totalHits").asLong()).isEqualTo(1);
        assertThat(body.get("hits").get(0).get("title").asText()).isEqualTo(PODCAST);
    }

    @Test
    void aDocumentIsReadWholeById() {
        String id = http.get("/api/search?q=ammunition").json().get("hits").get(0).get("id").asText();
        Http.Response response = http.get("/api/documents/" + id);
        assertThat(response.status()).isEqualTo(200);
        JsonNode doc = response.json();
        assertThat(doc.get("title").asText()).isEqualTo(PODCAST);
        assertThat(doc.get("body").asText()).contains("arms warehouse").doesNotContain("subscribe");
        assertThat(doc.get("summary").asText()).contains("Victor Cha");
        assertThat(doc.get("fileName").asText()).isEqualTo("000_a9d77a39ce919294.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "pageSize=101", "sort=shuffle", "year=twenty", "page=x", "colour=red"})
    void badParametersGetProblemJson(String query) {
        assertProblem(http.get("/api/search?" + query), 400);
    }

    @Test
    void unknownDocumentsAndRoutesAndMethodsGetProblemJson() {
        assertProblem(http.get("/api/documents/does-not-exist"), 404);
        assertProblem(http.get("/api/nothing-here"), 404);
        assertProblem(http.send("DELETE", "/api/search"), 405);
    }

    @Test
    void thePageIsServed() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\"");
        JsonNode config = http.get("/api/config").json();
        assertThat(config.get("facets").findValuesAsText("name")).containsExactly("country", "year", "topic", "speaker", "kind", "source", "language");
        assertThat(config.get("pageSize").get("max").asInt()).isEqualTo(100);
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        facet.forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
        return counts;
    }
}
