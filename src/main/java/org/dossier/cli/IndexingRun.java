package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.FileScanner;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.SourceFile;
import org.dossier.ingest.SourceFileReader;

/**
 * One indexing pass over files and folders: scan, read, skip what has not changed since it was
 * indexed, extract the rest, add in batches, commit once. A file that cannot be read or parsed is
 * reported with its reason and the rest goes on.
 */
public final class IndexingRun {
    /** Files read and checked against the index together, bounding memory on large folders. */
    private static final int CHUNK = 200;
    /**
     * A long run commits every so many documents or seconds, whichever comes first, so a crash
     * loses little and progress becomes searchable as it goes.
     */
    private static final long COMMIT_EVERY_NANOS = 15_000_000_000L;
    private static final int COMMIT_EVERY_DOCUMENTS = 1_000;

    public record Failure(Path path, String reason) {}

    public record Report(int files, int added, int updated, int unchanged, List<Failure> failures, long elapsedMs) {
        public boolean ok() {
            return failures.isEmpty();
        }

        public String summary() {
            double seconds = Math.max(elapsedMs, 1) / 1000.0;
            return String.format("Indexed %d files in %.1f s: %d added, %d updated, %d unchanged, %d failed (%.0f documents/s)",
                    files, seconds, added, updated, unchanged, failures.size(), (added + updated) / seconds);
        }
    }

    private final FileScanner scanner = new FileScanner();
    private final SourceFileReader reader = new SourceFileReader();
    private final DocumentLoader loader;
    private final Indexer indexer;
    private final PrintStream log;

    public IndexingRun(DocumentLoader loader, Indexer indexer, PrintStream log) {
        this.loader = loader;
        this.indexer = indexer;
        this.log = log;
    }

    public Report run(List<Path> roots) {
        long start = System.nanoTime();
        FileScanner.Scan scan = scanner.scan(roots);
        List<Failure> failures = new ArrayList<>();
        scan.problems().forEach(p -> failures.add(fail(p)));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<Path> files = scan.files();
        long lastCommit = System.nanoTime();
        int sinceCommit = 0;
        for (int from = 0; from < files.size(); from += CHUNK) {
            if (sinceCommit >= COMMIT_EVERY_DOCUMENTS || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS)) {
                indexer.commit();
                log.println("committed " + (added + updated) + " new or changed documents; " + from + " of " + files.size() + " files done");
                lastCommit = System.nanoTime();
                sinceCommit = 0;
            }
            List<SourceFile> chunk = new ArrayList<>();
            for (Path path : files.subList(from, Math.min(files.size(), from + CHUNK))) {
                try {
                    chunk.add(reader.read(path));
                } catch (IngestException e) {
                    failures.add(fail(e));
                }
            }
            Map<String, String> stored = indexer.storedChecksums(chunk.stream().map(SourceFile::id).toList());
            for (SourceFile file : chunk) {
                String previous = stored.get(file.id());
                if (file.checksum().equals(previous)) {
                    unchanged++;
                    continue;
                }
                try {
                    indexer.add(loader.load(file));
                } catch (RuntimeException e) {
                    failures.add(fail(new IngestException(file.path(), "could not be parsed (" + e + ")")));
                    continue;
                }
                sinceCommit++;
                if (previous == null) {
                    added++;
                } else {
                    updated++;
                }
            }
        }
        indexer.commit();
        return new Report(files.size(), added, updated, unchanged, failures, (System.nanoTime() - start) / 1_000_000);
    }

    private Failure fail(IngestException e) {
        log.println("skipped " + e.path() + ": " + e.reason());
        return new Failure(e.path(), e.reason());
    }
}
