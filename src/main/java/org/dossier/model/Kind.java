package org.dossier.model;

import java.util.Locale;
import java.util.Optional;

/** What sort of source a document is; drives the {@code kind} facet. */
public enum Kind {
    PODCAST,
    ARTICLE,
    OTHER;

    /** The lower-case name used in Solr, the JSON API and the page. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Kind kind : values()) {
            if (kind.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
