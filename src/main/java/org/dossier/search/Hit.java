package org.dossier.search;

import java.time.LocalDate;
import java.util.List;

/** One search result as the API and the page show it. */
public record Hit(
        String id,
        String title,
        String kind,
        String source,
        LocalDate date,
        Integer year,
        List<String> countries,
        List<String> topics,
        List<String> speakers,
        List<String> snippets) {}
