package org.dossier.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Dossier against raw Solr in one run: indexing (whole pipeline vs raw SolrJ adds), parse and extract,",
                "search latency and throughput (HTTP API vs direct SolrJ, 1 and 8 clients), memory, cold start.",
                "Prints a table, writes JSON, and with --markdown rewrites the figures of docs/BENCHMARKS.md."})
public final class BenchCommand implements Callable<Integer> {
    static final String FIGURES_MARK = "<!-- figures: written by `dossier bench --markdown` below this line -->";

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10000,100000",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--million", description = "Add a 1,000,000-document run (generation and indexing take about an hour on 2 cores).")
    boolean million;

    @Option(names = "--quick", description = "A small run (300 documents, 100 queries) that checks the benchmark works; its figures mean little.")
    boolean quick;

    @Option(names = "--queries", defaultValue = "2000", description = "Measured queries per path and client count (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", defaultValue = "500", description = "Warm-up queries each way (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-passage-search", negatable = false,
            description = "Skip the /api/passages measurement (slow on a million documents).")
    boolean noPassageSearch;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus and query seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work-dir", defaultValue = "target/bench", description = "Where corpora and indexes go (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--jar", defaultValue = "target/dossier.jar", description = "Packaged jar for the cold-start figure (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--jar-java-options", defaultValue = "", description = "JVM options for the cold-start run, e.g. -Xmx1g.")
    String jarJavaOptions;

    @Option(names = "--json", defaultValue = "target/bench/results.json", description = "Where to write the results (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Rewrite the figures in this file (docs/BENCHMARKS.md) below its marker line.")
    Path markdown;

    /**
     * The file with this run's figures in place of an earlier run's of the same sizes, or added
     * after the other runs' figures: a million-document run does not erase the default run.
     */
    static String withFigures(String existing, String sizes, String figures) {
        String begin = "<!-- run: " + sizes + " -->";
        String end = "<!-- end of run: " + sizes + " -->";
        String block = begin + "\n\n" + figures.strip() + "\n\n" + end + "\n";
        int from = existing.indexOf(begin);
        int to = existing.indexOf(end);
        if (from >= 0 && to > from) {
            return existing.substring(0, from) + block + existing.substring(to + end.length()).replaceFirst("^\n", "");
        }
        String base = existing.contains(FIGURES_MARK) ? existing : existing + "\n" + FIGURES_MARK + "\n";
        return base.stripTrailing() + "\n\n" + block;
    }

    @Override
    public Integer call() throws Exception {
        List<Integer> runSizes = new ArrayList<>(quick ? List.of(300) : sizes);
        if (million && !runSizes.contains(1_000_000)) {
            runSizes.add(1_000_000);
        }
        Benchmark.Options options = new Benchmark.Options(runSizes, quick ? 100 : queries, quick ? 50 : warmup, seed,
                workDir, jar, jarJavaOptions, !noPassageSearch);
        Benchmark.Report report = new Benchmark(System.err).run(options);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(json.toAbsolutePath().getParent());
        mapper.writeValue(json.toFile(), report);
        String command = "./dossier bench" + (quick ? " --quick" : " --sizes " + sizes.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""))
                + (million ? " --million" : "") + (noPassageSearch ? " --no-passage-search" : "")
                + (queries != 2000 && !quick ? " --queries " + queries : "") + (warmup != 500 && !quick ? " --warmup " + warmup : "") + (markdown != null ? " --markdown " + markdown : "");
        String figures = MarkdownReport.render(report, command);
        System.out.println(figures);
        if (markdown != null) {
            String existing = Files.exists(markdown) ? Files.readString(markdown) : "";
            Files.writeString(markdown, withFigures(existing, MarkdownReport.sizes(report), figures));
        }
        return 0;
    }
}
