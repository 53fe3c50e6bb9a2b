package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.dossier.extract.eval.EvalReport;
import org.dossier.extract.eval.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the development gold set (src/test/resources/extract/dev). The thresholds
 * are the measured scores: countries 1.0, speakers 1.0, topics F1 0.964, year/kind/title 1.0 on 49
 * documents (30, plus four for masthead, release-heading, hearing-turn and Korean byline traps, plus
 * thirteen for the page forms of the second held-out set: platform podcast pages, RSS items,
 * Substack posts, Japanese and Korean releases, event and Q&A transcripts, press conferences...),
 * and two more for the office in a turn label ("PRESIDENT BIDEN:") and a Spotify episode page;
 * 51 with a saved Podbean page and a nested-div cyber advisory (topics F1 0.9646).
 */
class DevSetEvaluationTest {

    @Test
    void devSetScoresStayAboveThresholds() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("/extract/dev/gold.json").toURI()).getParent();
        EvalReport r = new Evaluator(DocumentExtractor.withDefaults())
                .evaluate(Evaluator.readGold(dir.resolve("gold.json")), dir, true);
        assertThat(r.documents()).isGreaterThanOrEqualTo(51);
        assertThat(r.errors()).as("extraction errors").isNull();
        assertThat(r.countries().f1()).as("countries F1 %s", r.misses()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.speakers().f1()).as("speakers F1 %s", r.misses()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.topics().f1()).as("topics F1 %s", r.misses()).isGreaterThanOrEqualTo(0.9645);
        assertThat(r.year().accuracy()).as("year %s", r.misses()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.kind().accuracy()).as("kind %s", r.misses()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.title().accuracy()).as("title %s", r.misses()).isGreaterThanOrEqualTo(1.0);
    }
}
