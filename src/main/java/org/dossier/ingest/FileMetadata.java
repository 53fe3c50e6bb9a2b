package org.dossier.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document format says about itself (a PDF's Info dictionary, a Word file's core
 * properties, an EPUB's OPF): used where the text itself names no title, author or date.
 */
public record FileMetadata(String title, List<String> authors, LocalDate created) {
    public static final FileMetadata NONE = new FileMetadata(null, List.of(), null);

    public FileMetadata {
        title = title == null || title.isBlank() ? null : title.strip();
        authors = authors == null ? List.of() : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
    }
}
