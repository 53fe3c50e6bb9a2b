package org.dossier.ingest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A file that cannot be indexed, with a reason a user can act on. A <em>skipped</em> file was
 * refused on purpose (too large, of a type Dossier does not read, empty, binary junk); any other
 * is an error (unreadable, a parser failed or ran out of time).
 */
public class IngestException extends Exception {
    private final Path path;
    private final boolean skipped;

    public IngestException(Path path, String reason) {
        this(path, reason, false);
    }

    private IngestException(Path path, String reason, boolean skipped) {
        super(reason);
        this.path = path;
        this.skipped = skipped;
    }

    /** A file refused on purpose, not an error. */
    public static IngestException skipped(Path path, String reason) {
        return new IngestException(path, reason, true);
    }

    /** A file whose parsing overran {@code limit} and was stopped. */
    public static IngestException timedOut(Path path, Duration limit) {
        String seconds = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", limit.toMillis() / 1000.0);
        return new IngestException(path, "parsing took longer than " + seconds + " and was stopped (--parse-timeout)");
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return getMessage();
    }

    public boolean isSkipped() {
        return skipped;
    }
}
