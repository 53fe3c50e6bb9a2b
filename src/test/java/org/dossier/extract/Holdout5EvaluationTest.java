package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.dossier.extract.eval.EvalReport;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the fifth held-out set (src/test/resources/extract/holdout5, conventions in
 * its README.md): 40 documents written and labelled from the definitions alone by someone
 * who had read neither the extraction code nor the other held-out sets' documents, the labels
 * committed (e51cd7b) before the extractor first ran on them (podcast pages from Spotify for
 * Podcasters, Podbean, Libsyn show notes with guest bios, Otter.ai, Acast, a raw RSS item, a YouTube
 * live auto-transcript and Rev; Kyodo, NK News, Nikkei and Bloomberg-style wires, an e-mail
 * newsletter, analysis with closing author bios, Substack and Medium posts, a Q&A interview, an
 * undated explainer, a day-first European story, a scraper JSON record; Russian MFA, Commons
 * committee evidence, a White House gaggle, a UNGA statement, a joint press conference, a readout, a
 * G7 statement, a white paper, a fact sheet, an EU press release; Chinese, Korean, Japanese,
 * Russian and German pages).
 *
 * <p>Measured unseen at 419fdb2 (after three topic corrections of the gold labels, no document
 * changed): countries F1 0.931 (precision 0.957, recall 0.906), speakers F1 0.606 (precision 0.789,
 * recall 0.492), topics F1 0.754 (precision 0.767, recall 0.742), year 0.850, kind 0.700, title
 * 0.375. The floors are those scores rounded down.
 *
 * <p>Then its date and kind failure classes (not its documents: the forms "Fri, 7/12/2024",
 * "18/03/2025", "12.09.2023", "Streamed live on ...", and official pages taken for articles,
 * navigation words taken as kind evidence, a Korean wire story taken as official) were given to a
 * date and kind round, which generalised them to families with its own examples: year 1.000,
 * kind 0.925 (the three misses are podcast pages without platform signs), title 0.400 (a
 * navigation bar no longer taken for the title); the rest unchanged.
 *
 * <p>The sixth speaker round, which never saw this set (tuned on holdout4's failure classes and
 * its own examples), merged with that round: speakers F1 0.759 (precision 0.87, recall 0.67),
 * kind 0.975 (podcast-platform signs), title 0.425; countries, topics and year unchanged. This is
 * the unseen measure of that speaker round: 0.606 to 0.759, still below the 0.85.
 *
 * <p>The eighth topic and country round was tuned on this set's topic and country failure classes
 * (no longer unseen for them), generalised to families with its own examples (TopicFamiliesTest,
 * CountryFamiliesTest): German names, adjectives and topic phrases, Chinese X方 sides, Korean 북미
 * and one-Hanja abbreviations, seas, capital-named treaties and 'Washington, DC' as blockers;
 * Japanese alliance and arms-transfer words, export regimes on weapons, the humanitarian side of
 * war, economic security and trade remedies, lighter passing words (a bare 'missile' or 미사일, a
 * foreign minister's title).
 * Measured here: countries F1 0.931 to 0.955 (precision 0.986, recall 0.926), topics F1 0.754 to
 * 0.846 (precision 0.828, recall 0.865); the rest unchanged. Still missed: countries named only in
 * related links, tags and comments, which this set counts and dev and holdout2 do not.
 *
 * <p>The seventh speaker round and a title round were then tuned on this set's speaker and title
 * failure classes (families with their own made-up examples in SpeakerFamiliesTest and
 * TitleFamiliesTest: headings with a colon used once, committee evidence labels and 'Members
 * present: X (Chair)', bylines in capitals with a desk, German 'Von', closing 'Written by', Chinese
 * lead credits, closing bios with titles and service careers, guests in episode descriptions,
 * diplomatic forms of address, a Russian dek's interviewee; menu rows, cookie banners and a
 * site's name above its menu, episode codes and show tags, guillemet quote headlines, a mail
 * header's Subject): speakers F1
 * 1.000 (precision 1.00, recall 1.00), title 0.800, topics 0.766 (titles count for topics);
 * countries, year and kind unchanged. Tuned on: no longer an unseen measure for speakers or titles.
 * The two rounds merged (b9eb291 + quality8): countries 0.955, speakers 1.000, topics 0.853,
 * year 1.000, kind 0.975, title 0.800.
 */
class Holdout5EvaluationTest {

    @Test
    void fifthHoldoutScoresDoNotDrop() throws URISyntaxException {
        EvalReport r = GoldSetScores.evaluate("holdout5");
        assertThat(r.documents()).isEqualTo(40);
        GoldSetScores.assertAtLeast(r, 0.9550, 1.0, 0.8525, 1.0, 0.975, 0.8);
    }
}
