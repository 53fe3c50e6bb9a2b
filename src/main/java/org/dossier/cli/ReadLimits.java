package org.dossier.cli;

import java.time.Duration;
import org.dossier.ingest.SourceFileReader;

/**
 * How large a file may be and how long its parsing may take ({@code --max-file-size},
 * {@code --parse-timeout}): the same for {@code index}, and for {@code serve}'s seeds, watched
 * folders and uploads.
 */
record ReadLimits(long maxBytes, Duration parseTimeout) {
    static final ReadLimits DEFAULTS = new ReadLimits(SourceFileReader.DEFAULT_MAX_BYTES, IndexingRun.DEFAULT_PARSE_TIMEOUT);

    /** A reader for users' files within these limits; its parser process stops when it is closed. */
    SourceFileReader reader() {
        return SourceFileReader.isolated(maxBytes, parseTimeout);
    }
}
