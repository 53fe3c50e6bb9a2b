package org.dossier.search;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Passage;

/**
 * A whole stored document, for the document view. The file it came from is given by name only:
 * a server's directory layout is nobody else's business. With a query, {@code highlightedBody}
 * and {@code highlightedSummary} are the whole texts HTML-escaped with matches in {@code <mark>}.
 * {@code passages} are the speaker turns (or paragraphs) in order, for showing a transcript.
 */
public record DocumentDetail(
        String id,
        String title,
        String kind,
        String source,
        String url,
        LocalDate date,
        Integer year,
        List<String> countries,
        List<String> topics,
        List<String> speakers,
        String language,
        String summary,
        List<String> chapters,
        String body,
        String fileName,
        String highlightedBody,
        String highlightedSummary,
        List<Passage> passages) {

    public DocumentDetail withPassages(List<Passage> value) {
        return new DocumentDetail(id, title, kind, source, url, date, year, countries, topics, speakers, language, summary,
                chapters, body, fileName, highlightedBody, highlightedSummary, value);
    }
}
