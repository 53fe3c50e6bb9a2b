package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.junit.jupiter.api.Test;

/** Traps of the real page forms added for issue #3's second held-out set, one subtle rule each. */
class PageFormTrapsTest {
    static final DocumentExtractor X = SeedDocumentsTest.EXTRACTOR;

    private static Document plain(String text) {
        return X.extract("doc.txt", text);
    }

    @Test
    void aGenrePhraseCountsInTheHeaderNotInTheBody() {
        String body = "The talks produced the Joint Statement of September 19, 2005, and a press release followed. "
                + "North Korea later withdrew, and the talks never resumed after 2008 despite efforts by China.";
        assertThat(plain("What Were the Six-Party Talks?\n\n" + body).kind()).isEqualTo(Kind.ARTICLE);
        assertThat(plain("Joint Statement on the Six-Party Talks\n\n" + body).kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aPlatformLinkLineIsAPodcastSignButProseMentioningSpotifyIsNot() {
        String prose = "The treaty was debated for months in parliament, and the arguments on both sides were "
                + "later collected everywhere, even in a Spotify playlist that a student made of the debates and "
                + "shared widely.";
        assertThat(plain("The Treaty Debate\n\n" + prose + "\n\n" + prose).kind()).isEqualTo(Kind.ARTICLE);
        assertThat(plain("The Treaty Debate\n\n" + prose + "\n\nListen on Apple Podcasts | Spotify").kind())
                .isEqualTo(Kind.PODCAST);
        Document apple = plain("‎The Treaty Debate on Apple Podcasts\n\n" + prose);
        assertThat(apple.title()).isEqualTo("The Treaty Debate");
        assertThat(apple.kind()).isEqualTo(Kind.PODCAST);
    }

    @Test
    void unresolvedInitialsAreNotSpeakersAndResolvedOnesMapToTheName() {
        Document d = plain("""
                A Talk About Sanctions

                AB: What changed this year?

                CD: Very little, in my view. The sanctions regime held.

                AB: And next year?

                CD: More of the same.
                """);
        assertThat(d.speakers()).isEmpty();
        Document named = plain("""
                What Sanctions Have and Have Not Changed in North Korea's Economy

                Anna Bell: What changed this year?

                Carl Dunn: Very little. The sanctions regime held.

                AB: And next year?

                CD: More of the same.
                """);
        assertThat(named.speakers()).containsExactlyInAnyOrder("Anna Bell", "Carl Dunn");
    }

    @Test
    void aTitleWithAColonIsNotASpeakerTurn() {
        Document d = plain("""
                One Year On: Assessing the Treaty

                Jane Roe
                June 18, 2025

                A year after the signing, the treaty has been tested in ways few expected. Analysts disagree.
                """);
        assertThat(d.speakers()).containsExactly("Jane Roe");
    }

    @Test
    void aYearInTheFirstParagraphIsNeverTheDocumentsYear() {
        Document d = plain("""
                통일부
                보도자료

                정부, 북한이탈주민의 날 첫 기념식 개최

                □ 통일부는 7월 14일 「북한이탈주민의 날」을 맞아 첫 정부 기념식을 개최한다고 밝혔다. 이 날은 법률이 시행된 1997년 7월 14일을 기념해 올해 처음 제정되었다.
                """);
        assertThat(d.year()).isNull();
        assertThat(d.title()).isEqualTo("정부, 북한이탈주민의 날 첫 기념식 개최");
    }

    @Test
    void japaneseEraAndDottedKoreanDatesAreRead() {
        assertThat(plain("北朝鮮による発射について\n\n令和元年5月1日\n\n本日、北朝鮮は発射した。").date())
                .isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(plain("통일부\n보도자료\n\n배포일시 2024. 7. 3.(수)\n\n정부, 기념식 개최\n\n□ 통일부는 밝혔다.").date())
                .isEqualTo(LocalDate.of(2024, 7, 3));
    }

    @Test
    void pairWordsNameEachCountryButCentralAmericaIsNeither() {
        assertThat(plain("标题\n\n中俄联合巡航。中俄两国。").countries()).containsExactlyInAnyOrder("China", "Russia");
        assertThat(plain("标题\n\n中美洲国家。中美洲局势。").countries()).isEmpty();
    }

    @Test
    void newsTalksWithNamesNoSpeakerButAPodcastIntroNamesBoth() {
        Document news = plain("""
                Blinken in Beijing

                BEIJING, April 26 (Reuters) - Antony Blinken held talks with Wang Yi on Friday about trade and Taiwan. China and the United States agreed to keep talking.
                """);
        assertThat(news.speakers()).isEmpty();
        Document episode = plain("""
                Episode 12 — The Beijing Talks

                Host Mary Lane talks with Tom Reyes, a former diplomat, and Sara Kim, a trade lawyer, about the talks in this episode.
                """);
        assertThat(episode.speakers()).containsExactly("Mary Lane", "Tom Reyes", "Sara Kim");
    }

    @Test
    void tagAndRelatedListsAddNoCountries() {
        Document d = plain("""
                Sanctions Designations

                The United States designated eleven entities in North Korea. The United States said North Korea evaded sanctions.

                Tags
                Japan
                South Korea

                Related Articles
                Japan and South Korea hold talks
                """);
        assertThat(d.countries()).containsExactlyInAnyOrder("United States", "North Korea");
    }
}
