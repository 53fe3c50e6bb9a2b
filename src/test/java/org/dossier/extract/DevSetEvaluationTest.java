package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.dossier.extract.eval.EvalReport;
import org.dossier.extract.eval.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the development gold set (src/test/resources/extract/dev). Thresholds sit a
 * little under the measured scores, so a regression fails the build but a small, deliberate trade
 * (one document's topic changing) does not. Measured when set: countries 1.0, speakers 1.0,
 * topics F1 0.959, year/kind/title 1.0 on 30 documents.
 */
class DevSetEvaluationTest {

    @Test
    void devSetScoresStayAboveThresholds() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("/extract/dev/gold.json").toURI()).getParent();
        EvalReport r = new Evaluator(DocumentExtractor.withDefaults())
                .evaluate(Evaluator.readGold(dir.resolve("gold.json")), dir, true);
        assertThat(r.documents()).isGreaterThanOrEqualTo(30);
        assertThat(r.errors()).as("extraction errors").isNull();
        assertThat(r.countries().f1()).as("countries F1 %s", r.misses()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.speakers().f1()).as("speakers F1 %s", r.misses()).isGreaterThanOrEqualTo(0.93);
        assertThat(r.topics().f1()).as("topics F1 %s", r.misses()).isGreaterThanOrEqualTo(0.92);
        assertThat(r.year().accuracy()).as("year %s", r.misses()).isGreaterThanOrEqualTo(0.96);
        assertThat(r.kind().accuracy()).as("kind %s", r.misses()).isGreaterThanOrEqualTo(0.93);
        assertThat(r.title().accuracy()).as("title %s", r.misses()).isGreaterThanOrEqualTo(0.96);
    }
}
