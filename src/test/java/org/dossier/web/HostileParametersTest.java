package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dossier.index.Indexer;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.dossier.testing.Http;
import org.dossier.testing.SampleCorpus;

/**
 * Whatever a client sends, in any parameter of any route, the answer is 200, 400 or 404: never a
 * 500, never a hang. Values mix unicode, Solr syntax, local params, very long and control text.
 * A request line over Jetty's 8 KB limit is refused by the HTTP layer itself with 414 or 431,
 * still as a problem document.
 */
class HostileParametersTest {
    static Path dataDir;
    static SolrConnection solr;
    static DossierServer server;
    static Http http;

    static final List<String> ROUTES = List.of("/api/search", "/api/suggest", "/api/facets/country",
            "/api/facets/%s", "/api/pivot", "/api/documents/%s", "/api/documents/%s/similar", "/api/export",
            "/api/stats", "/api/config", "/feed.atom");

    @BeforeContainer
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("dossier-fuzz");
        solr = SolrConnection.embedded(dataDir);
        Indexer indexer = new Indexer(solr);
        SampleCorpus.DOCUMENTS.forEach(indexer::add);
        indexer.commit();
        server = new DossierServer(new SearchService(solr, SearchConfig.load())).start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterContainer
    static void stop() {
        server.close();
        solr.close();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> syntax = Arbitraries.of(
                "{!lucene}*:*", "_query_:\"{!func}sum(1,1)\"", "*:*", "source_path:*", "id:a OR id:b", "\"unclosed",
                "(((", "title:[* TO *]", "{!terms f=id}a,b", "$q", "\\", "AND OR NOT", "{!xmlparser v='<a/>'}",
                "{!frange l=0}ln(0)", "a~2", "/regex.*/", "..", "%00", "'; DROP TABLE", "<script>alert(1)</script>",
                "-1", "0", "99999999999999999999", "2019", "NaN", " ");
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> longText = Arbitraries.strings().withChars("ab *:{}!\"").ofMinLength(900).ofMaxLength(3000);
        return Arbitraries.oneOf(syntax, unicode, controls, longText);
    }

    @Provide
    Arbitrary<String> parameter() {
        return Arbitraries.of("q", "country", "country.not", "year", "year.not", "topic", "speaker", "kind", "source",
                "language", "yearFrom", "yearTo", "page", "pageSize", "sort", "limit", "contains", "rows", "columns",
                "format", "unknown", "q[]", "");
    }

    @Property(tries = 400)
    void everyRouteAnswersWithAClientOrSuccessStatus(@ForAll("parameter") String name, @ForAll("hostile") String value,
            @ForAll("hostile") String pathValue, @ForAll("routes") String route) {
        String path = route.contains("%s") ? String.format(route, encodePath(pathValue)) : route;
        String query = name.isEmpty() ? "" : "?" + encode(name) + "=" + encode(value);
        Http.Response response = http.get(path + query);
        String shown = (path + query).length() > 300 ? (path + query).substring(0, 300) + "…" : path + query;
        if ((path + query).length() > 8_000) {
            assertThat(response.status()).as(shown).isIn(200, 400, 404, 414, 431);
        } else {
            assertThat(response.status()).as(shown).isIn(200, 400, 404);
        }
        if (response.status() != 200) {
            assertThat(response.contentType()).as(shown).startsWith("application/problem+json");
        }
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of(ROUTES);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String encodePath(String text) {
        String encoded = encode(text).replace("+", "%20");
        return encoded.isEmpty() ? "x" : encoded;
    }
}
