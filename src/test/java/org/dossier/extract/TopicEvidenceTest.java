package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A topic is a subject of the document, not a passing mention; a venue is not a government. */
class TopicEvidenceTest {
    static final DocumentExtractor X = SeedDocumentsTest.EXTRACTOR;

    private static DocumentExtractor taxonomy(Path dir, String json) throws IOException {
        Path f = dir.resolve("t" + json.hashCode() + ".json");
        Files.writeString(f, json);
        return DocumentExtractor.withTaxonomy(f);
    }

    private static final String TOPICS = """
            "topics": [{"label": "food", "phrases": {"en": {"kimchi": 2}}},
                       {"label": "war", "phrases": {"en": {"tank": 2}}}]""";

    @Test
    void aTopicFarWeakerThanTheMainOneIsAPassingMention(@TempDir Path dir) throws IOException {
        String text = "Notes\n\nKimchi, kimchi and more kimchi. A tank drove past. Another tank.";
        assertThat(taxonomy(dir, "{\"threshold\": 1, \"minHits\": 1, \"relativeThreshold\": 0, " + TOPICS + "}")
                .extract("a.txt", text).topics()).containsExactly("food", "war");
        assertThat(taxonomy(dir, "{\"threshold\": 1, \"minHits\": 1, \"relativeThreshold\": 0.7, " + TOPICS + "}")
                .extract("a.txt", text).topics()).containsExactly("food");
    }

    @Test
    void phrasesInTheTitleWeighMore(@TempDir Path dir) throws IOException {
        String base = "{\"threshold\": 5, \"minHits\": 1, \"relativeThreshold\": 0, \"titleWeight\": %s, " + TOPICS + "}";
        String text = "Kimchi season\n\nThe kimchi was good.";
        assertThat(taxonomy(dir, base.formatted("0")).extract("a.txt", text).topics()).isEmpty();
        assertThat(taxonomy(dir, base.formatted("1")).extract("a.txt", text).topics()).containsExactly("food");
    }

    @Test
    void aPhraseListedUnderTwoLanguagesCountsOnce(@TempDir Path dir) throws IOException {
        DocumentExtractor x = taxonomy(dir, """
                {"threshold": 4, "minHits": 1, "titleWeight": 0,
                 "topics": [{"label": "diplomacy", "phrases": {"zh": {"外交": 3}, "ja": {"外交": 3}}}]}""");
        assertThat(x.extract("a.txt", "标题\n\n外交。").topics()).isEmpty();
    }

    @Test
    void missilePropellantIsNotEnergy() {
        var d = X.extract("a.txt", """
                Why the switch to solid fuel matters

                Liquid-fuel engines must be fuelled before launch; a solid-fuel missile is ready in minutes.
                The liquid-fuel ICBM sits on a pad for hours, while solid-fuel motors are cast with their fuel inside.
                """);
        assertThat(d.topics()).contains("missiles").doesNotContain("energy");
    }

    @Test
    void aVenueIsNotAGovernment() {
        var d = X.extract("a.txt", """
                Leaders meet at APEC

                The summit in Lima, Peru, closed on Saturday. The court in The Hague issued a warrant; judges in The Hague
                said more would follow. China and the United States, China and the United States.
                """);
        assertThat(d.countries()).doesNotContain("Peru", "Netherlands").contains("China", "United States");
    }

    @Test
    void russianNamesAndAdjectivesInflect() {
        var d = X.extract("a.txt", """
                Заголовок

                Российская сторона и представители России провели встречу. Турецкий МИД пригласил делегацию в Турцию.
                """);
        assertThat(d.countries()).contains("Russia", "Turkey");
    }
}
