package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.index.Indexer;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.dossier.testing.Http;
import org.dossier.testing.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/** Every route of the API over HTTP, against the real embedded Solr with the sample corpus. */
class ApiOverHttpTest {
    @TempDir
    static Path dataDir;

    static SolrConnection solr;
    static DossierServer server;
    static Http http;

    @BeforeAll
    static void start() {
        solr = SolrConnection.embedded(dataDir);
        Indexer indexer = new Indexer(solr);
        SampleCorpus.DOCUMENTS.forEach(indexer::add);
        indexer.commit();
        server = new DossierServer(new SearchService(solr, SearchConfig.load())).start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        solr.close();
    }

    @Test
    void suggestOffersFacetValuesAndTitlesForAPrefix() {
        JsonNode speakers = http.get("/api/suggest?q=vic").json();
        assertThat(speakers.get("query").asText()).isEqualTo("vic");
        JsonNode first = speakers.get("suggestions").get(0);
        assertThat(first.get("type").asText()).isEqualTo("speaker");
        assertThat(first.get("value").asText()).isEqualTo("Victor Cha");
        assertThat(first.get("count").asLong()).isEqualTo(2);

        JsonNode titles = http.get("/api/suggest?q=the+trea").json().get("suggestions");
        assertThat(titles.findValuesAsText("value")).contains("The treaty explained");
        assertThat(titles.findValuesAsText("id")).contains("c");

        assertThat(http.get("/api/suggest?q=").json().get("suggestions")).isEmpty();
        assertThat(http.get("/api/suggest?q=*%3A*").json().get("suggestions")).isEmpty();
        assertThat(http.get("/api/suggest?q=%21%21").status()).isEqualTo(200);
        assertThat(http.get("/api/suggest?q=rus&limit=1").json().get("suggestions")).hasSize(1);
        assertThat(http.get("/api/suggest?q=x&limit=0").status()).isEqualTo(400);
        assertThat(http.get("/api/suggest?text=x").status()).isEqualTo(400);
    }

    @Test
    void facetValuesPageAndFilterWithinTheSearch() {
        JsonNode page1 = http.get("/api/facets/country?pageSize=2").json();
        assertThat(page1.get("values").findValuesAsText("value")).containsExactly("North Korea", "Russia");
        assertThat(page1.get("hasMore").asBoolean()).isTrue();
        JsonNode page2 = http.get("/api/facets/country?pageSize=2&page=2").json();
        assertThat(page2.get("values").findValuesAsText("value")).containsExactly("China", "United States");
        assertThat(page2.get("hasMore").asBoolean()).isFalse();

        JsonNode contains = http.get("/api/facets/speaker?contains=CHA").json();
        assertThat(contains.get("values").findValuesAsText("value")).containsExactly("Victor Cha");

        JsonNode withinSearch = http.get("/api/facets/country?kind=article&country=China").json();
        assertThat(withinSearch.get("values").findValuesAsText("value")).containsExactly("China", "Russia", "United States");
        assertThat(withinSearch.get("values").get(0).get("selected").asBoolean()).isTrue();

        assertProblem(http.get("/api/facets/colour"), 400);
    }

    @Test
    void pivotCountsPairsOfFacetValues() {
        JsonNode pivot = http.get("/api/pivot?rows=country&columns=kind").json();
        List<String> rowValues = new ArrayList<>();
        pivot.get("rows").get("values").forEach(v -> rowValues.add(v.asText()));
        List<String> columnValues = new ArrayList<>();
        pivot.get("columns").get("values").forEach(v -> columnValues.add(v.asText()));
        assertThat(pivot.get("rows").get("facet").asText()).isEqualTo("country");
        assertThat(rowValues).containsExactly("North Korea", "Russia", "China", "United States");
        // columns by how many pairs they take part in (article 4, podcast 4, other 1), ties by name
        assertThat(columnValues).containsExactly("article", "podcast", "other");
        // Russia: podcasts a and c, article b
        JsonNode russia = pivot.get("counts").get(rowValues.indexOf("Russia"));
        assertThat(russia.get(columnValues.indexOf("podcast")).asLong()).isEqualTo(2);
        assertThat(russia.get(columnValues.indexOf("article")).asLong()).isEqualTo(1);
        assertThat(russia.get(columnValues.indexOf("other")).asLong()).isZero();

        JsonNode filtered = http.get("/api/pivot?rows=country&columns=kind&year=2019").json();
        assertThat(filtered.get("columns").get("values").get(0).asText()).isEqualTo("article");
        assertProblem(http.get("/api/pivot?rows=country&columns=country"), 400);
        assertProblem(http.get("/api/pivot?rows=shoe&columns=country"), 400);
    }

    @Test
    void aDocumentIsHighlightedForAQueryAndHasSimilarOnes() {
        JsonNode doc = http.get("/api/documents/c?q=treaty").json();
        assertThat(doc.get("highlightedBody").asText()).startsWith("The mutual defense <mark>treaty</mark>");
        assertThat(http.get("/api/documents/c").json().get("highlightedBody").isNull()).isTrue();
        JsonNode similar = http.get("/api/documents/c/similar").json();
        assertThat(similar.get("hits").findValuesAsText("id")).doesNotContain("c");
        assertProblem(http.get("/api/documents/zzz/similar"), 404);
        assertProblem(http.get("/api/documents/c/similar?limit=500"), 400);
    }

    @Test
    void exportStreamsEveryMatchAsJsonLinesOrCsv() throws Exception {
        Http.Response jsonl = http.get("/api/export?country=Russia&sort=oldest");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        String[] lines = jsonl.body().split("\n");
        assertThat(lines).hasSize(3);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(lines[0]).get("id").asText()).isEqualTo("b");
        assertThat(mapper.readTree(lines[2]).get("body").asText()).contains("treaty");

        Http.Response csv = http.get("/api/export?format=csv&q=missile");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("id,title,kind,source,url,date,year,countries");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("e,\"<script>alert(1)</script> Missile <b>tests</b>\",other");

        assertProblem(http.get("/api/export?format=xml"), 400);
        assertProblem(http.get("/api/export?page=2"), 400);
    }

    @Test
    void statsDescribeTheIndex() {
        JsonNode stats = http.get("/api/stats").json();
        assertThat(stats.get("documents").asLong()).isEqualTo(5);
        assertThat(stats.get("indexSizeBytes").asLong()).isPositive();
        assertThat(stats.get("lastIndexed").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(stats.get("facets").get("country").get(0).get("value").asText()).isEqualTo("North Korea");
    }

    @Test
    void theAtomFeedListsTheNewestMatchesAsEscapedText() throws Exception {
        Http.Response feed = http.get("/feed.atom?country=North+Korea");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        NodeList titles = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).containsSequence("The treaty explained", "Putin visits Pyongyang", "<script>alert(1)</script> Missile <b>tests</b>");
        assertProblem(http.get("/feed.atom?sort=oldest"), 400);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(http.headers("/", "Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(http.headers("/api/search", "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAndEachDocumentedParameterIsAccepted() {
        JsonNode openApi = http.get("/api/openapi.json").json();
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        for (ApiRoute route : server.routeTable()) {
            JsonNode operation = openApi.get("paths").get(route.path()).get(route.method().name().toLowerCase());
            assertThat(operation).as(route.path()).isNotNull();
            String path = route.path().replace("{id}", "a").replace("{name}", "country");
            if (route.method() != io.javalin.http.HandlerType.GET) {
                // write routes exist (this server is read-only, so they answer 403, not 404 or 405)
                assertThat(http.send(route.method().name(), path).status()).as(route.method() + " " + path).isEqualTo(403);
                continue;
            }
            for (ApiRoute.Param param : route.params()) {
                if (param.in().equals("path")) {
                    continue;
                }
                String value = switch (param.name()) {
                    case "format" -> "csv";
                    case "sort" -> "newest";
                    case "rows" -> "country";
                    case "columns" -> "topic";
                    default -> param.type().equals("integer") ? "1" : "x";
                };
                Http.Response response = http.get(path + "?" + param.name() + "=" + value);
                assertThat(response.status()).as(route.path() + " ?" + param.name()).isEqualTo(200);
            }
            assertThat(http.get(path + "?undocumented=1").status()).as(route.path() + " rejects unknown parameters")
                    .isIn(400, route.path().equals("/api/openapi.json") ? 200 : 400);
        }
        List<String> searchParams = new ArrayList<>();
        openApi.get("paths").get("/api/search").get("get").get("parameters").forEach(p -> searchParams.add(p.get("name").asText()));
        assertThat(searchParams).contains("q", "country", "country.not", "yearFrom", "yearTo", "source", "language", "page", "pageSize", "sort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yearFrom=2020&yearTo=2019", "q=" + "x", "country.not=", "sort=title"})
    void validSearchVariantsAnswer(String query) {
        int status = http.get("/api/search?" + query).status();
        assertThat(status).isIn(200, 400);
        if (query.startsWith("yearFrom=2020")) {
            assertThat(status).isEqualTo(400);
        } else {
            assertThat(status).isEqualTo(200);
        }
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }
}
