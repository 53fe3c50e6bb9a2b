package org.dossier.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole stored document, for the document view. The file it came from is given by name only:
 * a server's directory layout is nobody else's business. With a query, {@code highlightedBody}
 * and {@code highlightedSummary} are the whole texts HTML-escaped with matches in {@code <mark>}.
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
        String highlightedSummary) {}
