package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.cli.bench.CorpusGenerator;
import org.dossier.testing.DossierProcess;
import org.dossier.testing.Http;
import org.dossier.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory on a real file system that fills up (a 3 MB tmpfs): indexing stops at once with
 * a message that says so, a server keeps answering searches and answers writes with 507, and
 * nothing committed before is lost. Needs mount rights (see {@link SmallDisk}).
 */
class FullDiskIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void indexingUntilTheDiskIsFullStopsPromptlyWithAClearMessageAndKeepsWhatWasCommitted() throws Exception {
        Path committed = corpus("committed", 5, 1);
        Path large = corpus("large", 2_000, 2); // about 9 MB of text: three times the disk
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), "3m")) {
            Path data = disk.path().resolve("data");
            assertThat(index(committed, data).output()).contains("5 added");

            DossierProcess filling = DossierProcess.start("index", large.toString(), "--data-dir", data.toString(), "--no-progress");
            long start = System.nanoTime();
            int exit = filling.awaitExit(HANG_GUARD);
            System.out.printf("Full disk: index exited %d after %d ms%n", exit, (System.nanoTime() - start) / 1_000_000);
            String output = filling.output();
            assertThat(exit).as(output).isEqualTo(1);
            List<String> messages = output.lines().filter(l -> l.startsWith("dossier: ")).toList();
            assertThat(messages).as(output).singleElement().satisfies(line -> assertThat(line)
                    .containsIgnoringCase("no space left on device").contains(data.toString()));
            System.out.println("Full disk: " + messages.get(0));
            assertThat(output).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");

            disk.resize("64m"); // the same files, now with room
            DossierProcess rerun = index(committed, data);
            assertThat(rerun.output()).as("the committed documents are stored, unchanged")
                    .contains("0 added, 0 updated, 5 unchanged, 0 failed");
            try (DossierProcess serve = DossierProcess.start("serve", "--port", "0", "--data-dir", data.toString(),
                    "--seeds", temp.resolve("no-seeds").toString())) {
                Http http = new Http(serve.awaitPort());
                Map<String, String> byFile = titles(http);
                try (var files = Files.list(committed)) {
                    for (Path file : files.toList()) {
                        String title = byFile.get(file.getFileName().toString());
                        assertThat(title).as("document of " + file.getFileName() + " is stored").isNotNull();
                        JsonNode hits = http.get("/api/search?q=" + encode("\"" + title + "\"")).json().get("hits");
                        assertThat(hits.findValuesAsText("title")).as("searchable by its title").contains(title);
                    }
                }
                serve.terminate();
                assertThat(serve.awaitExit(HANG_GUARD)).isZero();
            }
        }
    }

    @Test
    void aServerOnAFullDiskAnswers507ToWritesKeepsAnsweringSearchesAndWritesAgainOnceThereIsRoom() throws Exception {
        Path committed = corpus("committed", 5, 3);
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), "3m")) {
            Path data = disk.path().resolve("data");
            assertThat(index(committed, data).output()).contains("5 added");
            Path filler = disk.path().resolve("filler");
            fill(filler);

            try (DossierProcess serve = DossierProcess.start("serve", "--port", "0", "--data-dir", data.toString(),
                    "--seeds", temp.resolve("no-seeds").toString(), "--api-key", "test-key")) {
                int port = serve.awaitPort();
                Http http = new Http(port);

                HttpResponse<String> refused = post(port, "Written on a full disk", "This document does not fit.");
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(507);
                assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(refused.body()).contains("no space left on device")
                        .as("a client is not told the server's paths").doesNotContain(data.toString());

                assertThat(http.get("/api/search?q=").json().get("totalHits").asInt()).as("searches still work").isEqualTo(5);
                assertThat(http.get("/ready").status()).isEqualTo(200);

                Files.delete(filler); // the operator frees space; no restart
                HttpResponse<String> stored = post(port, "Written once there was room", "This document fits now.");
                assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
                assertThat(http.get("/api/search?q=").json().get("totalHits").asInt()).isEqualTo(6);

                serve.terminate();
                assertThat(serve.awaitExit(HANG_GUARD)).isZero();
                assertThat(serve.output()).as("no stack trace").doesNotContain("\tat ");
            }
        }
    }

    private Path corpus(String name, int documents, long seed) throws IOException {
        Path dir = temp.resolve(name);
        new CorpusGenerator(seed, documents).writeTo(dir, documents);
        return dir;
    }

    private static DossierProcess index(Path folder, Path data) {
        DossierProcess run = DossierProcess.start("index", folder.toString(), "--data-dir", data.toString(), "--no-progress");
        assertThat(run.awaitExit(HANG_GUARD)).as(run.output()).isZero();
        return run;
    }

    /** Writes into {@code file} until the file system says it is full. */
    private static void fill(Path file) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
                throw e;
            }
        }
    }

    /** Titles of every stored document by its file's name, from the export. */
    private static Map<String, String> titles(Http http) throws IOException {
        Map<String, String> titles = new HashMap<>();
        for (String line : http.get("/api/export").body().split("\n")) {
            if (!line.isBlank()) {
                JsonNode doc = JSON.readTree(line);
                titles.put(doc.path("fileName").asText(), doc.path("title").asText());
            }
        }
        return titles;
    }

    private static HttpResponse<String> post(int port, String title, String body) throws Exception {
        String json = JSON.writeValueAsString(Map.of("title", title, "body", body));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
                .header("Authorization", "Bearer test-key").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
