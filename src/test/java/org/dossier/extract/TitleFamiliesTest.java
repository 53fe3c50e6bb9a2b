package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/** Header lines that are no title (menus, consent and sign-up banners, e-mail labels, show suffixes), with made-up pages. */
class TitleFamiliesTest {
    static final DocumentExtractor X = SeedDocumentsTest.EXTRACTOR;

    private static final String PROSE = "Talks resumed on Tuesday after a pause of several weeks, officials said, "
            + "with both sides bringing new proposals on inspections and on sanctions relief.\n";

    private static String title(String text) {
        return X.extract("doc.txt", text).title();
    }

    @Test
    void aMenuOfShortItemsIsNoTitle() {
        assertThat(title("Startseite | Welt | Wirtschaft | Kultur | Wetter\n\nHarbour cranes go quiet\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Harbour cranes go quiet");
    }

    @Test
    void aTitleWithPipesAndLongPartsIsStillATitle() {
        assertThat(title("Harbour cranes go quiet | Port strikes spread along the coast\n\nMay 2, 2025\n\n" + PROSE))
                .startsWith("Harbour cranes go quiet");
    }

    @Test
    void consentAndSignUpBannersAreNoTitle() {
        assertThat(title("Your privacy: We and our 48 partners use data to personalise ads. [Accept] [Reject]\n\n"
                + "Harbour cranes go quiet\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Harbour cranes go quiet");
        assertThat(title("View this email in your browser\n\nSubject: Cranes, strikes and a quiet harbour\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes, strikes and a quiet harbour");
    }

    @Test
    void aLongTitleWithAShowNameAndNumberAfterIt() {
        assertThat(title("Cranes, Strikes and Sanctions: How the Baltic Port Standoff Reached the Courts | The Harbour Hour Ep. 112\n\n"
                + "May 2, 2025\n\n" + PROSE)).isEqualTo("Cranes, Strikes and Sanctions: How the Baltic Port Standoff Reached the Courts");
    }

    @Test
    void podcastAppMenusAboveTheEpisodeAreNoTitle() {
        assertThat(title("Podcast Addict\nBrowse\nTop Charts\n\nCranes and Strikes: The Port Standoff\n\nMay 2, 2025 · 41 min\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
    }

    @Test
    void aShowNameAndNumberAfterTheTitleAreCut() {
        assertThat(title("Cranes and Strikes: The Port Standoff | Harbour Hour Ep. 12\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
    }
}
