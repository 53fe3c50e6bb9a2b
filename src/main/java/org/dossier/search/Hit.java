package org.dossier.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result as the API and the page show it. {@code highlightedTitle} and
 * {@code snippets} are HTML-escaped text in which only {@code <mark>} is added; every other field
 * is plain text.
 */
public record Hit(
        String id,
        String title,
        String highlightedTitle,
        String kind,
        String source,
        LocalDate date,
        Integer year,
        List<String> countries,
        List<String> topics,
        List<String> speakers,
        List<String> snippets) {}
