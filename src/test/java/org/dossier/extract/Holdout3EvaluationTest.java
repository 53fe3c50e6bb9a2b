package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.dossier.extract.eval.EvalReport;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the third held-out set (src/test/resources/extract/holdout3): 28 documents
 * written and labelled from the definitions alone by someone who had not read the
 * extraction code (Spotify, Rev, YouTube, Podbean and Otter podcast pages and transcripts; a Zotero
 * item as JSON; think-tank, Reuters, Yonhap, AFP and op-ed pages with their navigation and cookie
 * banners; KCNA, Chinese foreign ministry, White House, Zelenskyy, Hansard, House hearing, G7,
 * Treasury, Japanese defence ministry and CISA texts; Chinese, Japanese and Korean news pages).
 *
 * <p>Measured before anyone looked at its misses: at deab7d8 countries F1 0.934, speakers F1 0.373,
 * topics F1 0.741, year 0.821, kind 0.607, title 0.536; after the second round of rules (tuned on
 * the other sets only) countries 0.934, speakers 0.557, topics 0.746, year 0.857, kind 0.679,
 * title 0.536. Far below the targets for speakers, kind, year and titles: the rules fit
 * the forms they were written from better than new ones.
 *
 * <p>Its failure classes (not its documents) were then handed to a third round: navigation bars,
 * cookie banners and taglines as titles, show and episode prefixes, saved HTML pages losing their
 * text, reference-manager JSON, Hansard speaker lines, statements and advisories as 'other'; each
 * fixed with a dev document or trap test of its own. After it: countries 0.995, speakers 0.603,
 * topics 0.766, year 0.929, kind 0.857, title 0.786; no longer an unseen measurement.
 *
 * <p>Topic scoring then took title evidence and a relative criterion (a topic far weaker than the
 * document's main one is dropped) from the taxonomy, tuned on new dev pages: topics F1 0.766 to 0.800, then 0.808 with
 * the war in Ukraine in statement wording.
 *
 * <p>A fourth round took its remaining failure classes (speakers introduced in prose, listed under
 * a heading, in closing bios, wire credits and signatures; Chinese reporter lines; colon-less
 * Hansard labels; a Q&A intro's subject; menu words, language switchers and two-line titles;
 * hearing and Chinese page dates; research notes and advisories as 'other'), each with dev pages
 * of its own: countries 1.0, speakers 0.951, topics 0.771, year 1.0, kind 1.0, title 0.964.
 * Both rounds together: topics 0.800, the rest as above; the thresholds are these scores. Still missed: 'Biden' where the gold has 'Joe Biden' (the text
 * never gives the first name), Zelenskyy named only in a tag list, an Otter title stated only in
 * the host's speech, a surname-only 'Chen Yu' guess.
 *
 * <p>Unchanged by the sixth speaker/kind/title round (tuned on the fourth held-out set); floors set
 * to the scores measured then, rounded down.
 */
class Holdout3EvaluationTest {

    @Test
    void thirdHoldoutScoresDoNotDrop() throws URISyntaxException {
        EvalReport r = GoldSetScores.evaluate("holdout3");
        assertThat(r.documents()).isEqualTo(28);
        GoldSetScores.assertAtLeast(r, 1.0, 0.9512, 0.84, 1.0, 1.0, 0.9642);
    }
}
