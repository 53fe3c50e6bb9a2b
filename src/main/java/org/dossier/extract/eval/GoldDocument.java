package org.dossier.extract.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One hand-labelled document in a gold file (a JSON array of these). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(
        String file,
        String kind,
        String title,
        String source,
        String date,
        Integer year,
        List<String> speakers,
        List<String> countries,
        List<String> topics,
        String notes) {

    public GoldDocument {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        countries = countries == null ? List.of() : List.copyOf(countries);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
