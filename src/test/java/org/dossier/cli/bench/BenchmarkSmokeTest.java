package org.dossier.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark working: a tiny run must produce every figure. It asserts shapes, never
 * speeds (timings on a shared machine prove nothing).
 */
class BenchmarkSmokeTest {
    @TempDir
    Path work;

    @Test
    void aTinyRunMeasuresEverySection() throws Exception {
        Benchmark.Report report = new Benchmark(new PrintStream(OutputStream.nullOutputStream()))
                .run(new Benchmark.Options(List.of(60), 30, 10, 7, work, null, ""));
        Benchmark.SizeResult r = report.results().get(0);
        assertThat(r.documents()).isEqualTo(60);
        assertThat(r.corpusBytes()).isPositive();
        assertThat(r.extractDocsPerSecondPerCore()).isPositive();
        assertThat(r.rawIndexDocsPerSecond()).isPositive();
        assertThat(r.pipelineIndexDocsPerSecond()).isPositive();
        assertThat(r.mergeSeconds()).isPositive();
        assertThat(r.mergedIndexBytes()).isPositive();
        assertThat(r.api().keySet()).containsExactly("1", "8");
        assertThat(r.direct().get("8").p99()).isGreaterThanOrEqualTo(r.direct().get("8").p50());
        assertThat(r.heapAfterGcBytes()).isPositive();
        String markdown = MarkdownReport.render(report, "test");
        assertThat(markdown).contains("## Figures: 60 documents", "### Indexing", "### Searching", "### Memory and start", "| 60 |",
                "Time the whole run took");
        // the corpus is reused when the seed and size match
        assertThat(Files.readString(work.resolve("n60/corpus/.complete"))).startsWith("seed=7 size=60");
    }

    @Test
    void aRunReplacesItsOwnFiguresInTheMarkdownAndKeepsOtherRuns() {
        String doc = "# Benchmarks\n\nintro\n\n" + BenchCommand.FIGURES_MARK + "\n";
        String once = BenchCommand.withFigures(doc, "10,000 and 100,000", "## Figures A1\n");
        String both = BenchCommand.withFigures(once, "1,000,000", "## Figures M\n");
        String again = BenchCommand.withFigures(both, "10,000 and 100,000", "## Figures A2\n");
        assertThat(again).startsWith("# Benchmarks\n\nintro\n\n" + BenchCommand.FIGURES_MARK)
                .contains("## Figures A2", "## Figures M").doesNotContain("A1");
        assertThat(again.indexOf("A2")).isLessThan(again.indexOf("## Figures M"));
        assertThat(BenchCommand.withFigures(again, "10,000 and 100,000", "## Figures A2\n")).isEqualTo(again);
    }

    @Test
    void theGeneratorIsDeterministicAndWritesTheSeedFormats() {
        CorpusGenerator a = new CorpusGenerator(99, 1000);
        CorpusGenerator b = new CorpusGenerator(99, 1000);
        for (int i = 0; i < 50; i++) {
            CorpusGenerator.GeneratedFile fa = a.next();
            CorpusGenerator.GeneratedFile fb = b.next();
            assertThat(fa).isEqualTo(fb);
            assertThat(fa.text().length()).isBetween(900, 22_000);
            if (fa.fileName().contains("podcast")) {
                assertThat(fa.text()).contains("Shownotes Transcript", "People\n");
            } else {
                assertThat(fa.text()).startsWith("Language : English").contains("Back to Top");
            }
        }
    }
}
