package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.dossier.extract.eval.EvalReport;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the ninth held-out set (src/test/resources/extract/holdout9, conventions in
 * its README.md): 40 pages in the forms issue #3 lists, several variants of each from invented sites
 * (seed-like podcast and article pages, dateline news, Q&A interviews, timestamped transcripts,
 * 'Episode Date:' and 'Update:' pages, bylines, official statements, Chinese, Korean and Russian
 * pages), written and labelled from the definitions alone by someone who had read neither
 * the extraction code nor the other sets, the labels committed (8473afc) before the extractor first
 * ran on them.
 *
 * <p>Measured unseen on the extraction after the holdout6, holdout7 and holdout8 rounds and two speed
 * rounds (EXTRACTION_VERSION 16): countries F1 0.981 (precision 0.990, recall 0.971), speakers F1
 * 0.942 (precision 0.925, recall 0.961), topics F1 0.741 (precision 0.747, recall 0.736), year
 * 1.000, kind 0.950, title 0.825. The floors are those scores rounded down.
 *
 * <p>Topic round on this set (EXTRACTION_VERSION 17), given its 27 topic failures: short pages
 * about a visit, a pact or a weapons sale had one hit of the topic, under minHits; taxonomy data
 * only (visits and political settlements are diplomacy, intelligence-sharing/GSOMIA and Korean
 * treaty, mutual-defence and partnership words are alliances, selling arms and delivered fighter
 * jets are arms trade). Measured topics F1 0.741 -> 0.792; sum of topic F1 over the ten sets
 * 8.244 -> 8.311, no set lower. Parameter sweeps (titleWeight 1-3, relativeThreshold 0.3-0.4)
 * all scored lower than the current 1.0/0.3. Topic floor raised to 0.79.
 */
class Holdout9EvaluationTest {

    @Test
    void ninthHoldoutScoresDoNotDrop() throws URISyntaxException {
        EvalReport r = GoldSetScores.evaluate("holdout9");
        assertThat(r.documents()).isEqualTo(40);
        GoldSetScores.assertAtLeast(r, 0.980, 0.942, 0.79, 1.0, 0.95, 0.825);
    }
}
