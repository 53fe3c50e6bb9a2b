package org.dossier.testing;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Document;
import org.dossier.model.Kind;

/**
 * Five hand-made documents whose facet counts are easy to check by hand:
 * country Russia 3 (a, b, c), North Korea 3 (a, c, e), China 2 (b, d), United States 1 (d);
 * years 2019 (b, d) and 2024 (a, c); e has no date and a hostile title and body.
 */
public final class SampleCorpus {
    private SampleCorpus() {}

    public static final List<Document> DOCUMENTS = List.of(
            doc("a", "Putin visits Pyongyang", Kind.PODCAST, LocalDate.of(2024, 6, 21),
                    List.of("Russia", "North Korea"), List.of("arms trade"), List.of("Victor Cha", "Andrew"),
                    "North Korea supplies artillery ammunition to Russia for the war."),
            doc("b", "Russia and China look for gains", Kind.ARTICLE, LocalDate.of(2019, 1, 9),
                    List.of("Russia", "China"), List.of("diplomacy", "sanctions"), List.of(),
                    "Beijing and Moscow coordinate their positions on sanctions relief."),
            doc("c", "The treaty explained", Kind.PODCAST, LocalDate.of(2024, 7, 1),
                    List.of("Russia", "North Korea"), List.of("alliances"), List.of("Victor Cha"),
                    "The mutual defense treaty renews a Cold War alliance. The treaty binds Russia and North Korea."),
            doc("d", "Trade war notes", Kind.ARTICLE, LocalDate.of(2019, 5, 2),
                    List.of("China", "United States"), List.of("economy and trade"), List.of("Jane Doe"),
                    "Tariffs and export controls dominate the agenda."),
            doc("e", "<script>alert(1)</script> Missile <b>tests</b>", Kind.OTHER, null,
                    List.of("North Korea"), List.of("missiles"), List.of(),
                    "Launch of a <img src=x onerror=alert(1)> missile & more missile news."));

    static Document doc(String id, String title, Kind kind, LocalDate date, List<String> countries,
            List<String> topics, List<String> speakers, String body) {
        return Document.builder().id(id).title(title).kind(kind).date(date).countries(countries)
                .topics(topics).speakers(speakers).body(body).language("en").checksum("c-" + id)
                .source(kind == Kind.PODCAST ? "The Impossible State" : null).build();
    }
}
