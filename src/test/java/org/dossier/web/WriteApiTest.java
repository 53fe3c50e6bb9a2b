package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.DocumentWriter;
import org.dossier.cli.UploadIntake;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.dossier.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing over HTTP: only with the API key, within limits, and immediately searchable. */
class WriteApiTest {
    static final String KEY = "s3cret-key";

    @TempDir
    static Path dataDir;

    static SolrConnection solr;
    static UploadIntake intake;
    static DossierServer server;
    static Http http;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        solr = SolrConnection.embedded(dataDir);
        intake = new UploadIntake(DocumentExtractor.withDefaults()); // what serve uses
        Reindexing reindexing = () -> new Reindexing.Result(0, 0, 0, 0, List.of(), 0);
        ServerSettings settings = ServerSettings.defaults().withApiKey(KEY).withMaxBodyBytes(64 * 1024)
                .withCorsOrigins(List.of("https://allowed.example"));
        server = new DossierServer(new SearchService(solr, SearchConfig.load()), settings,
                new WriteServices(new DocumentWriter(solr), intake, reindexing)).start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        intake.close();
        solr.close();
    }

    static HttpResponse<String> send(String method, String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static final byte[] JSON_DOC = """
            {"id": "note-1", "title": "Sanctions note", "kind": "article", "date": "2023-03-04",
             "body": "Moscow and Pyongyang discussed sanctions relief. Russia and North Korea signed deals."}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void writingNeedsTheKeyAsABearerToken() throws Exception {
        HttpResponse<String> none = send("POST", "/api/documents", "application/json", JSON_DOC, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send("POST", "/api/documents", "application/json", JSON_DOC, "wrong").statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/api/documents/x", null, null, "s3cret-ke").statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/reindex", null, null, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/search").status()).as("reads stay open").isEqualTo(200);
    }

    @Test
    void aPostedJsonDocumentIsStoredAndSearchableAtOnceThenDeleted() throws Exception {
        HttpResponse<String> created = send("POST", "/api/documents", "application/json", JSON_DOC, KEY);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/documents/note-1");
        JsonNode search = http.get("/api/search?q=sanctions+relief").json();
        assertThat(search.get("hits").findValuesAsText("id")).contains("note-1");
        JsonNode doc = http.get("/api/documents/note-1").json();
        assertThat(doc.get("title").asText()).isEqualTo("Sanctions note");
        assertThat(doc.get("date").asText()).isEqualTo("2023-03-04");
        assertThat(doc.get("countries").toString()).contains("Russia", "North Korea");

        assertThat(send("DELETE", "/api/documents/note-1", null, null, KEY).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/documents/note-1").status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/documents/note-1", null, null, KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadedFileIsParsedLikeTheIndexerDoes() throws Exception {
        String boundary = "----dossier" + System.nanoTime();
        String text = "Episode Date: 2024-02-02\nTitle line of an upload\n\nBeijing and Washington talked about tariffs. China and the United States agreed.";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload-note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = send("POST", "/api/documents", "multipart/form-data; boundary=" + boundary, body, KEY);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replace("/api/documents/", "");
        assertThat(http.get("/api/documents/" + id).json().get("fileName").isNull()).isTrue();
        assertThat(http.get("/api/search?q=tariffs").json().get("hits").findValuesAsText("id")).contains(id);
        // the same file name again replaces rather than duplicates
        assertThat(send("POST", "/api/documents", "multipart/form-data; boundary=" + boundary, body, KEY).statusCode()).isEqualTo(201);
        assertThat(http.get("/api/search?q=tariffs").json().get("totalHits").asLong()).isEqualTo(1);
    }

    static final Path FORMATS = Path.of("src/test/resources/ingest/formats");

    /** A multipart body with one part "file" of the given type (null: no Content-Type for the part). */
    static byte[] filePart(String boundary, String fileName, String partType, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + (partType == null ? "" : "Content-Type: " + partType + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    static JsonNode upload(String fileName, String partType, byte[] content) throws Exception {
        String boundary = "----dossier" + System.nanoTime();
        HttpResponse<String> created = send("POST", "/api/documents", "multipart/form-data; boundary=" + boundary,
                filePart(boundary, fileName, partType, content), KEY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return http.get(created.headers().firstValue("Location").orElseThrow()).json();
    }

    @Test
    void anUploadInALegacyEncodingIsDecodedLikeTheIndexerDecodesAFile() throws Exception {
        // Windows-1252 bytes, sent as browsers and curl -F do: no charset
        JsonNode cp1252 = upload("cafe-cp1252.txt", "text/plain", java.nio.file.Files.readAllBytes(FORMATS.resolve("cafe-cp1252.txt")));
        assertThat(cp1252.get("title").asText()).isEqualTo("Caf\u00e9 diplomacy: the \u201cquiet channel\u201d between Seoul and Pyongyang");
        assertThat(cp1252.get("body").asText()).contains("r\u00e9sum\u00e9", "d\u00e9tente");

        // a charset the client names is honoured
        String german = "Gespr\u00e4che \u00fcber Sanktionen in Genf\n\nDie Delegationen aus S\u00fcdkorea und den USA trafen sich; "
                + "latinonemarker stra\u00dfe.";
        JsonNode latin1 = upload("notes.txt", "text/plain; charset=ISO-8859-1", german.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.get("title").asText()).isEqualTo("Gespr\u00e4che \u00fcber Sanktionen in Genf");
        assertThat(latin1.get("body").asText()).contains("S\u00fcdkorea", "stra\u00dfe");
    }

    @Test
    void uploadedPdfAndWordFilesGoThroughTheParserWithTheirMetadata() throws Exception {
        JsonNode pdf = upload("sanctions.pdf", "application/pdf", java.nio.file.Files.readAllBytes(FORMATS.resolve("sanctions.pdf")));
        assertThat(pdf.get("title").asText()).isEqualTo("Sanctions Talks Resume in Geneva"); // wrapped in the text, whole in the metadata
        assertThat(pdf.get("body").asText()).contains("pdfmarker");
        assertThat(pdf.get("date").asText()).isEqualTo("2021-03-04");

        JsonNode docx = upload("sanctions.docx", "application/octet-stream", java.nio.file.Files.readAllBytes(FORMATS.resolve("sanctions.docx")));
        assertThat(docx.get("body").asText()).contains("docxmarker");
        assertThat(docx.get("speakers").toString()).contains("Jane Marlowe"); // the author, from the file's metadata
        assertThat(docx.get("date").asText()).isEqualTo("2021-03-04");
        assertThat(http.get("/api/search?q=docxmarker").json().get("totalHits").asLong()).isEqualTo(1);

        String boundary = "----dossier" + System.nanoTime();
        HttpResponse<String> notPdf = send("POST", "/api/documents", "multipart/form-data; boundary=" + boundary,
                filePart(boundary, "broken.pdf", "application/pdf", "%PDF-1.4 cut off after its first line".getBytes(StandardCharsets.US_ASCII)), KEY);
        assertThat(notPdf.statusCode()).isEqualTo(422);
        assertThat(notPdf.body()).contains("broken.pdf: could not be parsed");
    }

    @Test
    void badBodiesAreRefusedWithTheRightStatus() throws Exception {
        assertThat(send("POST", "/api/documents", "text/plain", "hello".getBytes(StandardCharsets.UTF_8), KEY).statusCode()).isEqualTo(415);
        assertThat(send("POST", "/api/documents", "application/json", "{not json".getBytes(StandardCharsets.UTF_8), KEY).statusCode())
                .isIn(400, 422);
        assertThat(send("POST", "/api/documents", "application/json", new byte[0], KEY).statusCode()).isEqualTo(422);
        assertThat(send("POST", "/api/documents", "application/json",
                "{\"id\": \"../../etc\", \"title\": \"x\", \"body\": \"y\"}".getBytes(StandardCharsets.UTF_8), KEY).statusCode()).isEqualTo(400);
        byte[] tooLarge = ("{\"title\": \"big\", \"body\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> large = send("POST", "/api/documents", "application/json", tooLarge, KEY);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("65536 bytes");
    }

    @Test
    void reindexAnswersWithWhatItDid() throws Exception {
        HttpResponse<String> reindex = send("POST", "/api/reindex", null, null, KEY);
        assertThat(reindex.statusCode()).isEqualTo(200);
        assertThat(reindex.body()).contains("\"files\":0");
    }

    @Test
    void corsIsAllowedOnlyForTheConfiguredOrigin() throws Exception {
        HttpRequest.Builder allowed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
                .header("Origin", "https://allowed.example");
        assertThat(CLIENT.send(allowed.build(), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("Access-Control-Allow-Origin")).hasValue("https://allowed.example");
        HttpRequest.Builder other = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
                .header("Origin", "https://evil.example");
        assertThat(CLIENT.send(other.build(), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void healthReadinessAndMetricsAnswer() {
        assertThat(http.get("/health").json().get("status").asText()).isEqualTo("UP");
        JsonNode ready = http.get("/ready").json();
        assertThat(ready.get("status").asText()).isEqualTo("READY");
        http.get("/api/search?q=anything");
        Http.Response metrics = http.get("/metrics");
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("dossier_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}")
                .contains("dossier_solr_requests_seconds_count{handler=\"/select\",outcome=\"ok\"}")
                .contains("dossier_index_documents");
    }

    @Test
    void withoutWriteServicesOrKeyWritingIsDisabled() throws IOException, InterruptedException {
        try (SolrConnection other = SolrConnection.embedded(dataDir.resolve("other"));
                DossierServer readOnly = new DossierServer(new SearchService(other, SearchConfig.load())).start("127.0.0.1", 0)) {
            HttpResponse<String> denied = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/api/documents"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON_DOC)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.body()).contains("DOSSIER_API_KEY");
        }
    }
}
