package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentIds;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.FileMetadata;
import org.dossier.ingest.FormatParser;
import org.dossier.ingest.IsolatedFormatParser;
import org.dossier.ingest.SourceFileReader;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files of every format through IndexingRun into the real embedded Solr: limits, timeouts, prune. */
class IngestPipelineTest {
    static final Path FIXTURES = Path.of("src/test/resources/ingest/formats");
    static final DocumentLoader LOADER = new DocumentLoader(DocumentExtractor.withDefaults());

    @TempDir
    static Path dataDir;

    static SolrConnection solr;
    static SearchService search;
    static SearchRequestParser parser;

    @TempDir
    Path docs;

    final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void start() {
        solr = SolrConnection.embedded(dataDir);
        search = new SearchService(solr, SearchConfig.load());
        parser = new SearchRequestParser(search.config());
    }

    @AfterAll
    static void stop() {
        solr.close();
    }

    static long hits(String q) {
        return search.search(parser.parse(Map.of("q", List.of(q)))).totalHits();
    }

    IndexingRun run(SourceFileReader reader, Duration timeout) {
        return new IndexingRun(LOADER, new Indexer(solr), log, reader, timeout, Progress.NO_PROGRESS);
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFormatIsSearchableByItsOwnWords() throws Exception {
        for (String name : List.of("sanctions.pdf", "sanctions.docx", "sanctions.odt", "sanctions.rtf", "sanctions.epub",
                "cafe-cp1252.txt", "moscow-koi8r.txt")) {
            Files.copy(FIXTURES.resolve(name), docs.resolve(name));
        }
        try (IndexingRun run = run(new SourceFileReader(), Duration.ofSeconds(60))) {
            IndexingRun.Report report = run.run(List.of(docs));
            assertThat(report.summary()).startsWith("Indexed 7 files").contains("7 added, 0 updated, 0 unchanged, 0 failed, 0 skipped, 0 deleted");
            assertThat(run.run(List.of(docs)).unchanged()).as("unchanged documents are not parsed again").isEqualTo(7);
        }
        for (String marker : List.of("pdfmarker", "docxmarker", "odtmarker", "rtfmarker", "epubmarker", "cp1252marker", "koimarker")) {
            assertThat(hits(marker)).as(marker).isEqualTo(1);
        }
        assertThat(hits("d\u00e9tente")).isEqualTo(1);
    }

    @Test
    void aParserThatHangsIsStoppedByTheTimeLimitAndTheRestIsIndexed() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        FormatParser hanging = (path, bytes) -> {
            if (path.getFileName().toString().startsWith("hang")) {
                never.await(); // until interrupted
            }
            return new FormatParser.Parsed("Fine text about hangfreeword in Seoul.", FileMetadata.NONE);
        };
        Files.writeString(docs.resolve("hang.pdf"), "%PDF-1.4 pretend");
        Files.writeString(docs.resolve("next.pdf"), "%PDF-1.4 pretend");
        Files.writeString(docs.resolve("plain.txt"), "Plain notes on timeoutplainword.");
        try (IndexingRun run = run(new SourceFileReader(SourceFileReader.DEFAULT_MAX_BYTES, hanging), Duration.ofMillis(500))) {
            IndexingRun.Report report = run.run(List.of(docs));
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.errors()).singleElement().satisfies(f -> {
                assertThat(f.path().getFileName().toString()).isEqualTo("hang.pdf");
                assertThat(f.reason()).isEqualTo("parsing took longer than 0.5 s and was stopped (--parse-timeout)");
            });
        }
        assertThat(log()).contains("failed " + docs.resolve("hang.pdf") + ": parsing took longer than");
        assertThat(hits("hangfreeword")).isEqualTo(1);
        assertThat(hits("timeoutplainword")).isEqualTo(1);
    }

    @Test
    @Timeout(300)
    void aDocumentThatMakesTheParserHangIsStoppedItsParserProcessKilledAndTheOtherFilesIndexed() throws Exception {
        // TroublesomeTestParser (test scope) takes files starting with this marker and never returns
        Files.writeString(docs.resolve("a-hang.pdf"), "DOSSIER-TEST-HANG");
        Files.copy(FIXTURES.resolve("sanctions.pdf"), docs.resolve("b-report.pdf"));
        Files.copy(FIXTURES.resolve("sanctions.odt"), docs.resolve("c-report.odt"));
        Files.writeString(docs.resolve("d-notes.txt"), "Plain notes on isolatedplainword.");
        IsolatedFormatParser parser = new IsolatedFormatParser(Duration.ofSeconds(10));
        try (IndexingRun run = run(new SourceFileReader(SourceFileReader.DEFAULT_MAX_BYTES, parser), Duration.ofSeconds(10))) {
            IndexingRun.Report report = run.run(List.of(docs));
            assertThat(report.added()).isEqualTo(3);
            assertThat(report.errors()).singleElement().satisfies(f -> {
                assertThat(f.path().getFileName().toString()).isEqualTo("a-hang.pdf");
                assertThat(f.reason()).isEqualTo("parsing took longer than 10 s and was stopped (--parse-timeout)");
            });
            assertThat(parser.workers()).as("the hung child, then one child for both documents after it").hasSize(2);
            ProcessHandle hung = parser.workers().get(0);
            hung.onExit().get(60, TimeUnit.SECONDS); // a hung parser left running would never end
            assertThat(hung.isAlive()).isFalse();
        }
        assertThat(parser.workers().get(1).onExit().get(60, TimeUnit.SECONDS).isAlive()).as("closing the run stops its child").isFalse();
        for (String file : List.of("b-report.pdf", "c-report.odt")) {
            assertThat(search.document(DocumentIds.forPath(docs.resolve(file)), null)).as(file).isPresent();
        }
        assertThat(hits("isolatedplainword")).isEqualTo(1);
    }

    @Test
    void filesOverTheSizeLimitAreSkippedWithAMessage() throws Exception {
        Files.writeString(docs.resolve("small.txt"), "A short note on sizelimitword.");
        Files.writeString(docs.resolve("large.txt"), "Long text. ".repeat(500));
        try (IndexingRun run = run(new SourceFileReader(1000), Duration.ofSeconds(10))) {
            IndexingRun.Report report = run.run(List.of(docs));
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.skipped()).singleElement()
                    .satisfies(f -> assertThat(f.reason()).isEqualTo("too large (5500 bytes; the limit is 1000)"));
            assertThat(report.summary()).contains("0 failed, 1 skipped").contains("skipped: 1 too large");
        }
        assertThat(log()).contains("skipped " + docs.resolve("large.txt") + ": too large (5500 bytes; the limit is 1000)");
    }

    @Test
    void pruneDeletesTheDocumentsOfFilesThatAreGoneAndNothingElse() throws Exception {
        Path sub = Files.createDirectories(docs.resolve("sub"));
        Files.writeString(docs.resolve("keep.txt"), "Kept note about prunekeepword.");
        Files.writeString(sub.resolve("gone.txt"), "Removed note about prunegoneword.");
        Path elsewhere = Files.createDirectories(docs.resolveSibling(docs.getFileName() + "-other"));
        Files.writeString(elsewhere.resolve("other.txt"), "Another folder about pruneotherword.");
        try (IndexingRun run = run(new SourceFileReader(), Duration.ofSeconds(10))) {
            run.run(List.of(docs, elsewhere));
            assertThat(hits("prunegoneword")).isEqualTo(1);
            Files.delete(sub.resolve("gone.txt"));
            Files.delete(elsewhere.resolve("other.txt"));

            IndexingRun.Report withoutPrune = run.run(List.of(docs));
            assertThat(withoutPrune.deleted()).isZero();
            assertThat(hits("prunegoneword")).isEqualTo(1);

            IndexingRun.Report pruned = run.run(List.of(docs), true);
            assertThat(pruned.deleted()).isEqualTo(1);
            assertThat(pruned.summary()).contains("1 deleted");
        }
        assertThat(hits("prunegoneword")).isZero();
        assertThat(hits("prunekeepword")).isEqualTo(1);
        assertThat(hits("pruneotherword")).as("a folder not named is not pruned").isEqualTo(1);
    }
}
