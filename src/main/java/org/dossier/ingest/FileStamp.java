package org.dossier.ingest;

import java.nio.file.Path;

/** A file's identity without its content: enough to tell whether it changed since it was indexed. */
public record FileStamp(Path path, String id, String checksum, long size) {}
