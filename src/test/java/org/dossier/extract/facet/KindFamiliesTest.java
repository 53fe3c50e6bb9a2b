package org.dossier.extract.facet;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Kind;
import org.junit.jupiter.api.Test;

/** Official material by its own forms, news that reports on it, and menus that name no genre. */
class KindFamiliesTest {
    private static final KindClassifier KINDS = new KindClassifier();
    private static final String PROSE = "The two sides discussed regional security, trade and the situation on the peninsula, "
            + "and agreed to stay in close contact in the weeks ahead.\n";

    private static Kind kind(String title, String header, String body) {
        return KINDS.classify(title, header, body, false, false);
    }

    @Test
    void committeeEvidence() {
        assertThat(kind("Arctic security", "Defence Committee\nOral evidence: Arctic security, HC 410\nMembers present: Jane Roe (Chair); Tom Poe.",
                "Q12 Chair: Welcome to our witnesses.\nDr Lund: Thank you.\nQ13 Tom Poe: What about Svalbard?\n" + PROSE)).isEqualTo(Kind.OTHER);
        assertThat(kind("Sanctions enforcement", "Treasury Committee", "Chair: Good morning and welcome to our witnesses.\n" + PROSE))
                .isEqualTo(Kind.OTHER);
        assertThat(kind("Hearing on Taiwan", "", "THE CHAIRMAN. The committee will come to order.\n" + PROSE)).isEqualTo(Kind.OTHER);
        assertThat(kind("Hearing on Taiwan", "", "Chairman Harlow. The committee will hear from two witnesses today.\n" + PROSE))
                .isEqualTo(Kind.OTHER);
    }

    @Test
    void briefingTranscripts() {
        assertThat(kind("Press Gaggle by Press Secretary Ann Doe En Route Madrid", "", "MS. DOE: Good morning.\nQ: Any news on the summit?\n"
                + "MR. ROE: Not yet.\n" + PROSE)).isEqualTo(Kind.OTHER);
        assertThat(kind("2024年3月5日外交部发言人主持例行记者会", "", "路透社记者：中方对此有何评论？\n毛宁：我们注意到有关报道。\n")).isEqualTo(Kind.OTHER);
        // a paper's own interview labels its reporter without an outlet: an article
        assertThat(kind("专访：大使谈中欧关系", "", "本报记者：您如何看待当前的中欧关系？\n大使：总体稳定。\n" + PROSE)).isNotEqualTo(Kind.OTHER);
        // a news agency's report on a briefing is news
        assertThat(kind("外交部发言人就半岛局势答记者问", "", "新华社北京3月5日电 外交部发言人5日在例行记者会上回答了记者提问。\n有记者问：中方如何看待？\n"))
                .isEqualTo(Kind.ARTICLE);
    }

    @Test
    void readoutsFactSheetsWhitePapersSpeeches() {
        assertThat(kind("Secretary's Call with the Foreign Minister of Chile", "READOUT\nOFFICE OF THE SPOKESPERSON",
                "The Secretary spoke today with Foreign Minister Ruiz. " + PROSE)).isEqualTo(Kind.OTHER);
        assertThat(kind("Readout of the Deputy Secretary's Meeting with ASEAN Ambassadors", "", PROSE)).isEqualTo(Kind.OTHER);
        assertThat(kind("U.S.-Philippines Alliance", "Embassy of the United States", "FACT SHEET: U.S.-Philippines Alliance\n- 70 years of alliance.\n" + PROSE))
                .isEqualTo(Kind.OTHER);
        assertThat(kind("China's Arctic Policy", "White Paper\nThe State Council Information Office", "I. Introduction\n" + PROSE))
                .isEqualTo(Kind.OTHER);
        assertThat(kind("Statement at the General Debate", "", "Check against delivery\nMr. President, Excellencies,\n" + PROSE))
                .isEqualTo(Kind.OTHER);
        assertThat(kind("Ministry announces new export controls", "", PROSE + "Media contact: press@example.gov\nNotes to editors\n"))
                .isEqualTo(Kind.OTHER);
        assertThat(kind("Leaders' Summit Declaration", "", PROSE)).isEqualTo(Kind.OTHER);
        assertThat(kind("Gemeinsame Erklärung der Außenminister", "", "Die Außenminister trafen sich in Rom.\n")).isEqualTo(Kind.OTHER);
        assertThat(kind("中华人民共和国和越南社会主义共和国联合声明", "", "应邀，双方举行会谈。\n")).isEqualTo(Kind.OTHER);
        assertThat(kind("한미 외교장관 공동성명", "", "양국 장관은 회담을 가졌다.\n")).isEqualTo(Kind.OTHER);
    }

    @Test
    void newsAboutOfficialMaterialStaysNews() {
        assertThat(kind("China issues white paper on Arctic policy", "By Jane Doe", "BEIJING, Jan 26 (Reuters) - China released a white paper on "
                + "Friday. " + PROSE)).isEqualTo(Kind.ARTICLE);
        assertThat(kind("Minister says talks will go on", "", "A ministry readout of the call said the two sides spoke by phone. " + PROSE))
                .isEqualTo(Kind.ARTICLE);
        // a Korean wire story quoting a New Year address
        assertThat(kind("北 김정은 신년사 \"핵무기 생산 멈추겠다\"", "", "(서울=연합뉴스) 홍길동 기자 = 북한 김정은 국무위원장은 1일 신년사에서 밝혔다.\n"
                + "그는 \"친애하는 동지들\"이라고 말했다.\n")).isEqualTo(Kind.ARTICLE);
        assertThat(kind("中俄发表联合声明", "", "新华社莫斯科5月16日电 两国元首签署并发表联合声明。\n")).isEqualTo(Kind.ARTICLE);
        assertThat(kind("日米首脳が電話会談", "", "【ワシントン＝山田太郎】日米両首脳は5日、電話で会談した。\n")).isEqualTo(Kind.ARTICLE);
    }

    @Test
    void playerPagesWithoutPlatformWords() {
        // an undated player page: skip controls and the hosts' own sign-off
        assertThat(kind("Rice, Rails and Ports", "Harbour Talk\n  ⏪ 15   ▶   30 ⏩\nDownload · Share",
                "I'm Ana Ruiz, and with me is my co-host.\n" + PROSE + "Okay, that's our show.\n")).isEqualTo(Kind.PODCAST);
        // a listing page whose only date is an update stamp: length, play count, highlight times
        assertThat(kind("Fishing Fleets and Coast Guards", "Episode | Harbour Talk\nDuration: 42:10\nPlays: 1,204",
                PROSE + "Episode Highlights\n- 03:10 The fleet\n- 18:45 What the coast guard can do\n")).isEqualTo(Kind.PODCAST);
        // not a player: a schedule's clock times, a report's "length" and "plays" in prose
        assertThat(kind("Ministers meet in Oslo", "By Jane Doe", "- 09:00 AM Registration\n"
                + "The length of the talks surprised no one, and the minister plays down the rift.\n" + PROSE)).isEqualTo(Kind.ARTICLE);
    }

    @Test
    void thinkTankEventTranscriptsAreOther() {
        assertThat(kind("Grid Security After the Blackout", "Panel discussion · Oslo",
                "**Moderator:** Kari Lund, Nordic Forum\n**Panelists:** Ivo Berg; Mia Holm\n\nKari Lund: Welcome.\n" + PROSE))
                .isEqualTo(Kind.OTHER);
        assertThat(kind("A Fireside Chat on Arms Control", "Home » Events » Fireside Chat",
                "PARTICIPANTS\n- Ann Roe, President\n- Tom Poe, former official\n\nANN ROE: Welcome, Tom.\n" + PROSE))
                .isEqualTo(Kind.OTHER);
        assertThat(kind("After the Summit", "Webinar · Transcript", "[00:00:10] Ann Roe: Good evening, and welcome to this webinar. "
                + "I'll be moderating.\n" + PROSE)).isEqualTo(Kind.OTHER);
        // a podcast that mentions an event is still a podcast; a news story about a panel is news
        assertThat(kind("Ep. 12: What the Panel Missed", "", "Welcome to the show. In this episode we look back at last week's webinar. "
                + PROSE + "Thanks for listening, and subscribe on Apple Podcasts.\n")).isEqualTo(Kind.PODCAST);
        assertThat(kind("Experts split on grid security", "By Jane Doe", "(Reuters) - Experts told a panel discussion in Oslo on Tuesday "
                + "that grids are at risk. " + PROSE)).isEqualTo(Kind.ARTICLE);
    }

    @Test
    void publicRadioStoryTranscriptIsArticle() {
        assertThat(kind("Ports reopen after the storm", "Heard on Evening Edition",
                "Listen · 4:12\nJOHN MARSH, HOST:\n" + PROSE + "ANA RUIZ, BYLINE: The port reopened on Monday.\n"))
                .isEqualTo(Kind.ARTICLE);
        // a podcast's host in running text is no radio story
        assertThat(kind("Episode 9: The Port", "", "Your host, John Marsh, talks to Ana Ruiz in this episode. Listen on Spotify.\n" + PROSE))
                .isEqualTo(Kind.PODCAST);
    }

    @Test
    void menuItemsAreNoEvidence() {
        String nav = "Analysis  Podcasts  Members  Events  Jobs  About\nHome | News | Podcasts | Video | Newsletters\n";
        assertThat(kind("Why Deterrence Failed", nav, PROSE + PROSE)).isEqualTo(Kind.ARTICLE);
        assertThat(NavigationLines.isMenuItem("Home | News | Podcasts | Video", 14, 8)).isTrue();
        assertThat(NavigationLines.isMenuItem("Home News World Podcasts Video About", 16, 8)).isTrue();
        assertThat(NavigationLines.isMenuItem("Home News World Podcasts Video About Our Hosts", 16, 8)).isFalse();
        // not a menu: prose, or the word is not a whole item
        String prose = "In this week's podcasts we talk about sanctions.";
        assertThat(NavigationLines.isMenuItem(prose, prose.indexOf("podcasts"), 8)).isFalse();
        String meta = "Foreign Desk Podcast | Episode 12 | 45 min | Listen";
        assertThat(NavigationLines.isMenuItem(meta, meta.indexOf("Podcast"), 7)).isFalse();
        // a podcast's own words still count
        assertThat(kind("Ep. 41: The Sanctions Maze", "", "In this episode, our host talks with a guest about listeners' questions.\n" + PROSE))
                .isEqualTo(Kind.PODCAST);
    }

    @Test
    void rosterLabelsOfAnEpisodePage() {
        assertThat(kind("The Grain Corridor", "Host: Mara Velde\nGuest: Otto Brenn", PROSE)).isEqualTo(Kind.PODCAST);
        assertThat(kind("The Grain Corridor", "", "**Guests:** Otto Brenn and Lea Sand\n" + PROSE)).isEqualTo(Kind.PODCAST);
        assertThat(kind("흑해 곡물 회랑", "진행\n김하늘 (연구위원)\n출연\n이도윤 (교수)", PROSE)).isEqualTo(Kind.PODCAST);
        assertThat(kind("흑해 곡물 회랑", "진행: 김하늘\n출연: 이도윤", PROSE)).isEqualTo(Kind.PODCAST);
        // an event hosted by an institution, a Korean sentence that starts with 진행 or 출연: no roster
        assertThat(kind("The Grain Corridor", "Hosted by the Baltic Institute", PROSE + PROSE)).isEqualTo(Kind.ARTICLE);
        assertThat(kind("흑해 곡물 회랑", "", "진행 중인 협상은 다음 주에 재개될 예정이다.\n출연 기관들은 추가 지원을 약속했다.\n" + PROSE)).isEqualTo(Kind.ARTICLE);
    }

    @Test
    void russianPodcastPlatformPage() {
        assertThat(kind("Зерновой коридор", "обложка эпизода Зерновой коридор\nлоготип подкаста Южный ветер", PROSE)).isEqualTo(Kind.PODCAST);
        assertThat(kind("Зерновой коридор", "", "В новом выпуске подкаста ведущий обсуждает экспорт зерна.\n" + PROSE)).isEqualTo(Kind.PODCAST);
        // a news story about a cover or a logo is no platform page
        assertThat(kind("Новый логотип министерства", "", "Министерство представило новый логотип ведомства.\n" + PROSE + PROSE)).isEqualTo(Kind.ARTICLE);
    }

    private static final String ARTICLE_PROSE = "<p>" + PROSE + PROSE + "</p>";

    private static Kind page(org.dossier.extract.parse.ParsedPage p) {
        if (p.explicitKind != null) {
            return Kind.fromId(p.explicitKind).orElseThrow();
        }
        return KINDS.classify(p.title, p.header, p.body, p.podcastPage, p.articlePage);
    }

    @Test
    void htmlEpisodePagesOutweighADefaultOgTypeArticle() {
        org.dossier.extract.parse.HtmlParser html = new org.dossier.extract.parse.HtmlParser();
        String head = "<html><head><meta property=\"og:type\" content=\"article\"></head><body>";
        // an audio player, or an episode container holding the heading
        assertThat(page(html.parse(head + "<article><h1>The Grain Corridor</h1><audio controls src=\"/a/ep12.mp3\"></audio>"
                + "<ul><li>Host: Mara Velde</li></ul>" + ARTICLE_PROSE + "</article></body></html>"))).isEqualTo(Kind.PODCAST);
        assertThat(page(html.parse(head + "<div class=\"podcast-view\"><h2>흑해 곡물 회랑</h2><dl><dt>진행</dt><dd>김하늘</dd></dl>"
                + ARTICLE_PROSE + "</div></body></html>"))).isEqualTo(Kind.PODCAST);
        // an article with a sidebar of episode cards, or one that only mentions a podcast, stays an article
        assertThat(page(html.parse(head + "<article><h1>Why Grain Matters</h1>" + ARTICLE_PROSE + "</article>"
                + "<div class=\"episode\"><h3>Latest episode</h3></div></body></html>"))).isEqualTo(Kind.ARTICLE);
    }

    @Test
    void jsonRecordsGenreFieldsKeysAndRoles() {
        org.dossier.extract.parse.JsonDocumentParser json = new org.dossier.extract.parse.JsonDocumentParser();
        String text = "\"body\":\"" + PROSE.strip() + " " + PROSE.strip() + "\"";
        assertThat(page(json.parse("{\"title\":\"Ep 3\",\"type\":\"podcast_episode\"," + text + "}"))).isEqualTo(Kind.PODCAST);
        assertThat(page(json.parse("{\"title\":\"Ep 3\",\"show\":\"Harbour Talk\",\"hosts\":[\"Mara Velde\"]," + text + "}")))
                .isEqualTo(Kind.PODCAST);
        assertThat(page(json.parse("{\"title\":\"Panel\",\"record_type\":\"event_transcript\"," + text + "}"))).isEqualTo(Kind.OTHER);
        assertThat(page(json.parse("{\"title\":\"Panel\",\"participants\":[{\"name\":\"A Roe\",\"role\":\"moderator\"},"
                + "{\"name\":\"B Poe\",\"role\":\"panelist\"}]," + text + "}"))).isEqualTo(Kind.OTHER);
        assertThat(page(json.parse("{\"title\":\"Ep\",\"participants\":[{\"name\":\"A Roe\",\"role\":\"host\"},"
                + "{\"name\":\"B Poe\",\"role\":\"guest\"}]," + text + "}"))).isEqualTo(Kind.PODCAST);
        // a news item's type, an event's hosting institution: no podcast
        assertThat(page(json.parse("{\"title\":\"News\",\"type\":\"news_story\"," + text + "}"))).isEqualTo(Kind.ARTICLE);
        assertThat(page(json.parse("{\"title\":\"News\",\"host\":\"Baltic Institute\"," + text + "}"))).isEqualTo(Kind.ARTICLE);
    }
}
