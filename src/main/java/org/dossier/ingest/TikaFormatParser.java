package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Apache Tika's standard parsers: the format is detected from the bytes (and the name), the text
 * comes back as plain text with paragraphs on their own lines, and the format's metadata gives a
 * title, authors and a creation date. Embedded files (images in a Word file, attachments) are not
 * parsed, and there is no OCR: a scanned PDF without a text layer has no text and is reported.
 * Thread-safe.
 */
public final class TikaFormatParser implements FormatParser {
    /** Text beyond this is dropped: a book-length PDF is still indexed, a runaway one is bounded. */
    public static final int MAX_CHARACTERS = 10_000_000;

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public Parsed parse(Path path, byte[] bytes) throws IngestException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        BodyContentHandler body = new BodyContentHandler(MAX_CHARACTERS);
        BlockLineBreaks handler = new BlockLineBreaks(body);
        ParseContext context = new ParseContext();
        // embedded files are not the document: attachments, images, and an EPUB's navigation
        // document (its table of contents), which would otherwise be indexed as body text
        context.set(EmbeddedDocumentExtractor.class, IgnoreEmbedded.INSTANCE);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractBookmarksText(false); // the outline repeats the headings: a table of contents, not text
        context.set(PDFParserConfig.class, pdf);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw IngestException.skipped(path, "encrypted (password-protected)");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IngestException(path, "could not be parsed (" + message(e) + ")");
            }
            // longer than MAX_CHARACTERS: the beginning is indexed
        } catch (TikaException | IOException | RuntimeException e) {
            throw new IngestException(path, "could not be parsed (" + message(e) + ")");
        } catch (LinkageError e) {
            throw new IngestException(path, "could not be parsed (" + e + ")");
        }
        String text = body.toString();
        if (text.isBlank()) {
            throw IngestException.skipped(path, "no text (a scanned document without a text layer?)");
        }
        return new Parsed(text, metadata(metadata));
    }

    private static FileMetadata metadata(Metadata metadata) {
        List<String> authors = Arrays.asList(metadata.getValues(TikaCoreProperties.CREATOR));
        return new FileMetadata(metadata.get(TikaCoreProperties.TITLE), authors, date(metadata.get(TikaCoreProperties.CREATED)));
    }

    /** Tells every parser that embedded documents are not wanted. */
    private enum IgnoreEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded is false
        }
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value.strip());
        try {
            return m.find() ? LocalDate.parse(m.group(1)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
