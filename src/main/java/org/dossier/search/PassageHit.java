package org.dossier.search;

import java.time.LocalDate;

/**
 * One matching passage: who says it, where (seconds into the recording when the text gives a
 * time; position in the document), its text (HTML-escaped, matches in {@code <mark>}), and the
 * document it belongs to.
 */
public record PassageHit(
        String id,
        String documentId,
        String documentTitle,
        LocalDate date,
        Integer year,
        String kind,
        String source,
        String speaker,
        Integer startSeconds,
        int position,
        String text) {}
