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
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentIds;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.FileScanner;
import org.dossier.ingest.FileStamp;
import org.dossier.ingest.FolderWatcher;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.SourceFileReader;
import org.dossier.ingest.TimeLimit;
import org.dossier.model.Document;

/**
 * Indexing passes over files and folders: scan, skip what has not changed since it was indexed
 * (by checksum, without parsing), read and extract the rest with a time limit per file, add in
 * batches, commit. A file that cannot be read or parsed is reported with its reason and the rest
 * goes on. {@link #apply} does the same for a batch of changes seen by a {@link FolderWatcher},
 * deletions included. Not for concurrent use.
 */
public final class IndexingRun implements AutoCloseable {
    /** Files checked against the index together, bounding memory on large folders. */
    private static final int CHUNK = 200;
    /**
     * A long run commits every so many documents or seconds, whichever comes first, so a crash
     * loses little and progress becomes searchable as it goes.
     */
    private static final long COMMIT_EVERY_NANOS = 15_000_000_000L;
    private static final int COMMIT_EVERY_DOCUMENTS = 1_000;
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
    private final SourceFileReader reader;
    private final DocumentLoader loader;
    private final Indexer indexer;
    private final PrintStream log;
    private final TimeLimit timeLimit;
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
        this.loader = loader;
        this.indexer = indexer;
        this.log = log;
        this.reader = reader;
        this.timeLimit = new TimeLimit(parseTimeout);
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

    private void index(List<Path> files, Counts counts, boolean showProgress) {
        long lastCommit = System.nanoTime();
        int sinceCommit = 0;
        try (Progress bar = showProgress ? progress.start(files.size()) : Progress.NONE) {
            for (int from = 0; from < files.size() && !stopRequested; from += CHUNK) {
                if (sinceCommit >= COMMIT_EVERY_DOCUMENTS || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS)) {
                    commit();
                    log.println("committed " + (counts.added + counts.updated) + " new or changed documents; " + from + " of "
                            + files.size() + " files done");
                    lastCommit = System.nanoTime();
                    sinceCommit = 0;
                }
                List<FileStamp> chunk = new ArrayList<>();
                for (Path path : files.subList(from, Math.min(files.size(), from + CHUNK))) {
                    try {
                        chunk.add(reader.stamp(path));
                    } catch (IngestException e) {
                        counts.failures.add(fail(e));
                        bar.step(counts.extra());
                    }
                }
                Map<String, String> stored = indexer.storedChecksums(chunk.stream().map(FileStamp::id).toList());
                for (FileStamp file : chunk) {
                    if (stopRequested) {
                        break;
                    }
                    String previous = stored.get(file.id());
                    if (loader.fingerprint(file.checksum()).equals(previous)) {
                        counts.unchanged++;
                    } else if (load(file.path(), counts, previous != null)) {
                        sinceCommit++;
                        if (previous == null) {
                            counts.added++;
                        } else {
                            counts.updated++;
                        }
                    }
                    bar.step(counts.extra());
                }
            }
        }
    }

    /** Reads, extracts and queues one file, within the time limit; false when it failed. */
    private boolean load(Path path, Counts counts, boolean replacing) {
        Document document;
        try {
            reader.prepare(path); // a parser process starting is not this file's time
            document = timeLimit.call(() -> loader.load(reader.readInterruptibly(path)));
        } catch (TimeoutException e) {
            counts.failures.add(fail(IngestException.timedOut(path, timeLimit.limit())));
            return false;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            counts.failures.add(fail(cause instanceof IngestException ie ? ie
                    : new IngestException(path, "could not be parsed (" + cause + ")")));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested = true;
            return false;
        }
        indexer.add(document, replacing);
        return true;
    }

    private void commit() {
        indexer.commit();
        commits++;
    }

    private Failure fail(IngestException e) {
        log.println((e.isSkipped() ? "skipped " : "failed ") + e.path() + ": " + e.reason());
        return new Failure(e.path(), e.reason(), e.isSkipped());
    }

    @Override
    public void close() {
        timeLimit.close();
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
