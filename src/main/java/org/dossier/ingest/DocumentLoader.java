package org.dossier.ingest;

import org.dossier.extract.DocumentExtractor;
import org.dossier.extract.passage.PassageSplitter;
import org.dossier.model.Document;

/** Turns a read file into a structured document: extraction, passages, and the file's identity. */
public final class DocumentLoader {
    /**
     * Raised whenever extraction changes what a file becomes (as passages did), so files indexed by
     * an earlier version are processed again although their bytes have not changed.
     */
    static final int EXTRACTION_VERSION = 2;

    private final DocumentExtractor extractor;

    public DocumentLoader(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    public Document load(SourceFile file) {
        return understand(file.path().getFileName().toString(), file.text()).toBuilder()
                .id(file.id())
                .sourcePath(file.path().toString())
                .checksum(fingerprint(file))
                .build();
    }

    /** What a text becomes, whether it comes from a file or an upload: no id or path yet. */
    public Document understand(String fileName, String text) {
        Document extracted = extractor.extract(fileName, text);
        return extracted.toBuilder()
                .passages(PassageSplitter.split(extracted.body(), extracted.speakers()))
                .build();
    }

    /** The file's checksum with the extraction version: equal only when nothing needs redoing. */
    public String fingerprint(SourceFile file) {
        return file.checksum() + "/x" + EXTRACTION_VERSION;
    }
}
