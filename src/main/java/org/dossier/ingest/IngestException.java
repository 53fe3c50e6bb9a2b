package org.dossier.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * A file that cannot be indexed, with a reason a user can act on. A <em>skipped</em> file was
 * refused on purpose (too large, of a type Dossier does not read, empty, binary junk); any other
 * is an error (unreadable, a parser failed or ran out of time).
 */
public class IngestException extends Exception {
    private final Path path;
    private final boolean skipped;
    private final boolean timedOut;

    public IngestException(Path path, String reason) {
        this(path, reason, false, false);
    }

    private IngestException(Path path, String reason, boolean skipped, boolean timedOut) {
        super(reason);
        this.path = path;
        this.skipped = skipped;
        this.timedOut = timedOut;
    }

    /** A file refused on purpose, not an error. */
    public static IngestException skipped(Path path, String reason) {
        return new IngestException(path, reason, true, false);
    }

    /**
     * A file whose reading overran {@code limit} and was stopped, whichever stopped it: the time
     * limit of the thread reading it ({@link TimeLimit}) or of the parser process.
     */
    public static IngestException timedOut(Path path, Duration limit) {
        String seconds = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", limit.toMillis() / 1000.0);
        return new IngestException(path, "parsing took longer than " + seconds + " and was stopped (--parse-timeout)", false, true);
    }

    /** Whether the file ran out of time (an error, not a refusal). */
    public boolean isTimedOut() {
        return timedOut;
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
