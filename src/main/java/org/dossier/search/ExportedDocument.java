package org.dossier.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** One document as {@code /api/export} writes it: every stored field but the file's path. */
@JsonPropertyOrder({"id", "title", "kind", "source", "url", "date", "year", "countries", "topics", "speakers",
        "language", "summary", "body", "fileName"})
public record ExportedDocument(
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
        String body,
        String fileName) {

    static ExportedDocument of(DocumentDetail d) {
        return new ExportedDocument(d.id(), d.title(), d.kind(), d.source(), d.url(), d.date(), d.year(),
                d.countries(), d.topics(), d.speakers(), d.language(), d.summary(), d.body(), d.fileName());
    }
}
