package org.dossier.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.dossier.extract.DocumentExtractor;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.SourceFile;
import org.dossier.ingest.SourceFileReader;
import org.dossier.model.Document;
import org.dossier.web.DocumentIntake;

/**
 * Uploads are read and understood exactly like files on disk: the same {@link SourceFileReader}
 * (text in UTF-8, UTF-16 or a detected legacy encoding, unless the upload's Content-Type names a
 * charset; PDF, Word, ODT, RTF and EPUB through the parser process, killed after the parse time
 * limit) and the same extraction, with the format's metadata. Closing it stops the parser process.
 */
public final class UploadIntake implements DocumentIntake, AutoCloseable {
    private final DocumentLoader loader;
    private final SourceFileReader reader;

    public UploadIntake(DocumentExtractor extractor) {
        this(extractor, IndexingRun.DEFAULT_PARSE_TIMEOUT);
    }

    /** {@code parseTimeout}: how long parsing one upload may take ({@code --parse-timeout}). */
    public UploadIntake(DocumentExtractor extractor, Duration parseTimeout) {
        this.loader = new DocumentLoader(extractor);
        // an upload's size is bounded by the server's body limit (--max-upload-mb), not the file limit
        this.reader = SourceFileReader.isolated(Long.MAX_VALUE, parseTimeout);
    }

    @Override
    public Document parse(String fileName, String contentType, byte[] content) {
        String name = Path.of(fileName).getFileName().toString();
        try {
            SourceFile file = reader.read(Path.of(name), content, SourceFileReader.charsetOf(contentType));
            return loader.understand(name, file.text(), file.metadata());
        } catch (IngestException e) {
            throw new RejectedDocumentException(name + ": " + e.reason());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedDocumentException(name + ": the server is stopping");
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
