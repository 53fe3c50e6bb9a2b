package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.dossier.extract.eval.EvalReport;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the sixth held-out set (src/test/resources/extract/holdout6, conventions in
 * its README.md): 40 pages, mostly podcast pages from many platforms, transcripts of think-tank
 * panels and webinars, interviews and official records (briefings, a hearing, a Security Council
 * record, a Hansard debate), with Chinese, Korean, Japanese and Russian pages, written and labelled
 * from the definitions alone by someone who had read neither the extraction code nor the
 * other sets, the labels committed (cfb63b5, 5b73d40) before the extractor first ran on them.
 *
 * <p>Measured unseen at 8584281's extraction: countries F1 0.972 (precision 0.963, recall 0.981),
 * speakers F1 0.871 (precision 0.937, recall 0.813), topics F1 0.785 (precision 0.721, recall
 * 0.862), year 1.000, kind 0.850, title 0.650. The floors are those scores rounded down.
 *
 * <p>After the holdout7 speaker and title round (qa9), which did not look at this set's pages,
 * gold or per-document results (only the summary line): speakers 0.908, title 0.675, the rest
 * unchanged; floors raised to those (speakers rounded down).
 * <p>A kind, topic and country round was then given this set's kind, topic and country failures
 * (pages and gold readable, holdout7 not) and wrote each as a family with made-up examples
 * (KindFamiliesTest, TopicFamiliesTest, CountryFamiliesTest): player pages without platform words,
 * think-tank event transcripts as other, a public-radio story transcript as an article; readers'
 * comments and related/most-read lists giving no topic evidence, lighter passing words (fuel,
 * munitions, oil, ballistic missiles, forums named Dialogue), a diplomatic thaw, Russian LNG and
 * Arctic shipping words; Georgia only with the country's context, a listener named Jordan, capitals
 * as places, a UN member's long name once, a store's region line under the footer's copyright.
 * Measured after: countries F1 0.994 (precision 0.994, recall 0.994), topics F1 0.812 (precision
 * 0.743, recall 0.897), kind 1.000, the rest unchanged. Left: South Korea named in a related-episode
 * link (608) and the UK where its capital is only a place in 'a very rainy London' (607): dev and
 * holdout2 label related links as furniture, so related links still count for no country; topic
 * extras that are judgement calls on passing mentions in long transcripts and short CJK records.
 *
 * <p>Both rounds merged (with a speed round, identical output): countries 0.994, speakers 0.908
 * (precision 0.952, recall 0.868; the speaker round never saw this set, so this is its unseen
 * measure: 0.871 to 0.908), topics 0.812 (precision 0.743, recall 0.897), year 1.000, kind 1.000,
 * title 0.675 (also from the round that never saw this set). Floors are those rounded down.
 */
class Holdout6EvaluationTest {

    @Test
    void sixthHoldoutScoresDoNotDrop() throws URISyntaxException {
        EvalReport r = GoldSetScores.evaluate("holdout6");
        assertThat(r.documents()).isEqualTo(40);
        GoldSetScores.assertAtLeast(r, 0.993, 0.907, 0.812, 1.0, 1.0, 0.675);
    }
}
