package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.index.Indexer;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.dossier.testing.Http;
import org.dossier.testing.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passage search over HTTP on the real engine, and document search untouched by passages. */
class PassageSearchTest {
    @TempDir
    static Path dataDir;

    static SolrConnection solr;
    static DossierServer server;
    static Http http;

    static final String TRANSCRIPT = """
            Victor Cha (00:00:31): North Korea is sending artillery shells to Russia. The sanctions regime is leaking badly.
            Andrew Schwartz (00:01:05): What should Washington do about sanctions?
            Victor Cha (00:01:20): Coordinate sanctions with Japan and South Korea, and close the shipping routes.
            Andrew Schwartz (00:02:00): Thank you, Victor.
            """;
    static final String INTERVIEW = """
            SUE MI TERRY: The alliance between Seoul and Washington has never been stronger.
            HOST: And sanctions?
            SUE MI TERRY: Sanctions matter less than deterrence now.
            HOST: Thanks.
            """;

    @BeforeAll
    static void start() {
        solr = SolrConnection.embedded(dataDir);
        Indexer indexer = new Indexer(solr);
        SampleCorpus.DOCUMENTS.forEach(d -> indexer.add(withPassages(d)));
        indexer.add(transcript("t1", "Cha on leaking sanctions", TRANSCRIPT, List.of("Victor Cha", "Andrew Schwartz"),
                LocalDate.of(2024, 3, 1), List.of("North Korea", "Russia")));
        indexer.add(transcript("t2", "Terry on the alliance", INTERVIEW, List.of("Sue Mi Terry"),
                LocalDate.of(2023, 5, 5), List.of("South Korea", "United States")));
        indexer.commit();
        server = new DossierServer(new SearchService(solr, SearchConfig.load())).start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    static Document withPassages(Document d) {
        return d.toBuilder().passages(org.dossier.extract.passage.PassageSplitter.split(d.body(), d.speakers())).build();
    }

    static Document transcript(String id, String title, String body, List<String> speakers, LocalDate date, List<String> countries) {
        return withPassages(Document.builder().id(id).title(title).kind(Kind.PODCAST).date(date).speakers(speakers)
                .countries(countries).topics(List.of("sanctions")).body(body).language("en").checksum("c").build());
    }

    @AfterAll
    static void stop() {
        server.close();
        solr.close();
    }

    @Test
    void whatDidVictorChaSayAboutSanctions() {
        JsonNode answer = http.get("/api/passages?q=sanctions&speaker=Victor+Cha").json();
        assertThat(answer.get("totalHits").asLong()).isEqualTo(2);
        JsonNode first = answer.get("hits").get(0);
        assertThat(first.get("speaker").asText()).isEqualTo("Victor Cha");
        assertThat(first.get("documentId").asText()).isEqualTo("t1");
        assertThat(first.get("documentTitle").asText()).isEqualTo("Cha on leaking sanctions");
        assertThat(first.get("date").asText()).isEqualTo("2024-03-01");
        assertThat(first.get("text").asText()).contains("<mark>sanctions</mark>");
        List<Integer> times = new ArrayList<>();
        answer.get("hits").forEach(h -> times.add(h.get("startSeconds").asInt()));
        assertThat(times).containsExactlyInAnyOrder(31, 80);
    }

    @Test
    void theSpeakerFacetCountsPassagesAndOtherFacetsCountDocuments() {
        JsonNode answer = http.get("/api/passages?q=sanctions").json();
        Map<String, Long> speakers = counts(answer.get("facets").get("speaker"));
        // who says the most about the query: Cha twice, Schwartz once, Terry once (normalised from SUE MI TERRY)
        assertThat(speakers).containsEntry("Victor Cha", 2L).containsEntry("Andrew Schwartz", 1L).containsEntry("Sue Mi Terry", 1L);
        assertThat(speakers.keySet().iterator().next()).isEqualTo("Victor Cha");
        Map<String, Long> countries = counts(answer.get("facets").get("country"));
        // North Korea: t1 (two matching passages, one document) and SampleCorpus doc b? no: b is China/Russia
        assertThat(countries.get("North Korea")).isEqualTo(1L);
        assertThat(countries.get("Russia")).isEqualTo(2L); // t1 and sample document b (its body mentions sanctions)
    }

    @Test
    void documentFiltersApplyToPassages() {
        JsonNode answer = http.get("/api/passages?q=sanctions&country=South+Korea&yearFrom=2023&yearTo=2023").json();
        assertThat(answer.get("hits").findValuesAsText("documentId")).containsOnly("t2");
        assertThat(http.get("/api/passages?q=sanctions&kind=article").json().get("hits").findValuesAsText("documentId")).containsOnly("b");
    }

    @Test
    void documentSearchTotalsAndFacetsAreUnchangedByPassages() {
        JsonNode all = http.get("/api/search").json();
        assertThat(all.get("totalHits").asLong()).isEqualTo(7); // five sample documents and two transcripts, no passages
        Map<String, Long> speakers = counts(all.get("facets").get("speaker"));
        assertThat(speakers).containsEntry("Victor Cha", 3L).containsEntry("Andrew", 1L).containsEntry("Sue Mi Terry", 1L);
        assertThat(counts(all.get("facets").get("country"))).containsEntry("Russia", 4L).containsEntry("North Korea", 4L);
        JsonNode stats = http.get("/api/stats").json();
        assertThat(stats.get("documents").asLong()).isEqualTo(7);
        assertThat(stats.get("passages").asLong()).isGreaterThan(7)
                .isEqualTo(http.get("/api/passages").json().get("totalHits").asLong());
        assertThat(http.get("/api/export").body().lines().count()).isEqualTo(7);
        assertThat(http.get("/api/documents/c/similar").json().get("hits").findValuesAsText("id")).allMatch(id -> !id.contains("#"));
        assertThat(http.get("/api/suggest?q=cha").json().get("suggestions").findValuesAsText("id")).allMatch(id -> !id.contains("#"));
    }

    @Test
    void theDocumentViewGetsItsTranscriptAsTurns() {
        JsonNode doc = http.get("/api/documents/t2").json();
        List<String> speakers = new ArrayList<>();
        doc.get("passages").forEach(p -> speakers.add(p.get("speaker").isNull() ? null : p.get("speaker").asText()));
        // HOST opens turns but names nobody
        assertThat(speakers).containsExactly("Sue Mi Terry", null, "Sue Mi Terry", null);
        assertThat(doc.get("passages").get(0).get("text").asText()).startsWith("The alliance between Seoul");
    }

    @Test
    void reindexingADocumentReplacesItsPassages() {
        Indexer indexer = new Indexer(solr);
        indexer.add(transcript("t3", "Short", "Victor Cha: One.\nAndrew Schwartz: Two.\nVictor Cha: Three.", List.of("Victor Cha", "Andrew Schwartz"),
                LocalDate.of(2020, 1, 1), List.of("Japan")), false);
        indexer.commit();
        assertThat(http.get("/api/documents/t3").json().get("passages")).hasSize(3);
        indexer.add(transcript("t3", "Short", "Victor Cha: Only one turn now.", List.of("Victor Cha"), LocalDate.of(2020, 1, 1),
                List.of("Japan")), true);
        indexer.commit();
        assertThat(http.get("/api/documents/t3").json().get("passages")).hasSize(1);
        assertThat(http.get("/api/passages?q=three").json().get("totalHits").asLong()).isZero();
        new org.dossier.index.DocumentWriter(solr).delete("t3");
        assertThat(http.get("/api/passages?q=%22only+one+turn%22").json().get("totalHits").asLong()).isZero();
    }

    @Test
    void passagesCannotBeSortedByTitle() {
        assertThat(http.get("/api/passages?sort=title").status()).isEqualTo(400);
        assertThat(http.get("/api/passages?sort=newest").json().get("hits").get(0).get("documentId").asText()).isEqualTo("c");
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        facet.forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
        return counts;
    }

}
