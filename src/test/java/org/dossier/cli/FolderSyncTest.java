package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.SourceFileReader;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --watch}: a watched folder and the index stay in step. Waits poll with a generous
 * deadline (eventual consistency), never sleep to synchronise.
 */
class FolderSyncTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @TempDir
    Path folder;

    SolrConnection solr;
    SearchService search;
    SearchRequestParser parser;
    final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    FolderSync sync;

    @BeforeEach
    void start() {
        solr = SolrConnection.embedded(dataDir);
        search = new SearchService(solr, SearchConfig.load());
        parser = new SearchRequestParser(search.config());
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
        solr.close();
    }

    private FolderSync watch() {
        IndexingRun run = new IndexingRun(new DocumentLoader(DocumentExtractor.withDefaults()), new Indexer(solr), log,
                new SourceFileReader(), Duration.ofSeconds(30), Progress.NO_PROGRESS);
        sync = new FolderSync(run, List.of(folder), log, Duration.ofMillis(300), Duration.ofSeconds(3)).start();
        awaitTrue("the first pass", () -> sync.initialReport() != null);
        return sync;
    }

    private long hits(String q) {
        return search.search(parser.parse(Map.of("q", List.of(q)))).totalHits();
    }

    private void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what + "\nlog:\n"
                        + logBytes.toString(StandardCharsets.UTF_8));
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20); // polling interval, not synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long awaitHits(String word, long expected) {
        long start = System.nanoTime();
        awaitTrue(word + " has " + expected + " hits", () -> hits(word) == expected);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void newChangedRenamedAndRemovedFilesAreFollowed() throws Exception {
        Files.writeString(folder.resolve("before.txt"), "Written before watching: preexistingword.");
        Files.writeString(folder.resolve("stale.txt"), "stale");
        watch();
        assertThat(hits("preexistingword")).isEqualTo(1);

        long created = awaitAfter(() -> Files.writeString(folder.resolve("talks.txt"), "Notes on watchnewword from Seoul."), "watchnewword", 1);
        long changed = awaitAfter(() -> Files.writeString(folder.resolve("talks.txt"), "Notes on watchchangedword from Seoul."),
                "watchchangedword", 1);
        assertThat(hits("watchnewword")).isZero();
        System.out.printf("watch latency, file written to searchable: new %d ms, changed %d ms%n", created, changed);

        Files.move(folder.resolve("talks.txt"), folder.resolve("renamed.txt"));
        awaitTrue("the renamed file's document replaces the old one", () -> search.count() == 3
                && search.search(parser.parse(Map.of("q", List.of("watchchangedword")))).hits().get(0).title() != null);
        assertThat(hits("watchchangedword")).isEqualTo(1);

        // editors' temporary files and hidden files are never indexed
        Files.writeString(folder.resolve(".#renamed.txt"), "lock tempfileword");
        Files.writeString(folder.resolve("renamed.txt~"), "backup tempfileword");
        Files.writeString(folder.resolve(".renamed.txt.swp"), "swap tempfileword");
        Files.writeString(folder.resolve("~$report.docx"), "owner tempfileword");
        Files.writeString(folder.resolve("download.pdf.part"), "partial tempfileword");
        // an editor's safe save: write a temporary file, then rename it over the original
        Files.writeString(folder.resolve("renamed.txt.tmp"), "Notes on watchsavedword from Seoul.");
        Files.move(folder.resolve("renamed.txt.tmp"), folder.resolve("renamed.txt"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        awaitHits("watchsavedword", 1);
        assertThat(hits("tempfileword")).isZero();
        assertThat(hits("watchchangedword")).isZero();

        Files.delete(folder.resolve("renamed.txt"));
        Files.delete(folder.resolve("stale.txt"));
        long removed = awaitAfter(() -> null, "watchsavedword", 0);
        awaitTrue("stale.txt's document is gone", () -> search.count() == 1);
        System.out.printf("watch latency, file removed to gone: %d ms%n", removed);
    }

    @Test
    void foldersCreatedMovedInAndRemovedAreFollowed() throws Exception {
        watch();
        Path sub = folder.resolve("a/b");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("deep.txt"), "Deep notes on nestedfolderword.");
        awaitHits("nestedfolderword", 1);

        // a folder moved in with files already inside it
        Path outside = Files.createDirectories(dataDir.resolve("incoming"));
        Files.writeString(outside.resolve("one.md"), "# One\n\nmovedinword one");
        Files.writeString(outside.resolve("two.md"), "# Two\n\nmovedinword two");
        Files.move(outside, folder.resolve("incoming"));
        awaitHits("movedinword", 2);

        deleteTree(folder.resolve("a"));
        awaitHits("nestedfolderword", 0);
        Files.move(folder.resolve("incoming"), dataDir.resolve("moved-out"));
        awaitHits("movedinword", 0);
    }

    @Test
    void aBurstOfAThousandFilesIsIndexedInAFewBatches() throws Exception {
        watch();
        int commitsBefore = sync.commits();
        String template = Files.readString(Path.of("seeds/003_f8fbb9045df074aa.txt"));
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            Files.writeString(folder.resolve(String.format("burst-%04d.txt", i)), template + "\nburstword note " + i);
        }
        long written = System.nanoTime();
        awaitHits("burstword", 1000);
        long done = System.nanoTime();
        int commits = sync.commits() - commitsBefore;
        System.out.printf("burst of 1000 files: written in %d ms, all searchable %d ms after the last write, %d commits, %d batches%n",
                (written - start) / 1_000_000, (done - written) / 1_000_000, commits, sync.batches());
        // one commit per batch (plus one every 1,000 documents inside a batch): not one per file
        assertThat(commits).isLessThanOrEqualTo(20);
    }

    private interface Action {
        Object run() throws Exception;
    }

    private long awaitAfter(Action action, String word, long expected) throws Exception {
        long start = System.nanoTime();
        action.run();
        awaitHits(word, expected);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
