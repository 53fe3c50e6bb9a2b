package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

class JsonBodyTest {
    @Test
    void aOneLineBodyWithAnExplicitTitleIsKeptAndUnderstood() {
        Document doc = DocumentExtractor.withDefaults().extract("posted.json",
                "{\"title\": \"Sanctions note\", \"body\": \"Moscow and Pyongyang discussed sanctions relief. Russia and North Korea signed deals.\"}");
        assertThat(doc.title()).isEqualTo("Sanctions note");
        assertThat(doc.body()).startsWith("Moscow and Pyongyang discussed sanctions relief.");
        assertThat(doc.countries()).contains("Russia", "North Korea");
    }
}
