package org.dossier.ingest;

import org.dossier.extract.DocumentExtractor;
import org.dossier.model.Document;

/** Turns a read file into a structured document: extraction, plus the file's identity. */
public final class DocumentLoader {
    private final DocumentExtractor extractor;

    public DocumentLoader(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    public Document load(SourceFile file) {
        Document extracted = extractor.extract(file.path().getFileName().toString(), file.text());
        return extracted.toBuilder()
                .id(file.id())
                .sourcePath(file.path().toString())
                .checksum(file.checksum())
                .build();
    }
}
