package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.junit.jupiter.api.Test;

/** Whole pages: the date a page gives for itself in its own form, and official pages by their forms. */
class DateAndKindPagesTest {
    private static final DocumentExtractor X = DocumentExtractor.withDefaults();

    @Test
    void germanArticleWithDayFirstMonthName() {
        Document d = X.extract("de.txt", """
                Berliner Tageszeitung
                Politik | Ausland | Wirtschaft

                Bundesregierung verlängert Mandat für Marineeinsatz

                Von Anna Schmidt
                5. März 2024, 14:10 Uhr

                Die Bundesregierung hat am Dienstag beschlossen, das Mandat der Bundeswehr für den Einsatz im Roten Meer um ein Jahr zu verlängern. Seit 2023 greifen Huthi-Milizen Handelsschiffe an.
                """);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(d.kind()).isEqualTo(Kind.ARTICLE);
    }

    @Test
    void htmlTimeElement() {
        Document d = X.extract("page.html", """
                <html><head><title>Why Talks Failed | Example Review</title></head><body><article><h1>Why Talks Failed</h1>
                <p class="byline">By Jane Roe · <time datetime="2023-11-07T08:00:00+01:00">7 November</time></p>
                <p>Negotiators met again in Geneva in 2019, and the talks failed for reasons that are still debated today among diplomats.</p>
                <p>© 2015–2025 Example Review</p></article></body></html>
                """);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 11, 7));
    }

    @Test
    void rssItemPubDate() {
        Document d = X.extract("item.txt", """
                <item>
                <title>Episode 88: Grain, Ports and the Black Sea</title>
                <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
                <description>In this episode we talk with a guest about shipping insurance and sanctions on Russia.</description>
                </item>
                """);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(d.kind()).isEqualTo(Kind.PODCAST);
    }

    @Test
    void youTubeLiveStreamDateAboveTheTranscript() {
        Document d = X.extract("yt.txt", """
                YouTube
                Skip navigation   Sign in

                What the New Sanctions Mean | Live
                The Policy Desk
                51K subscribers   Subscribe
                9.4K views  Streamed live on Oct 3, 2023
                Questions from the chat on the new sanctions package.

                Transcript

                0:00
                hi everyone welcome to the policy desk live and today we are talking about sanctions on Russia
                0:06
                back in 2014 the first package was much smaller than what we see today
                """);
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 10, 3));
    }

    @Test
    void releaseWithAmbiguousNumericDateKeepsTheYear() {
        Document d = X.extract("release.txt", """
                Ministry of Foreign Affairs of Freedonia
                Home > Press > Press releases

                Minister meets counterpart from Sylvania

                Date: 12/04/2024

                The Minister for Foreign Affairs met today with the Foreign Minister of Sylvania to discuss regional security and trade.

                Media contact: press@mfa.example
                """);
        assertThat(d.kind()).isEqualTo(Kind.OTHER);
        assertThat(d.year()).isEqualTo(2024);
        assertThat(d.date()).isNull();
    }
}
