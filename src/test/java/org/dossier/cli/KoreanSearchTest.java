package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchResponse;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 73 Korean New Year addresses index without error and are found by Korean words. */
class KoreanSearchTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus", "ko-new-year-addresses");

    @TempDir
    Path dataDir;

    @Test
    void koreanQueriesFindTheAddresses() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "Korean corpus not present at " + CORPUS.toAbsolutePath());
        CliRun run = CliRun.of("index", CORPUS.toString(), "--data-dir", dataDir.toString(), "--no-progress");
        int code = run.exitCode();
        assertThat(code).as(run.out() + run.err()).isZero();
        // 73 addresses and the folder's SOURCE.md (English), every one indexed
        assertThat(run.out()).contains("74 added", "0 failed, 0 skipped");
        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            SearchService search = new SearchService(solr, SearchConfig.load());
            SearchRequestParser parser = new SearchRequestParser(search.config());
            SearchResponse all = search.search(parser.parse(Map.of("language", List.of("ko"))));
            assertThat(all.totalHits()).isEqualTo(73);
            for (String word : List.of("핵", "제재", "비핵화")) {
                SearchResponse hits = search.search(parser.parse(Map.of("q", List.of(word))));
                assertThat(hits.totalHits()).as(word).isPositive().isLessThan(73);
                assertThat(hits.hits().get(0).snippets()).as(word + " is marked in a snippet")
                        .anySatisfy(s -> assertThat(s).contains("<mark>"));
            }
            // 비핵화 (denuclearisation) appears only in the later addresses
            SearchResponse denuclearisation = search.search(parser.parse(Map.of("q", List.of("비핵화"), "sort", List.of("oldest"))));
            assertThat(denuclearisation.hits().get(0).year()).isGreaterThanOrEqualTo(1990);
        }
    }
}
