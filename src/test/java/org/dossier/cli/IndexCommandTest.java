package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code index} command as a user runs it: real files, real embedded Solr, exit codes. */
class IndexCommandTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path docs;

    @Test
    void reindexingTheSameFolderAddsNothingAndAChangedFileIsUpdated() throws Exception {
        Files.copy(Path.of("seeds/000_a9d77a39ce919294.txt"), docs.resolve("podcast.txt"));
        Files.copy(Path.of("seeds/003_f8fbb9045df074aa.txt"), docs.resolve("article.txt"));

        CliRun first = index(docs);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("2 added, 0 updated, 0 unchanged, 0 failed");

        CliRun again = index(docs);
        assertThat(again.out()).contains("0 added, 0 updated, 2 unchanged, 0 failed");

        Files.writeString(docs.resolve("article.txt"),
                Files.readString(docs.resolve("article.txt")).replace("double-freeze", "double-suspension"));
        CliRun changed = index(docs);
        assertThat(changed.out()).contains("0 added, 1 updated, 1 unchanged, 0 failed");

        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            SearchService search = new SearchService(solr, SearchConfig.load());
            SearchRequestParser parser = new SearchRequestParser(search.config());
            assertThat(search.count()).isEqualTo(2);
            assertThat(search.search(parser.parse(java.util.Map.of("q", java.util.List.of("\"double-suspension\"")))).totalHits()).isEqualTo(1);
            assertThat(search.search(parser.parse(java.util.Map.of("q", java.util.List.of("\"double-freeze\"")))).totalHits()).isZero();
        }
    }

    @Test
    void badFilesAreReportedByNameWithAReasonAndTheRestIsIndexed() throws Exception {
        Files.copy(Path.of("seeds/003_f8fbb9045df074aa.txt"), docs.resolve("good.txt"));
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.write(docs.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(docs.resolve("latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(docs.resolve("scan.pdf"), "%PDF-1.4");
        Files.writeString(docs.resolve("photo.png"), "not really");

        CliRun result = index(docs);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .contains("empty.txt: empty file")
                .contains("binary.txt: binary file")
                .contains("scan.pdf: could not be parsed")
                .contains("photo.png: unsupported file type .png");
        assertThat(result.out()).contains("2 added").contains("1 failed, 3 skipped")
                .contains("skipped: 1 binary file, 1 empty file, 1 unsupported file type .png");
    }

    @Test
    void aMissingPathIsAnErrorAndNothingStoredIsLost() throws Exception {
        Files.copy(Path.of("seeds/003_f8fbb9045df074aa.txt"), docs.resolve("good.txt"));
        assertThat(index(docs).exitCode()).isZero();

        CliRun missing = index(docs.resolve("nope"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope: no such file or folder");
        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            assertThat(new SearchService(solr, SearchConfig.load()).count()).isEqualTo(1);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWorks() {
        assertThat(run("index").exitCode()).isEqualTo(2);
        CliRun help = run("index", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--data-dir", "--solr-url");
        assertThat(run("serve", "--help").out()).contains("--port", "--seeds");
    }

    @Test
    void optimizeMergesEverySegmentIntoOneAndKeepsEveryDocument() throws Exception {
        Path podcasts = Files.createDirectories(docs.resolve("podcasts"));
        Path articles = Files.createDirectories(docs.resolve("articles"));
        Files.copy(Path.of("seeds/000_a9d77a39ce919294.txt"), podcasts.resolve("podcast.txt"));
        Files.copy(Path.of("seeds/003_f8fbb9045df074aa.txt"), articles.resolve("article.txt"));
        assertThat(index(podcasts).exitCode()).isZero();
        assertThat(index(articles).exitCode()).isZero();
        assertThat(segments(false)).isGreaterThan(1); // one per commit
        assertThat(segments(true)).isGreaterThan(1);

        CliRun merged = run("index", podcasts.toString(), articles.toString(), "--optimize", "--data-dir", dataDir.toString());
        assertThat(merged.exitCode()).isZero();
        assertThat(merged.out()).contains("0 added, 0 updated, 2 unchanged, 0 failed").contains("Merged the index into one segment");
        assertThat(segments(false)).isEqualTo(1);
        assertThat(segments(true)).as("the passages too").isEqualTo(1);
        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            assertThat(new SearchService(solr, SearchConfig.load()).count()).isEqualTo(2);
        }

        CliRun watching = run("index", podcasts.toString(), "--optimize", "--watch", "--data-dir", dataDir.toString());
        assertThat(watching.exitCode()).isNotZero();
        assertThat(watching.err()).contains("--optimize").contains("--watch");
    }

    private int segments(boolean passages) throws Exception {
        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            org.apache.solr.client.solrj.request.LukeRequest luke = new org.apache.solr.client.solrj.request.LukeRequest();
            luke.setShowSchema(false);
            luke.setNumTerms(0);
            String collection = passages ? solr.passageCollection() : solr.collection();
            Object count = luke.process(solr.client(), collection).getIndexInfo().get("segmentCount");
            return ((Number) count).intValue();
        }
    }

    private CliRun index(Path path) {
        return run("index", path.toString(), "--data-dir", dataDir.toString());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
