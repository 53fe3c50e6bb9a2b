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
    void aShortFirstLineIsNotAMastheadWhenWhatFollowsIsProse() {
        // a PDF's title wrapped over two lines, then its first paragraph wrapped as well
        assertThat(plain("Sanctions Talks Resume in\nGeneva\nGeneva, 4 March 2021. Diplomats from South Korea and the "
                + "United States met in Geneva to\ndiscuss sanctions.\n\nMore on the talks in Seoul.").title())
                .isEqualTo("Sanctions Talks Resume in Geneva"); // the wrapped title joined again
        assertThat(plain("Title 0\n\nSanctions on North Korea. Talks resume").title()).isEqualTo("Title 0");
        // abbreviations are not sentence ends: the show name is still a masthead above the title
        assertThat(plain("Strait Talk\nCould Beijing Blockade Taiwan Without Firing a Shot ft. Ian Castellano\n\nWe talk about it.")
                .title()).startsWith("Could Beijing Blockade Taiwan");
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

    // Issue: header furniture taken as the title (navigation bars, cookie banners, taglines,
    // badges, provenance lines, an issuer's full name).
    @Test
    void navigationBarsCookieBannersTaglinesAndIssuerNamesAreNotTitles() {
        assertThat(plain("""
                News Sports Business Opinion Life Obituaries E-Edition

                This website uses cookies to improve your experience. Accept | Learn more

                Japan and Philippines sign troop pact as China tensions rise

                By Maria Santos
                July 8, 2024

                MANILA — Japan and the Philippines signed a reciprocal access agreement on Monday that lets each country send troops to the other for joint exercises, as both face pressure from China in disputed waters.

                The pact, the first of its kind for Japan in Asia, follows years of clashes between Chinese coast guard ships and Philippine vessels. Officials in Manila said the Philippines wanted deeper ties with Japan and the United States.
                """).title()).isEqualTo("Japan and Philippines sign troop pact as China tensions rise");
        assertThat(plain("""
                KOREA ECONOMY MARKET SCI/TECH LIFE SPORTS OPINION PHOTOS VIDEOS

                North Korea fires ballistic missile toward East Sea, JCS says

                Posted : 2024-05-30 09:12

                North Korea fired a ballistic missile into the East Sea on Thursday, South Korea's Joint Chiefs of Staff said, days after a failed satellite launch. Japan said the missile fell outside its exclusive economic zone.

                The launch came as South Korea, Japan and the United States held talks. North Korea has launched dozens of missiles this year.
                """).title()).isEqualTo("North Korea fires ballistic missile toward East Sea, JCS says");
        assertThat(plain("""
                LATEST SINGAPORE ASIA WORLD BUSINESS OPINION LIFESTYLE

                Exclusive news, data and analytics for financial market professionals

                Premium

                Vietnam courts chipmakers as US-China rivalry reshapes supply chains

                By Tan Wei Ling
                12 March 2024

                HANOI — Vietnam is courting semiconductor firms leaving China as the United States tightens export controls, officials said on Tuesday. Vietnam hopes to win new factories from Korea and Japan.

                Analysts said Vietnam still lacks engineers, and China remains its largest trading partner.
                """).title()).isEqualTo("Vietnam courts chipmakers as US-China rivalry reshapes supply chains");
        assertThat(plain("""
                トップ 速報 ライブ 天気 社会 政治 ビジネス 国際 スポーツ

                北朝鮮が弾道ミサイル発射　日本のEEZ外に落下か

                2024年5月30日 9時12分

                防衛省によりますと、北朝鮮は30日朝、弾道ミサイルを発射しました。ミサイルは日本の排他的経済水域の外に落下したとみられます。韓国軍も発射を確認しました。北朝鮮は今月、衛星の打ち上げに失敗しています。
                """).title()).isEqualTo("北朝鮮が弾道ミサイル発射　日本のEEZ外に落下か");
        assertThat(plain("""
                [From the U.S. Government Publishing Office]

                THE CHINESE COMMUNIST PARTY'S THREAT TO AMERICA

                HEARING

                BEFORE THE

                SELECT COMMITTEE ON THE STRATEGIC COMPETITION BETWEEN THE UNITED STATES AND THE CHINESE COMMUNIST PARTY

                February 28, 2023

                Chairman GALLAGHER. The committee will come to order. China has built the largest navy in the world and threatens Taiwan.

                Mr. KRISHNAMOORTHI. Thank you, Mr. Chairman. China's pressure on Taiwan is growing.
                """).title()).isEqualTo("THE CHINESE COMMUNIST PARTY'S THREAT TO AMERICA");
        assertThat(plain("""
                Ministry of Foreign Affairs of the People's Republic of China

                Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on May 20, 2024

                2024-05-20 15:30

                AFP: Taiwan's new leader Lai Ching-te was sworn in today. What is China's response?

                Lin Jian: The Taiwan question is China's internal affair. We urge the United States to stop arming Taiwan.
                """).title())
                .isEqualTo("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on May 20, 2024");
        assertThat(plain("""
                Ministry of Defense / Japan Self-Defense Forces

                Press Conference by the Defense Minister

                May 31, 2024

                The Minister spoke about the launch by North Korea and cooperation with the United States and Australia. Japan will respond to North Korea's launches together with the United States.
                """).title()).isEqualTo("Press Conference by the Defense Minister");
        // a navigation bar repeated in the page footer names no country of the document's
        Document footer = plain("LATEST SINGAPORE ASIA WORLD BUSINESS OPINION LIFESTYLE\n\n"
                + "Vietnam courts chipmakers\n\nMarch 12, 2024\n\nVietnam is courting chipmakers, and Vietnam "
                + "hopes to win factories.\n\nLATEST SINGAPORE ASIA WORLD BUSINESS OPINION LIFESTYLE\n");
        assertThat(footer.countries()).containsExactly("Vietnam");
        // a headline made of section words but with a verb is still a title
        assertThat(plain("World Business News Today\n\nMarch 3, 2024\n\nMarkets rose across Asia.").title())
                .isEqualTo("World Business News Today");
    }

    @Test
    void aShowNameAndEpisodeNumberBeforeTheTitleAndAGuestCreditAfterItAreDropped() {
        assertThat(plain("""
                The Kyiv Line — Episode 112: Drones, Shells and the Summer Offensive

                June 14, 2024

                Welcome to The Kyiv Line. This week we look at how Ukraine and Russia use drones on the front, and why shells from North Korea matter. Ukraine says Russia fired thousands of shells in June.
                """).title()).isEqualTo("Drones, Shells and the Summer Offensive");
        Document strait = plain("""
                Strait Talk Ep. 57 | Could Beijing Blockade Taiwan Without Firing a Shot? ft. Ian Castellano

                April 2, 2024

                In this episode, host Mei Lin talks with Ian Castellano about whether China could blockade Taiwan with its coast guard. Taiwan imports most of its energy, and China knows it.
                """);
        assertThat(strait.title()).isEqualTo("Could Beijing Blockade Taiwan Without Firing a Shot?");
        assertThat(strait.speakers()).contains("Ian Castellano");
        assertThat(plain("Deterrence Desk ep 41 - China's nuclear buildup - FINAL\n\nWelcome to the podcast. "
                + "China is building silos.").title()).isEqualTo("China's nuclear buildup");
        // a file-name header over a transcript whose intro names the episode: the intro's title
        Document desk = plain("""
                Deterrence Desk ep 41 - China's nuclear buildup - FINAL

                [00:00:02] Sam Ortiz: Welcome back to Deterrence Desk. I'm Sam Ortiz, and today's episode is titled "Counting Warheads: China's Nuclear Buildup and the Future of Deterrence." My guest is Priya Raman.

                [00:00:20] Priya Raman: Thanks, Sam. China is on track to have a thousand warheads by 2030, and the United States has to rethink deterrence with both China and Russia.

                [00:01:10] Sam Ortiz: Let's start with the silos. China has built more than 300 of them.
                """);
        assertThat(desk.title()).isEqualTo("Counting Warheads: China's Nuclear Buildup and the Future of Deterrence");
        // a title that opens with its number keeps it
        assertThat(plain("Episode 45: Kim Jong Un's Russia Pivot\n\nWelcome to the podcast.").title())
                .isEqualTo("Episode 45: Kim Jong Un's Russia Pivot");
    }

    @Test
    void parliamentaryRecordsNameMembersAndMinistersAndAreOther() {
        Document d = plain("""
                Ukraine and Russia: Sanctions

                Volume 748: debated on Tuesday 14 May 2024

                Gareth Pryce (Hull West) (Lab): What assessment has the Minister made of the effect of sanctions on Russia's war in Ukraine?

                The Minister for Asia (Hannah Ashworth): Sanctions have cost Russia over $400 billion. We continue to work with Ukraine and our partners to tighten them, including on China's exports of components to Russia.

                Gareth Pryce: I thank the Minister. Will she also act against Iran's supply of drones?

                Hannah Ashworth: We have sanctioned Iran's drone makers.
                """);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Gareth Pryce", "Hannah Ashworth");
        assertThat(d.kind()).isEqualTo(Kind.OTHER);
        // honorifics before the member, a long office before the minister, "Hon. Members" is nobody
        Document frozen = plain("""
                Russia: Frozen Assets

                Hansard

                Mr Gareth Pryce (Hull West) (Lab): What steps is the Government taking to use frozen Russian assets for Ukraine?

                The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs (Hannah Ashworth): We are working with the G7 to use the proceeds of frozen Russian assets to support Ukraine.

                Dame Eleanor Whitcombe (Chelmsford North) (Con): Will the Minister confirm that Ukraine will get the money this year?

                Hannah Ashworth: I can confirm that Ukraine will receive support. Russia must pay.

                Hon. Members: Hear, hear.
                """);
        assertThat(frozen.speakers()).containsExactlyInAnyOrder("Gareth Pryce", "Hannah Ashworth", "Eleanor Whitcombe");
        assertThat(frozen.kind()).isEqualTo(Kind.OTHER);
        // the Lords: party tags without constituencies, "My Lords"
        assertThat(plain("""
                Iran: Detained British Nationals

                Lord Harkness (LD): My Lords, what representations have the Government made to Iran about detained British nationals?

                The Minister of State, Foreign, Commonwealth and Development Office (Lord Ellery) (Con): My Lords, we raise these cases with Iran at every opportunity. Iran must release them.
                """).kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void governmentStatementsReleasesAndAdvisoriesAreOther() {
        assertThat(plain("""
                G7 Foreign Ministers' Statement on Iran's Attack Against Israel

                Capri, 19 April 2024

                We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, condemn in the strongest terms Iran's direct and unprecedented attack against Israel. We call on Iran to stop its attacks and urge restraint.
                """).kind()).isEqualTo(Kind.OTHER);
        assertThat(plain("""
                U.S. Department of the Treasury

                Treasury Sanctions Network Supplying Russia's Military with Chinese Components

                May 1, 2024

                WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned nearly 300 individuals and entities in Russia, China and other countries supplying Russia's war against Ukraine. "Russia depends on China for components," said Secretary of the Treasury Janet L. Yellen.
                """).kind()).isEqualTo(Kind.OTHER);
        assertThat(plain("""
                Statement of the G7 Foreign Ministers on Iran

                Capri, 19 April 2024

                We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, condemn Iran's attack against Israel. We call on Iran to stop.
                """).kind()).isEqualTo(Kind.OTHER);
        assertThat(plain("""
                Treasury Targets Russian Evasion Networks in China and the UAE

                May 1, 2024

                WASHINGTON — The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned 16 entities in China and the United Arab Emirates that help Russia evade sanctions. Russia relies on these networks, the Treasury said.
                """).kind()).isEqualTo(Kind.OTHER);
        // a wire report quoting the statement's formula is still an article
        assertThat(plain("""
                G7 ministers condemn Iran's attack on Israel

                By Tom Reed
                April 19, 2024

                CAPRI, Italy (Reuters) - Foreign ministers from the Group of Seven condemned Iran's attack on Israel on Friday, according to a statement. "We, the G7 Foreign Ministers, condemn Iran," the statement said. Israel has vowed to respond.
                """).kind()).isEqualTo(Kind.ARTICLE);
        Document cisa = plain("""
                Cybersecurity Advisory

                Russian Military Cyber Actors Target US and Global Critical Infrastructure

                Release Date: September 05, 2024

                Alert Code: AA24-249A

                The Federal Bureau of Investigation (FBI), the Cybersecurity and Infrastructure Security Agency (CISA) and partners assess that cyber actors of Russia's GRU Unit 29155 target critical infrastructure in the United States and Ukraine. The actors have targeted NATO members in Europe and countries in Latin America.
                """);
        assertThat(cisa.kind()).isEqualTo(Kind.OTHER);
        assertThat(cisa.speakers()).isEmpty();
        assertThat(plain("Treasury sanctions Chinese firms over Russia support\n\nBy Jane Roe\nMay 1, 2024\n\n"
                + "The U.S. Treasury on Wednesday sanctioned firms in China, officials said.").kind())
                .isEqualTo(Kind.ARTICLE);
    }

    @Test
    void referenceManagerItemsGiveTitleAuthorsDateAbstractAndKindButNotTheirTags() {
        Document a = X.extract("item.json", """
                {
                  "key": "ABCD1234",
                  "itemType": "journalArticle",
                  "title": "Extended Deterrence and Nuclear Latency in South Korea",
                  "creators": [
                    {"firstName": "Soo-jin", "lastName": "Park", "creatorType": "author"},
                    {"firstName": "Daniel", "lastName": "Whitfield", "creatorType": "author"},
                    {"firstName": "Laura", "lastName": "Menon", "creatorType": "editor"}
                  ],
                  "abstractNote": "This article examines why South Korea debates nuclear weapons as North Korea expands its arsenal, and how the United States reassures Seoul. It compares South Korea with Japan and finds that North Korea's missile tests and doubts about the United States drive the debate.",
                  "publicationTitle": "Journal of East Asian Security",
                  "date": "2024-03-12",
                  "dateAdded": "2025-01-05T10:00:00Z",
                  "accessDate": "2025-01-05T10:00:00Z",
                  "url": "https://example.org/article/123",
                  "tags": [{"tag": "Korea"}, {"tag": "Nukes"}, {"tag": "to read"}]
                }
                """);
        assertThat(a.title()).isEqualTo("Extended Deterrence and Nuclear Latency in South Korea");
        assertThat(a.kind()).isEqualTo(Kind.ARTICLE);
        assertThat(a.speakers()).containsExactly("Soo-jin Park", "Daniel Whitfield"); // not the editor
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 12)); // not dateAdded
        assertThat(a.countries()).contains("South Korea", "North Korea", "United States");
        assertThat(a.topics()).doesNotContain("Korea", "Nukes", "to read");
        assertThat(a.source()).isEqualTo("Journal of East Asian Security");
        Document p = X.extract("export.json", """
                [{"itemType": "podcast", "title": "Sanctions on Russia, Two Years On", "creators": [{"firstName": "Anna", "lastName": "Kovacs", "creatorType": "podcaster"}, {"firstName": "Mark", "lastName": "Ellison", "creatorType": "guest"}], "abstractNote": "Anna Kovacs and Mark Ellison discuss whether sanctions on Russia have worked, and how China and India buy Russian oil. Russia still sells oil to China and India.", "seriesTitle": "Eurasia Brief", "date": "February 26, 2024", "dateAdded": "2025-02-01"}]
                """);
        assertThat(p.kind()).isEqualTo(Kind.PODCAST);
        assertThat(p.speakers()).containsExactlyInAnyOrder("Anna Kovacs", "Mark Ellison");
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(p.countries()).contains("Russia", "China", "India");
        Document r = X.extract("report.json", """
                {"itemType": "report", "title": "Japan's Defense White Paper 2024: Key Points", "creators": [{"lastName": "Ministry of Defense", "creatorType": "author", "fieldMode": 1}], "abstractNote": "Japan's defense white paper names China and North Korea as its main challenges and describes cooperation with the United States.", "date": "2024", "keywords": ["defence", "Japan"]}
                """);
        assertThat(r.kind()).isEqualTo(Kind.OTHER);
        assertThat(r.speakers()).isEmpty(); // an institutional author
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.topics()).doesNotContain("defence");
        // a tag that is a taxonomy label is a topic; the free tags beside it are not
        Document tagged = X.extract("tagged.json", """
                {"itemType": "newspaperArticle", "title": "Oil Exports Under Pressure", "date": "2024-05-02",
                 "abstractNote": "Tankers leaving the Baltic ports face new checks.",
                 "tags": [{"tag": "sanctions"}, {"tag": "shipping"}], "keywords": ["Baltic"]}
                """);
        assertThat(tagged.topics()).contains("sanctions").doesNotContain("shipping", "Baltic");
    }
}
