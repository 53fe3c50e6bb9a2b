package org.dossier.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.solr.common.SolrInputDocument;
import org.dossier.cli.IndexingRun;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.Indexer;
import org.dossier.index.SolrDocumentMapper;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.SourceFile;
import org.dossier.ingest.SourceFileReader;
import org.dossier.model.Document;
import org.dossier.solr.SolrConnection;

/**
 * Dossier against the engine underneath, in one run and one JVM: indexing through the whole
 * pipeline against raw SolrJ adds of the same pre-built documents; parse and extract alone; search
 * latency and throughput through the HTTP API against direct SolrJ calls with identical Solr
 * parameters on the same index; memory; cold start of the packaged jar.
 */
public final class Benchmark {
    public record Options(List<Integer> sizes, int queries, int warmup, long seed, Path workDir, Path jar, String jarJavaOptions,
            boolean passageSearches) {
        public Options(List<Integer> sizes, int queries, int warmup, long seed, Path workDir, Path jar, String jarJavaOptions) {
            this(sizes, queries, warmup, seed, workDir, jar, jarJavaOptions, true);
        }
    }

    /**
     * @param rawIndexDocsPerSecond raw SolrJ adds of the documents with their passages (what the pipeline writes)
     * @param rawWithoutPassagesDocsPerSecond the same documents without passages (index size in {@code indexBytesWithoutPassages})
     * @param indexBytes the pipeline's index; indexes hold only Lucene's files, after the final commit
     * @param mergeSeconds merging the pipeline's index into one segment (as {@code index --optimize}),
     *     which the searches then run on; {@code mergedIndexBytes} its size after
     */
    public record SizeResult(int documents, long corpusBytes, long passages, double extractDocsPerSecondPerCore,
            double rawIndexDocsPerSecond, double rawWithoutPassagesDocsPerSecond, double pipelineIndexDocsPerSecond,
            double pipelineToRaw, double mergeSeconds, long mergedIndexBytes, Map<String, SearchBench.Latency> api, Map<String, SearchBench.Latency> direct, Map<String, Double> apiToDirectP50,
            Map<String, SearchBench.Latency> passagesApi, long indexBytes, long indexBytesWithoutPassages, long indexBytesWithPassages, long heapAfterGcBytes,
            long rssBytes, Long coldStartMs, Long coldStartWithArchiveMs, long elapsedSeconds) {}

    public record Report(String machine, String java, String maxHeap, Instant finished, Options options, List<SizeResult> results) {}

    private final PrintStream log;

    public Benchmark(PrintStream log) {
        this.log = log;
    }

    public Report run(Options options) throws Exception {
        List<SizeResult> results = new ArrayList<>();
        for (int size : options.sizes()) {
            results.add(runSize(options, size));
        }
        return new Report(Machine.describe(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB", Instant.now(), options, results);
    }

    private SizeResult runSize(Options options, int size) throws Exception {
        long began = System.nanoTime();
        Path dir = options.workDir().resolve("n" + size);
        Path corpus = dir.resolve("corpus");
        long corpusBytes = ensureCorpus(corpus, size, options.seed());

        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        log.printf("[%,d] parse and extract alone (one thread, %,d documents)%n", size, Math.min(files.size(), EXTRACT_SAMPLE));
        double extractRate = extractRate(files.subList(0, Math.min(files.size(), EXTRACT_SAMPLE)));

        // Raw adds read pre-built documents in slices, so that a million fit in a small heap: a
        // slice is read, extracted and mapped untimed, then only the adds (and the final commit)
        // are timed.
        log.printf("[%,d] raw SolrJ adds of pre-built documents, without and with passages%n", size);
        long[] sizeWithout = new long[1];
        long[] passageCount = new long[1];
        double rawWithoutRate = rawAdds(dir.resolve("raw-data"), files, false, sizeWithout, passageCount);
        long[] sizeWith = new long[1];
        double rawRate = rawAdds(dir.resolve("raw-data"), files, true, sizeWith, passageCount);
        long start;

        log.printf("[%,d] the whole pipeline: read, parse, extract, add, commit%n", size);
        Path data = dir.resolve("pipeline-data");
        deleteTree(data);
        SolrConnection solr = SolrConnection.embedded(data);
        double pipelineRate;
        long indexBytes;
        double mergeSeconds;
        Map<String, SearchBench.Latency> api;
        Map<String, SearchBench.Latency> direct;
        Map<String, Double> ratios;
        Map<String, SearchBench.Latency> passages;
        long heap;
        long rss;
        try {
            start = System.nanoTime();
            Indexer indexer = new Indexer(solr);
            IndexingRun.Report report = new IndexingRun(new DocumentLoader(DocumentExtractor.withDefaults()), indexer,
                    new PrintStream(PrintStream.nullOutputStream())).run(List.of(corpus));
            pipelineRate = rate(report.added() + report.updated(), start);
            indexBytes = indexSize(data);
            // searches run on the index as a bulk load leaves it after `index --optimize`
            log.printf("[%,d] merging the index into one segment%n", size);
            start = System.nanoTime();
            indexer.mergeSegments();
            mergeSeconds = (System.nanoTime() - start) / 1e9;

            SearchBench.Result searches = new SearchBench(log, String.format("%,d", size)).run(solr,
                    QueryMix.generate(options.seed(), options.queries()), options.warmup(), options.passageSearches());
            api = searches.api();
            direct = searches.direct();
            ratios = searches.apiToDirectP50();
            passages = searches.passagesApi();
            System.gc();
            System.gc();
            heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            rss = Machine.rssBytes();
        } finally {
            solr.close();
        }
        long mergedIndexBytes = indexSize(data);
        boolean jar = options.jar() != null && Files.exists(options.jar());
        Long coldStart = jar ? medianColdStart(options, data, dir, List.of()) : null;
        // as ./dossier starts it: with the class-data archive that its first serve records
        Long coldStartWithArchive = null;
        if (jar) {
            Path archive = dir.resolve("dossier.jsa");
            Files.deleteIfExists(archive);
            coldStart(options, data, dir, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            coldStartWithArchive = medianColdStart(options, data, dir, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        deleteTree(data);
        SizeResult result = new SizeResult(size, corpusBytes, passageCount[0], extractRate, rawRate, rawWithoutRate, pipelineRate,
                pipelineRate / rawRate, mergeSeconds, mergedIndexBytes, api, direct, ratios, passages, indexBytes, sizeWithout[0], sizeWith[0], heap, rss, coldStart, coldStartWithArchive,
                (System.nanoTime() - began) / 1_000_000_000L);
        log.printf("[%,d] done: %s%n", size, result);
        return result;
    }

    /** Documents read per extraction measurement; enough for a stable rate, small enough for any heap. */
    private static final int EXTRACT_SAMPLE = 20_000;
    /** Documents pre-built at a time for the raw adds. */
    private static final int SLICE = 5_000;

    /** Timed passes over the extraction sample; the rate is their median. */
    private static final int EXTRACT_PASSES = 3;

    /**
     * Warm-up passes stop once a whole pass ran with at most this much JIT compilation: the
     * compiler threads share the two cores with the measured thread, so a pass timed while they
     * still work reads slow (one warm-up pass left the 10,000-document figure at 11,968 pages a
     * second against 16,999 at 100,000, where the whole 10,000 run had warmed the JVM first).
     */
    private static final long SETTLED_COMPILE_MS = 20;
    private static final int MAX_WARMUP_PASSES = 12;

    /**
     * Parse and extract alone on this thread: documents per second in steady state. Untimed passes
     * over the whole sample until the JIT has compiled every path a page can take (see
     * {@link #SETTLED_COMPILE_MS}); then the median of {@link #EXTRACT_PASSES} timed passes.
     */
    private double extractRate(List<Path> files) throws Exception {
        SourceFileReader reader = new SourceFileReader();
        List<SourceFile> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(reader.read(file));
        }
        DocumentLoader loader = new DocumentLoader(DocumentExtractor.withDefaults());
        long sink = 0;
        int warmups = 0;
        long compiled;
        do {
            long before = compilationMillis();
            for (SourceFile source : sources) {
                sink += loader.load(source).passages().size();
            }
            compiled = compilationMillis() - before;
            warmups++;
        } while (compiled > SETTLED_COMPILE_MS && warmups < MAX_WARMUP_PASSES);
        log.printf("  %d warm-up passes (the last one with %d ms of JIT compilation)%n", warmups, compiled);
        double[] rates = new double[EXTRACT_PASSES];
        for (int pass = 0; pass < EXTRACT_PASSES; pass++) {
            long start = System.nanoTime();
            for (SourceFile source : sources) {
                sink += loader.load(source).passages().size();
            }
            rates[pass] = rate(sources.size(), start);
        }
        if (sink < 0) {
            throw new AssertionError(); // keeps the work observable to the JIT
        }
        Arrays.sort(rates);
        return rates[EXTRACT_PASSES / 2];
    }

    /**
     * Adds the files' documents, pre-built as Solr documents a slice at a time, in batches to a
     * fresh engine, timing only the adds and the commit; documents per second, index size in
     * {@code size[0]}, passages in {@code passages[0]}.
     */
    private static double rawAdds(Path data, List<Path> files, boolean withPassages, long[] size, long[] passages) throws Exception {
        deleteTree(data);
        SourceFileReader reader = new SourceFileReader();
        DocumentLoader loader = new DocumentLoader(DocumentExtractor.withDefaults());
        Instant now = Instant.now();
        long timed = 0;
        long passageCount = 0;
        try (SolrConnection raw = SolrConnection.embedded(data)) {
            for (int from = 0; from < files.size(); from += SLICE) {
                List<SolrInputDocument> documents = new ArrayList<>();
                List<SolrInputDocument> passageDocuments = new ArrayList<>();
                for (Path file : files.subList(from, Math.min(files.size(), from + SLICE))) {
                    Document d = loader.load(reader.read(file));
                    documents.add(SolrDocumentMapper.toSolr(d, now));
                    if (withPassages) {
                        passageDocuments.addAll(SolrDocumentMapper.passages(d, now));
                    }
                }
                passageCount += passageDocuments.size();
                long start = System.nanoTime();
                addInBatches(raw, raw.passageCollection(), passageDocuments);
                addInBatches(raw, raw.collection(), documents);
                timed += System.nanoTime() - start;
            }
            long start = System.nanoTime();
            if (withPassages) {
                raw.client().commit(raw.passageCollection(), true, true);
            }
            raw.client().commit(raw.collection(), true, true);
            timed += System.nanoTime() - start;
        }
        if (withPassages) {
            passages[0] = passageCount;
        }
        size[0] = indexSize(data);
        deleteTree(data);
        return files.size() / (timed / 1e9);
    }

    private static void addInBatches(SolrConnection solr, String collection, List<SolrInputDocument> documents) throws Exception {
        for (int b = 0; b < documents.size(); b += Indexer.DEFAULT_BATCH_SIZE) {
            solr.client().add(collection, documents.subList(b, Math.min(documents.size(), b + Indexer.DEFAULT_BATCH_SIZE)));
        }
    }

    /** The median of three cold starts: one start is at the mercy of whatever else the machine does. */
    private Long medianColdStart(Options options, Path data, Path dir, List<String> jvmOptions) throws IOException, InterruptedException {
        long[] ms = new long[3];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = coldStart(options, data, dir, jvmOptions);
        }
        Arrays.sort(ms);
        return ms[1];
    }

    /** Time from starting the packaged jar on the built index to its first answered search. */
    private Long coldStart(Options options, Path data, Path dir, List<String> jvmOptions) throws IOException, InterruptedException {
        Path noSeeds = Files.createDirectories(dir.resolve("no-seeds"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (options.jarJavaOptions() != null && !options.jarJavaOptions().isBlank()) {
            command.addAll(List.of(options.jarJavaOptions().trim().split("\\s+")));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", options.jar().toString(), "serve", "--port", "0", "--data-dir", data.toString(),
                "--seeds", noSeeds.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Pattern ready = Pattern.compile("on http://[^:]+:(\\d+)/");
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = ready.matcher(line);
                if (m.find()) {
                    HttpClient http = HttpClient.newHttpClient();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + m.group(1) + "/api/search?q=sanctions")).build(), HttpResponse.BodyHandlers.ofString());
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("The jar answered " + response.statusCode());
                    }
                    return ms;
                }
            }
            throw new IllegalStateException("The jar did not start");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private long ensureCorpus(Path corpus, int size, long seed) throws IOException {
        Path marker = corpus.resolve(".complete");
        String expected = "seed=" + seed + " size=" + size;
        if (Files.exists(marker) && Files.readString(marker).startsWith(expected)) {
            return Long.parseLong(Files.readString(marker).replaceAll(".*bytes=", "").trim());
        }
        deleteTree(corpus);
        log.printf("[%,d] generating the corpus (seed %d)%n", size, seed);
        long bytes = new CorpusGenerator(seed, size).writeTo(corpus, size);
        Files.writeString(marker, expected + " bytes=" + bytes);
        return bytes;
    }

    /** The JIT's compilation time so far, or 0 on a JVM that does not tell (then one warm-up pass). */
    private static long compilationMillis() {
        var compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }

    private static double rate(int count, long startNanos) {
        return count / ((System.nanoTime() - startNanos) / 1e9);
    }

    /** The Lucene index alone: not the transaction log, which only holds what is not yet committed. */
    /** The index on disk: the documents' core and their passages' core. */
    static long indexSize(Path data) throws IOException {
        Path solr = data.resolve("solr");
        String documents = SolrConnection.DEFAULT_COLLECTION;
        return treeSize(solr.resolve(documents).resolve("data").resolve("index"))
                + treeSize(solr.resolve(SolrConnection.passageCollectionOf(documents)).resolve("data").resolve("index"));
    }

    static long treeSize(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
