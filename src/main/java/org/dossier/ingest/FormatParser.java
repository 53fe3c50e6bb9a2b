package org.dossier.ingest;

import java.nio.file.Path;

/**
 * Reads a document format that is not plain text (PDF, Word, ODT, RTF, EPUB) into text and
 * metadata. {@link TikaFormatParser} is the real one; tests put in one that hangs or fails.
 */
@FunctionalInterface
public interface FormatParser {
    record Parsed(String text, FileMetadata metadata) {}

    Parsed parse(Path path, byte[] bytes) throws IngestException, InterruptedException;
}
