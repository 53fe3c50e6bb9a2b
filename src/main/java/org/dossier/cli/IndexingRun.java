package org.dossier.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentIds;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.FileScanner;
import org.dossier.ingest.FileStamp;
import org.dossier.ingest.FolderWatcher;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.ParallelLoader;
import org.dossier.ingest.SourceFileReader;

/**
 * Indexing passes over files and folders: scan, skip what has not changed since it was indexed
 * (by checksum, without parsing), read and extract the rest with a time limit per file (on
 * {@link ParallelLoader}'s threads, while earlier documents are being indexed), add in batches,
 * commit. A file that cannot be read or parsed is reported with its reason and the rest
 * goes on. {@link #apply} does the same for a batch of changes seen by a {@link FolderWatcher},
 * deletions included. Not for concurrent use.
 */
public final class IndexingRun implements AutoCloseable {
    /** Files checked against the index together, bounding memory on large folders. */
    private static final int CHUNK = 200;
    /**
     * A long run commits this often, so progress becomes searchable as it goes and a crash loses
     * little (Solr's transaction log also replays what was sent after the last commit). Not more
     * often: a commit flushes small segments that Lucene must then merge, and opens a searcher.
     */
    static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(15);
    /** Long enough for a few hundred pages of PDF on a slow machine. */
    static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);

    /** A file not indexed: skipped on purpose (type, size, no text) or an error. */
    public record Failure(Path path, String reason, boolean skipped) {
        Failure(Path path, String reason) {
            this(path, reason, false);
        }
    }

    public record Report(int files, int added, int updated, int unchanged, int deleted, List<Failure> failures, long elapsedMs) {
        Report(int files, int added, int updated, int unchanged, List<Failure> failures, long elapsedMs) {
            this(files, added, updated, unchanged, 0, failures, elapsedMs);
        }

        public boolean ok() {
            return failures.isEmpty();
        }

        List<Failure> skipped() {
            return failures.stream().filter(Failure::skipped).toList();
        }

        List<Failure> errors() {
            return failures.stream().filter(f -> !f.skipped()).toList();
        }

        double documentsPerSecond() {
            return (added + updated) / (Math.max(elapsedMs, 1) / 1000.0);
        }

        /** One line of counts, then one line each for the reasons of skipped files and errors. */
        public String summary() {
            StringBuilder s = new StringBuilder(String.format(
                    "Indexed %d files in %.1f s: %d added, %d updated, %d unchanged, %d failed, %d skipped, %d deleted (%.0f documents/s)",
                    files, Math.max(elapsedMs, 1) / 1000.0, added, updated, unchanged, errors().size(), skipped().size(), deleted,
                    documentsPerSecond()));
            reasons(s, "skipped", skipped());
            reasons(s, "failed", errors());
            return s.toString();
        }

        private static void reasons(StringBuilder s, String what, List<Failure> failures) {
            if (failures.isEmpty()) {
                return;
            }
            Map<String, Long> byReason = failures.stream().collect(Collectors.groupingBy(
                    f -> f.reason().replaceAll("\\s*\\(.*$", ""), java.util.TreeMap::new, Collectors.counting()));
            s.append(System.lineSeparator()).append("  ").append(what).append(": ")
                    .append(byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        }
    }

    private final FileScanner scanner = new FileScanner();
    private final DocumentLoader loader;
    private final ParallelLoader loads;
    private final SourceFileReader reader;
    private final Indexer indexer;
    private final PrintStream log;
    private final Duration commitInterval;
    private final Progress.Factory progress;
    private volatile boolean stopRequested;
    private int commits;

    public IndexingRun(DocumentLoader loader, Indexer indexer, PrintStream log) {
        this(loader, indexer, log, SourceFileReader.isolated(SourceFileReader.DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT),
                DEFAULT_PARSE_TIMEOUT, Progress.NO_PROGRESS);
    }

    /** Takes ownership of {@code reader}: closing the run closes it (and stops its parser process). */
    IndexingRun(DocumentLoader loader, Indexer indexer, PrintStream log, SourceFileReader reader, Duration parseTimeout,
            Progress.Factory progress) {
        this(loader, indexer, log, reader, parseTimeout, progress, DEFAULT_COMMIT_INTERVAL, ParallelLoader.defaultThreads());
    }

    /**
     * @param commitInterval how often a long run commits
     * @param loadingThreads how many files are read and understood at once, beside the indexing
     */
    IndexingRun(DocumentLoader loader, Indexer indexer, PrintStream log, SourceFileReader reader, Duration parseTimeout,
            Progress.Factory progress, Duration commitInterval, int loadingThreads) {
        this.loader = loader;
        this.indexer = indexer;
        this.log = log;
        this.reader = reader;
        this.loads = new ParallelLoader(reader, loader, parseTimeout, loadingThreads);
        this.commitInterval = commitInterval;
        this.progress = progress;
    }

    /** Commits made so far (periodic ones and the one ending each pass). */
    int commits() {
        return commits;
    }

    /** Asks a pass in progress to stop after the current file; what was done is committed. */
    void stop() {
        stopRequested = true;
    }

    public Report run(List<Path> roots) {
        return run(roots, false);
    }

    /**
     * Indexes the files under {@code roots}; with {@code prune}, also deletes the documents of
     * files under the folders among them that no longer exist.
     */
    Report run(List<Path> roots, boolean prune) {
        long start = System.nanoTime();
        FileScanner.Scan scan = scanner.scan(roots);
        Counts counts = new Counts();
        scan.problems().forEach(p -> counts.failures.add(fail(p)));
        index(scan.files(), counts, true);
        if (prune && !stopRequested) {
            for (Path root : roots) {
                Path folder = root.toAbsolutePath().normalize();
                if (Files.isDirectory(folder)) {
                    counts.deleted += deleteGone(indexer.storedPathsUnder(folder.toString(), File.separator));
                }
            }
        }
        commit();
        return counts.report(scan.files().size(), start);
    }

    /** Brings the index in step with a batch of changes a watcher saw; one commit. */
    Report apply(FolderWatcher.Changes changes, List<Path> roots) {
        if (changes.overflow()) {
            log.println("watch: the system dropped events; rescanning " + roots);
            return run(roots, true);
        }
        long start = System.nanoTime();
        Counts counts = new Counts();
        List<Path> present = new ArrayList<>();
        Map<String, String> gone = new LinkedHashMap<>();
        for (Path path : new TreeSet<>(changes.changed())) {
            if (Files.isRegularFile(path)) {
                present.add(path);
            } else {
                gone.put(DocumentIds.forPath(path), path.toString());
            }
        }
        for (Path path : changes.deleted()) {
            if (!Files.exists(path)) {
                gone.put(DocumentIds.forPath(path), path.toString());
            } else if (Files.isRegularFile(path)) {
                present.add(path); // deleted, then back (an editor's save by rename)
            }
        }
        index(present, counts, false);
        Map<String, String> stored = indexer.storedChecksums(gone.keySet());
        gone.keySet().retainAll(stored.keySet());
        counts.deleted += deleteGone(gone);
        for (Path folder : changes.deletedFolders()) {
            counts.deleted += deleteGone(indexer.storedPathsUnder(folder.toString(), File.separator));
        }
        commit();
        Report report = counts.report(present.size(), start);
        log.printf("watch: %d added, %d updated, %d unchanged, %d deleted, %d skipped, %d failed (%d changes, %d ms)%n",
                report.added(), report.updated(), report.unchanged(), report.deleted(), report.skipped().size(),
                report.errors().size(), changes.size(), report.elapsedMs());
        return report;
    }

    /** Deletes the documents among {@code stored} (id to path) whose file is gone; how many. */
    private int deleteGone(Map<String, String> stored) {
        List<String> ids = new ArrayList<>();
        stored.forEach((id, path) -> {
            if (!Files.exists(Path.of(path))) {
                ids.add(id);
                log.println("deleted " + path + " (the file is gone)");
            }
        });
        indexer.delete(ids);
        return ids.size();
    }

    /** A file whose document is being read and understood while earlier ones are indexed. */
    private record Pending(FileStamp file, boolean replacing, Future<ParallelLoader.Loaded> load) {}

    private void index(List<Path> files, Counts counts, boolean showProgress) {
        long lastCommit = System.nanoTime();
        int sinceCommit = 0;
        try (Progress bar = showProgress ? progress.start(files.size()) : Progress.NONE) {
            List<Future<ParallelLoader.Stamped>> stamps = stamp(files, 0);
            for (int from = 0; from < files.size() && !stopRequested; from += CHUNK) {
                if (sinceCommit > 0 && System.nanoTime() - lastCommit > commitInterval.toNanos()) {
                    commit();
                    log.println("committed " + (counts.added + counts.updated) + " new or changed documents; " + from + " of "
                            + files.size() + " files done");
                    lastCommit = System.nanoTime();
                    sinceCommit = 0;
                }
                List<FileStamp> chunk = new ArrayList<>();
                for (Future<ParallelLoader.Stamped> future : stamps) {
                    ParallelLoader.Stamped stamped = await(future, null);
                    if (stamped == null) {
                        break;
                    } else if (stamped.failure() != null) {
                        counts.failures.add(fail(stamped.failure()));
                        bar.step(counts.extra());
                    } else {
                        chunk.add(stamped.stamp());
                    }
                }
                if (stopRequested) {
                    break;
                }
                Map<String, String> stored = indexer.storedChecksums(chunk.stream().map(FileStamp::id).toList());
                List<Pending> pending = new ArrayList<>();
                for (FileStamp file : chunk) {
                    String previous = stored.get(file.id());
                    if (loader.fingerprint(file.checksum()).equals(previous)) {
                        counts.unchanged++;
                        bar.step(counts.extra());
                    } else {
                        pending.add(new Pending(file, previous != null, loads.load(file.path())));
                    }
                }
                // the next chunk is stamped while this one is indexed, behind this chunk's loads
                stamps = stamp(files, from + CHUNK);
                for (Pending p : pending) {
                    ParallelLoader.Loaded loaded = stopRequested ? null : await(p.load(), null);
                    if (loaded == null) {
                        p.load().cancel(true);
                        continue;
                    }
                    if (loaded.ok()) {
                        indexer.add(loaded.document(), p.replacing());
                        sinceCommit++;
                        if (p.replacing()) {
                            counts.updated++;
                        } else {
                            counts.added++;
                        }
                    } else {
                        counts.failures.add(fail(loaded.failure()));
                    }
                    bar.step(counts.extra());
                }
            }
            stamps.forEach(f -> f.cancel(true));
        }
    }

    private List<Future<ParallelLoader.Stamped>> stamp(List<Path> files, int from) {
        List<Future<ParallelLoader.Stamped>> stamps = new ArrayList<>();
        for (Path path : files.subList(Math.min(from, files.size()), Math.min(files.size(), from + CHUNK))) {
            stamps.add(loads.stamp(path));
        }
        return stamps;
    }

    /** The future's value; {@code orElse} when this thread is interrupted, which stops the run. */
    private <T> T await(Future<T> future, T orElse) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested = true;
            return orElse;
        } catch (ExecutionException e) {
            // the loader catches what a file can throw; anything else is a bug worth seeing
            throw new IllegalStateException("reading files failed", e.getCause());
        }
    }

    private void commit() {
        indexer.commit();
        commits++;
    }

    private Failure fail(IngestException e) {
        log.println((e.isSkipped() ? "skipped " : "failed ") + e.path() + ": " + e.reason());
        return new Failure(e.path(), e.reason(), e.isSkipped());
    }

    /** Merges the index into one segment once a bulk load is done; see {@link Indexer#mergeSegments()}. */
    public void mergeSegments() {
        indexer.mergeSegments();
    }

    @Override
    public void close() {
        loads.close();
        reader.close();
    }

    private static final class Counts {
        final List<Failure> failures = new ArrayList<>();
        final long start = System.nanoTime();
        int added;
        int updated;
        int unchanged;
        int deleted;

        String extra() {
            double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
            return String.format(" | %d new, %d changed, %d not indexed, %.0f documents/s", added, updated, failures.size(),
                    (added + updated) / seconds);
        }

        Report report(int files, long start) {
            return new Report(files, added, updated, unchanged, deleted, List.copyOf(failures), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
