package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.ParallelLoader;
import org.dossier.solr.SolrConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index files and folders: new and changed files are added or updated, unchanged ones are skipped.",
                "Formats: .txt .md .html .json (any common encoding), .pdf .docx .doc .odt .rtf .epub (Apache Tika).",
                "Exit code 1 when any file could not be indexed."})
final class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
    List<Path> paths;

    @Option(names = "--watch", description = {"Keep watching the folders after indexing them: new and changed files are indexed",
            "within seconds, removed ones deleted, until Ctrl-C (or SIGTERM), which commits and exits 0. Implies --prune."})
    boolean watch;

    @Option(names = "--prune", description = "Delete the documents of files under the given folders that no longer exist.")
    boolean prune;

    @Option(names = "--optimize", description = {"After indexing, merge the index into one segment (Solr's optimize): searches",
            "get faster (see docs/BENCHMARKS.md); it rewrites the index once and needs that much free disk, so use it",
            "after a bulk load. Not with --watch."})
    boolean optimize;

    @Option(names = "--no-progress", negatable = false, description = "No progress bar or progress lines, only the summary.")
    boolean noProgress;

    @Option(names = "--commit-interval", paramLabel = "SECONDS", defaultValue = "${DOSSIER_COMMIT_INTERVAL:-15}",
            description = {"During a long run, commit this often, so what is indexed becomes searchable as it goes",
                    "(default: ${DEFAULT-VALUE}; env DOSSIER_COMMIT_INTERVAL). More often costs indexing speed."})
    int commitIntervalSeconds;

    @Mixin
    IngestOptions ingest;

    @Mixin
    SolrOptions solr;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws InterruptedException {
        if (watch) {
            for (Path path : paths) {
                if (!Files.isDirectory(path)) {
                    throw new IllegalArgumentException("--watch needs folders; not a folder: " + path);
                }
            }
        }
        if (watch && optimize) {
            throw new IllegalArgumentException("--optimize merges once after indexing; it cannot go with --watch");
        }
        if (commitIntervalSeconds <= 0) {
            throw new IllegalArgumentException("--commit-interval must be a positive number of seconds");
        }
        Progress.Factory progress = noProgress ? Progress.NO_PROGRESS : Progress.bar(System.err, System.console() != null);
        try (SolrConnection connection = solr.connect();
                IndexingRun run = new IndexingRun(new DocumentLoader(extraction.extractor()), new Indexer(connection), System.err,
                        ingest.limits().reader(), ingest.parseTimeout(), progress, Duration.ofSeconds(commitIntervalSeconds),
                        ParallelLoader.defaultThreads())) {
            if (!watch) {
                IndexingRun.Report report = run.run(paths, prune);
                System.out.println(report.summary());
                if (optimize) {
                    long start = System.nanoTime();
                    run.mergeSegments();
                    System.out.printf("Merged the index into one segment in %.1f s%n", (System.nanoTime() - start) / 1e9);
                }
                return report.ok() ? 0 : 1;
            }
            CountDownLatch stop = new CountDownLatch(1);
            List<Runnable> restore = Signals.onStop(stop::countDown);
            try (FolderSync sync = new FolderSync(run, paths, System.err).start()) {
                stop.await();
                System.err.println("stopping: committing what was indexed");
            } finally {
                restore.forEach(Runnable::run);
            }
            System.out.println("Stopped watching " + paths + "; everything indexed was committed.");
            return 0;
        }
    }

    /** Ctrl-C and SIGTERM end a watch cleanly instead of killing the JVM mid-batch. */
    static final class Signals {
        private Signals() {}

        @SuppressWarnings("restriction")
        static List<Runnable> onStop(Runnable action) {
            List<Runnable> restore = new ArrayList<>();
            for (String name : List.of("INT", "TERM")) {
                try {
                    sun.misc.Signal signal = new sun.misc.Signal(name);
                    sun.misc.SignalHandler previous = sun.misc.Signal.handle(signal, s -> action.run());
                    restore.add(() -> sun.misc.Signal.handle(signal, previous));
                } catch (IllegalArgumentException | UnsupportedOperationException e) {
                    // not on this platform: the JVM's default handling (shutdown) remains
                }
            }
            return restore;
        }
    }
}
