package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tika in the shipped fat jar: without merged SPI files it silently finds a single parser and
 * returns no text for PDF and DOCX, so extraction is tested on {@code target/dossier.jar}.
 */
class IngestJarIT {
    private static final Path JAR = Path.of("target/dossier.jar");
    private static final Path FIXTURES = Path.of("src/test/resources/ingest/formats");

    @TempDir
    Path dir;

    @Test
    void thePackagedJarIndexesEveryDocumentFormat() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (String format : List.of("pdf", "docx", "odt", "rtf", "epub")) {
            Files.copy(FIXTURES.resolve("sanctions." + format), docs.resolve("sanctions." + format));
        }
        Files.copy(FIXTURES.resolve("cafe-cp1252.txt"), docs.resolve("cafe-cp1252.txt"));
        Path data = dir.resolve("data");
        Process index = java("index", docs.toString(), "--data-dir", data.toString());
        String out = new String(index.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(index.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(index.exitValue()).as(out).isZero();
        assertThat(out).contains("6 added, 0 updated, 0 unchanged, 0 failed, 0 skipped");
        try (SolrConnection solr = SolrConnection.embedded(data)) {
            SearchService search = new SearchService(solr, SearchConfig.load());
            SearchRequestParser parser = new SearchRequestParser(search.config());
            for (String word : List.of("pdfmarker", "docxmarker", "odtmarker", "rtfmarker", "epubmarker", "cp1252marker")) {
                assertThat(search.search(parser.parse(Map.of("q", List.of(word)))).totalHits()).as(word).isEqualTo(1);
            }
        }
    }

    @Test
    void indexWatchPicksUpANewFileAndSigtermCommitsAndExitsZero() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("watched"));
        Files.writeString(docs.resolve("first.txt"), "First notes on jarwatchfirstword.");
        Process watch = java("index", "--watch", docs.toString(), "--data-dir", dir.resolve("data").toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        try {
            awaitLine(out, seen, "watching ");
            Files.copy(FIXTURES.resolve("sanctions.docx"), docs.resolve("added.docx"));
            awaitLine(out, seen, "watch: 1 added");
            // SIGTERM without Process.destroy(), which would also close the output being read
            assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(watch.pid())).start().waitFor()).isZero();
            out.lines().forEach(l -> seen.append(l).append('\n'));
        } finally {
            watch.destroy();
        }
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.exitValue()).as(seen.toString()).isZero();
        assertThat(seen.toString()).contains("Stopped watching");
        try (SolrConnection solr = SolrConnection.embedded(dir.resolve("data"))) {
            assertThat(new SearchService(solr, SearchConfig.load()).count()).isEqualTo(2);
        }
    }

    private static void awaitLine(BufferedReader out, StringBuilder seen, String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                return;
            }
        }
        throw new AssertionError("no line starting with '" + prefix + "'; output:\n" + seen);
    }

    private static Process java(String... args) throws IOException {
        assertThat(Files.exists(JAR)).as("target/dossier.jar is built by mvn package").isTrue();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
