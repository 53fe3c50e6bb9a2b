package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.dossier.extract.eval.EvalReport;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the fourth held-out set (src/test/resources/extract/holdout4, conventions in
 * its README.md): 40 documents written and labelled from the definitions alone by someone
 * who had not read the extraction code, the labels committed before the extractor first ran on
 * them (podcast pages from seven platforms; AP, Reuters, AFP, Yonhap and Guardian-style wires;
 * think-tank analysis, footnoted commentary, interviews, a newsletter, an undated explainer; State
 * Department, Japanese and Korean foreign-ministry briefings, a joint statement, an EU speech, a
 * Senate hearing, a UN Security Council record, a Kremlin transcript, a Treasury release, a NATO
 * press conference; Chinese, Korean, Japanese and Russian pages).
 *
 * <p>Measured unseen at d460ee4 (before this session's rounds): countries F1 0.981, speakers 0.618,
 * topics 0.736, year 0.950, kind 0.800, title 0.575. Only its topic and country failure classes
 * (not its documents) were then given to a topic round: topics 0.789, countries 0.994. After the
 * speaker/title/kind/date round tuned on the third held-out set, still unseen for those: speakers
 * F1 0.695 (precision 0.89, recall 0.57), year 0.950, kind 0.825, title 0.600. Speakers stay far
 * below the 0.85: every unseen set brings speaker forms the rules do not know. After the
 * fifth speaker round, tuned on this set (official-record turns, chairs by office, record kinds):
 * speakers F1 0.824 (precision 0.92, recall 0.75), kind 0.950, the rest unchanged.
 *
 * <p>A sixth round took its open failure classes as families (byline grammar from a word list with
 * capitals and multi-author splits, Russian/Japanese byline words and datelines, bylines without
 * 'By', run-on co-author bios, sign-offs, role words dropped from names, role-labelled lines and
 * Han/Hangul turn labels, office + surname labels, non-person heads; podcast-platform signs;
 * menu rows and banners as titles) and forms beyond it written from scratch (transcript exports
 * with the speaker on its own line, 'hosted by' / 'with guests' in conversations, letters'
 * closings, 'Name | date' lines, Q&A and dash-dialogue interviewees, Japanese/Chinese reporter
 * sign-offs), each with made-up unit tests (SpeakerFamiliesTest, TitleFamiliesTest): speakers F1
 * 1.000, kind 1.000, title 0.775, the rest unchanged. Tuned on: the next unseen set is the measure.
 * The holdout5 speaker and title round (menu rows and cookie banners as chrome, a site's name above
 * its menu as the masthead) raised its title to 0.800; the rest unchanged.
 * A date and kind round given holdout5's date and kind failure classes (day-first and slash numeric
 * dates, platform date labels, official genres by their forms), unseen for this set: year 1.000
 * (the Pocket Casts episode's and the EU speech's dates now read).
 * The holdout7 speaker and title round (qa9) raised its title to 0.825 (a name with its office
 * after a comma is the briefing's byline, not its title); the rest unchanged.
 */
class Holdout4EvaluationTest {

    @Test
    void fourthHoldoutScoresDoNotDrop() throws URISyntaxException {
        EvalReport r = GoldSetScores.evaluate("holdout4");
        assertThat(r.documents()).isEqualTo(40);
        GoldSetScores.assertAtLeast(r, 0.9935, 1.0, 0.8132, 1.0, 1.0, 0.825);
    }
}
