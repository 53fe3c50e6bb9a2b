package org.dossier.ingest;

import java.nio.file.Path;

/**
 * Reads a document format that is not plain text (PDF, Word, ODT, RTF, EPUB) into text and
 * metadata. {@link TikaFormatParser} is the real one, run in a child process by
 * {@link IsolatedFormatParser}; tests put in one that hangs or fails.
 */
@FunctionalInterface
public interface FormatParser {
    record Parsed(String text, FileMetadata metadata) {}

    Parsed parse(Path path, byte[] bytes) throws IngestException, InterruptedException;

    /** Gets ready for a document (starts a parser process), outside any file's time limit. */
    default void prepare() throws InterruptedException {}
}
