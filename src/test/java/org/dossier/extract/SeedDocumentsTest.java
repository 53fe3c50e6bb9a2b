package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.junit.jupiter.api.Test;

class SeedDocumentsTest {
    static final DocumentExtractor EXTRACTOR = DocumentExtractor.withDefaults();

    static String resource(String path) throws IOException {
        try (InputStream in = SeedDocumentsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void podcastPage() throws IOException {
        Document d = EXTRACTOR.extract("000_a9d77a39ce919294.txt", resource("/extract/seeds/000_a9d77a39ce919294.txt"));
        assertThat(d.title()).isEqualTo("Putin’s Play in NK: The Truth of the Matter Crossover Episode");
        assertThat(d.kind()).isEqualTo(Kind.PODCAST);
        assertThat(d.source()).isEqualTo("The Impossible State");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(d.year()).isEqualTo(2024);
        assertThat(d.speakers()).contains("Victor Cha", "Andrew").doesNotContain("Putin", "Vladimir Putin", "David Sanger");
        assertThat(d.countries()).contains("North Korea", "Russia", "United States", "China", "Ukraine",
                "Japan", "South Korea", "Vietnam", "Australia", "Philippines", "United Kingdom", "France");
        assertThat(d.topics()).contains("nuclear weapons", "sanctions", "arms trade", "war in Ukraine");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.summary()).startsWith("Victor Cha认为").contains("Andrew主要负责");
        assertThat(d.chapters()).hasSize(4);
        assertThat(d.chapters().get(1)).startsWith("North Korea is supplying Russia");
        assertThat(d.body()).startsWith("North Korea is the impossible state.").endsWith("My pleasure, Andrew.");
        for (String field : new String[] {d.title(), d.summary(), d.body(), String.join(" ", d.chapters())}) {
            assertThat(field.toLowerCase()).doesNotContain("subscribe", "cover of episode", "logo of podcast",
                    "deep dive", "shownotes", "translations:", "spotify", "leave us a review", "email us");
        }
        assertThat(d.id()).isNull();
        assertThat(d.sourcePath()).isNull();
        assertThat(d.checksum()).isNull();
    }

    @Test
    void articlePage() throws IOException {
        Document d = EXTRACTOR.extract("003_f8fbb9045df074aa.txt", resource("/extract/seeds/003_f8fbb9045df074aa.txt"));
        assertThat(d.title()).isEqualTo("Russia and China Look for More Korean Gains in 2019");
        assertThat(d.kind()).isEqualTo(Kind.ARTICLE);
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 1, 9));
        assertThat(d.source()).isNotEqualTo("Foreign Policy");
        assertThat(d.countries()).contains("Russia", "China", "North Korea", "United States", "South Korea", "Japan");
        assertThat(d.speakers()).isEmpty();
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.body()).startsWith("Despite some progress last year")
                .doesNotContain("Back to Top", "You might also like", ".jpg", "简体", "Foreign Policy\n");
        assertThat(d.topics()).contains("nuclear weapons", "sanctions", "diplomacy");
    }
}
