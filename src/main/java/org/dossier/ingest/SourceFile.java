package org.dossier.ingest;

import java.nio.file.Path;

/**
 * A readable text file on its way into the index: where it is, its stable document id, a checksum
 * of its bytes (to skip files that have not changed) and its decoded text.
 */
public record SourceFile(Path path, String id, String checksum, String text) {}
