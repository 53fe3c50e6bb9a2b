package org.dossier.ingest;

import java.nio.file.Path;

/**
 * A readable file on its way into the index: where it is, its stable document id, a checksum of its
 * bytes (to skip files that have not changed), its text, and what the file format's own metadata
 * says (empty for plain text).
 */
public record SourceFile(Path path, String id, String checksum, String text, FileMetadata metadata) {
    public SourceFile {
        metadata = metadata == null ? FileMetadata.NONE : metadata;
    }

    public SourceFile(Path path, String id, String checksum, String text) {
        this(path, id, checksum, text, FileMetadata.NONE);
    }
}
