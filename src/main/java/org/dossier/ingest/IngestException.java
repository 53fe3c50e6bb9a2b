package org.dossier.ingest;

import java.nio.file.Path;

/** A file that cannot be indexed, with a reason a user can act on. */
public class IngestException extends Exception {
    private final Path path;

    public IngestException(Path path, String reason) {
        super(reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return getMessage();
    }
}
