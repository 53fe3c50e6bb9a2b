package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.dossier.extract.eval.EvalReport;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the second held-out set (src/test/resources/extract/holdout2): 23 documents
 * in forms the rules were not written for (Apple Podcasts, Substack, podcast host HTML, an RSS item
 * as JSON; think-tank HTML, Reuters and AP copy, a magazine Q&A, a newsletter; press statements, a
 * speech, Senate hearing and event transcripts; Japanese, Korean, Chinese and Russian pages),
 * labelled and committed before any run. The rules were then tuned on the development set and the
 * first held-out set only; this set's misses were read only after the final run.
 *
 * <p>Measured before tuning: countries F1 0.976, speakers F1 0.385, topics F1 0.745, year 0.913,
 * kind 0.652, title 0.217. After: countries 0.976, speakers 0.500, topics 0.745, year 0.913, kind
 * 0.652, title 0.783. One label was then found wrong against the rule (South Korea in
 * p13, mentioned once in the article) and corrected: countries F1 0.982 before and after. Speakers
 * and kind stay far below the targets on these forms: the
 * thresholds are the reached scores, so any drop fails, and a fix for one of the misses listed in
 * the gold notes should raise them.
 *
 * <p>The set was then used as development data: the generalisable causes of its misses were fixed
 * with rules and data files, each with a dev document (kind: platform links and feed audio fields
 * read before furniture is stripped, genre phrases only in the header, Japanese and Korean release
 * headings; speakers: 'talks with' intros, Host:/Guest: lines, bylines without 'By', honorific and
 * initials turn labels; year: Japanese eras, dotted Korean dates, no year from the first
 * paragraph; titles: breadcrumbs, platform suffixes, kickers, publication headings; countries: tag
 * and related-article lists). Measured after: countries 1.0, speakers 0.985, topics 0.804, year,
 * kind and title 1.0. These are tuned scores now, no longer a held-out measurement. Still missed:
 * "The Chairman." standing for Senator Cardin; topic judgement calls.
 *
 * <p>Topic scoring then took title evidence and a relative criterion (a topic far weaker than the
 * document's main one is dropped) from the taxonomy, tuned on new dev pages: topics F1 0.804 to 0.832; with arms-trade idioms
 * read off its misses (so partly tuned on) 0.857. The third held-out set's rules (arms-trade phrases
 * for military support packages), merged with it, leave 0.857.
 *
 * <p>Unchanged by the sixth speaker/kind/title round (tuned on the fourth held-out set); floors set
 * to the scores measured then, rounded down.
 */
class Holdout2EvaluationTest {

    @Test
    void secondHoldoutScoresDoNotDrop() throws URISyntaxException {
        EvalReport r = GoldSetScores.evaluate("holdout2");
        assertThat(r.documents()).isEqualTo(23);
        GoldSetScores.assertAtLeast(r, 1.0, 0.985, 0.8764, 1.0, 1.0, 1.0);
    }
}
