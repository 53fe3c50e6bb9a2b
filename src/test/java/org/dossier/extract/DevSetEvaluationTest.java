package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.dossier.extract.eval.EvalReport;
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
        EvalReport r = GoldSetScores.evaluate("dev");
        assertThat(r.documents()).isGreaterThanOrEqualTo(51);
        GoldSetScores.assertAtLeast(r, 1.0, 1.0, 0.9645, 1.0, 1.0, 1.0);
    }
}
