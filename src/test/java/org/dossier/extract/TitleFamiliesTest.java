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

    @Test
    void menuRowsWithWideGapsAndASiteNameAreNoTitle() {
        assertThat(title("Harbourline Weekly  |  Home  Episodes  About  Subscribe  Contact\n\nCranes and Strikes: The Port Standoff\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
        assertThat(title("Skip navigation   Sign in\n\nCranes and Strikes: The Port Standoff\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
        assertThat(title("Open in app   Sign up   Sign in\nWrite   Search\n\nCranes and Strikes: The Port Standoff\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
        assertThat(title("Home | Consular Services | Visas | Our Partnership | News & Events\n\nCranes and Strikes: The Port Standoff\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
        assertThat(title("항구방송  |  홈  인기  최신  로그인\n\n항만 파업, 무엇이 달라졌나\n\n2025.05.02\n\n" + PROSE))
                .isEqualTo("항만 파업, 무엇이 달라졌나");
    }

    @Test
    void aSiteNameAboveItsMenuRowIsAMasthead() {
        assertThat(title("Harbour Times\nPorts | Shipping | Politics | Economy | Opinion | Life & Arts\n\nCranes and strikes leave the port standoff unresolved\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and strikes leave the port standoff unresolved");
    }

    @Test
    void cookieBannersWithAButtonAreNoTitle() {
        assertThat(title("We use cookies to measure traffic. By continuing you agree. [OK]\n\nHarbour cranes go quiet\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Harbour cranes go quiet");
        assertThat(title("Wir verwenden Cookies. [Alle akzeptieren] [Einstellungen]\n\nHafenkräne stehen still\n\n02.05.2025\n\n" + PROSE))
                .isEqualTo("Hafenkräne stehen still");
    }

    @Test
    void titlesWithGapsOrBarsButNoMenuWordsStayTitles() {
        assertThat(title("Cranes  and  Strikes at the Port\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Cranes and Strikes at the Port");
        assertThat(title("Cookies, Crumbs and Cranes: A Baker's Port Strike\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cookies, Crumbs and Cranes: A Baker's Port Strike");
        assertThat(title("Sanctions on Russian Oil | Shipping Lanes | Insurance\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Sanctions on Russian Oil | Shipping Lanes | Insurance");
    }

    @Test
    void whateverSitsAboveAMenuRowIsTheMasthead() {
        assertThat(title("Harbour Council  |  Assembly of the Harbour Council of Ports\nHome  About  Meetings  Documents  Contact\n\n"
                + "Statement by the Port Authority on the Strike\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Statement by the Port Authority on the Strike");
        // a row of listening links below the headline is no menu: the headline stays
        assertThat(title("Cranes and Strikes: The Port Standoff\n\nListen: Apple Podcasts | Spotify | Overcast | Pocket Casts\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
    }

    @Test
    void episodeCodesShowTagsAndPlatformSuffixesAreCut() {
        assertThat(title("E12 Cranes and Strikes: The Port Standoff\n\nMay 2, 2025 · 41 min\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes: The Port Standoff");
        assertThat(title("[항구이야기] 항만 파업, 무엇이 달라졌나\n\n2025.05.02\n\n" + PROSE)).isEqualTo("항만 파업, 무엇이 달라졌나");
        assertThat(title("Are the Ports Closing for Good? | Live Q&A\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Are the Ports Closing for Good?");
        assertThat(title("Harbour Hour Podcast: Cranes and Strikes at the Port Transcript\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes at the Port");
    }

    @Test
    void numberedEpisodesAndAPagesOwnTranscriptWordStay() {
        assertThat(title("Episode 45: Cranes and Strikes\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Episode 45: Cranes and Strikes");
        assertThat(title("Department Press Briefing on the Port Strike Transcript\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Department Press Briefing on the Port Strike Transcript");
        assertThat(title("Eastern Ports Brace for a Long Strike\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Eastern Ports Brace for a Long Strike");
    }

    @Test
    void aMailHeaderBlocksSubjectIsTheNewslettersTitle() {
        String mail = "From: Harbour Brief <news@harbour.example.com>\nTo: reader@example.org\nDate: Fri, 2 May 2025 06:00:00 +0000\n"
                + "Subject: Cranes stop in three ports; talks resume Monday\n\n";
        assertThat(X.extract("brief.md", mail + "# HARBOUR BRIEF\n\n**Good morning.** " + PROSE).title())
                .isEqualTo("Cranes stop in three ports; talks resume Monday");
        assertThat(title(mail + "HARBOUR BRIEF\n\n" + PROSE)).isEqualTo("Cranes stop in three ports; talks resume Monday");
        // a page that merely opens with a "Date:" label is no e-mail
        assertThat(title("Date: May 2, 2025\n\nCranes and Strikes at the Port\n\n" + PROSE)).isEqualTo("Cranes and Strikes at the Port");
    }

    @Test
    void aMarkdownSiteHeadingAboveItsMenuOfLinksIsNoTitle() {
        String md = "# Harbour Notes\n\n[Home](https://h.example.com) · [Archive](https://h.example.com/archive) · [About](https://h.example.com/about)\n\n"
                + "---\n\n## Cranes Stop, Talks Resume\n\n### What the strike tells us about the ports\n\n" + PROSE;
        assertThat(X.extract("post.md", md).title()).isEqualTo("Cranes Stop, Talks Resume");
        String plain = "# Cranes Stop, Talks Resume\n\n## Background\n\n" + PROSE;
        assertThat(X.extract("post.md", plain).title()).isEqualTo("Cranes Stop, Talks Resume");
    }

    @Test
    void aStraplineAboveAQuestionHeadlineIsNoTitle() {
        assertThat(title("HARBOUR HOUR\nPorts and power, explained by people who run them.\n\nAre the Ports Closing for Good?\n\n"
                + "Season 2 · Episode 4 · 38 mins\n\n" + PROSE)).isEqualTo("Are the Ports Closing for Good?");
        // a question in prose below a sentence is no headline: the sentence line is the title
        assertThat(title("Ports and power.\n\nAre the ports closing for good? Nobody knows. Talks resume on Monday.\n\n" + PROSE))
                .isEqualTo("Ports and power.");
    }

    @Test
    void aMenuRowOpeningWithTheSitesAddress() {
        assertThat(title("The Harbour Council Information Office of the Port Authority\nharbour.example.gov | Home | White Papers | Press Conferences\n\n"
                + "White Papers\n\nThe Port's Security in the New Era\n\nJuly 24, 2019\n\n" + PROSE)).isEqualTo("The Port's Security in the New Era");
    }

    @Test
    void aQuoteHeadlineInGuillemetsAboveItsDek() {
        org.dossier.model.Document d = X.extract("doc.txt", "Портовый Вестник  |  Политика  Экономика  Мир  Бизнес  Подписка\nВойти\n\n"
                + "«Порты работают на пределе, но работают»\n\nДиректор морского союза Павел Орлов — о грузах из Египта и тарифах\n\n"
                + "12.03.2025\nБеседовала Ольга Зимина\n\nГрузооборот портов вырос за год, поставки из Египта удвоились.\n");
        assertThat(d.title()).isEqualTo("Порты работают на пределе, но работают");
        assertThat(d.countries()).contains("Egypt"); // the dek's mention still counts
    }

    @Test
    void aTranscriptServicesShowNameWithAnAmpersand() {
        assertThat(title("Ports & Power Podcast: Cranes and Strikes at the Port Transcript\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Cranes and Strikes at the Port");
    }

    // --- Scraper records: the title field goes by what was scraped; a written-out null is none ---

    @Test
    void aRecordsHeadlineOrEpisodeTitleFieldIsItsTitle() {
        assertThat(X.extract("r.json", "{\"headline\": \"Harbour cranes go quiet\", \"authors\": [\"Ines Duarte\"], \"text\": \""
                + PROSE.strip() + "\"}").title()).isEqualTo("Harbour cranes go quiet");
        assertThat(X.extract("r.json", "{\"show\": \"Harbour Hour\", \"episode_title\": \"Cranes, strikes and the port standoff\", "
                + "\"description\": \"" + PROSE.strip() + "\"}").title()).isEqualTo("Cranes, strikes and the port standoff");
        // the item's own title wins over a headline field beside it
        assertThat(X.extract("r.json", "{\"title\": \"Cranes go quiet\", \"headline\": \"CRANES GO QUIET (UPDATED)\", \"text\": \""
                + PROSE.strip() + "\"}").title()).isEqualTo("Cranes go quiet");
    }

    @Test
    void aWrittenOutNullIsNoTitle() {
        String t = X.extract("r.json", "{\"title\": \"null\", \"text\": \"Harbour cranes go quiet\\n\\n" + PROSE.strip() + "\"}").title();
        assertThat(t).isNotEqualTo("null").isEqualTo("Harbour cranes go quiet");
    }

    // --- A publication's or show's name above the post's own headline ---

    @Test
    void aMarkdownPublicationOrNumberedShowHeadingAboveTheHeadline() {
        assertThat(X.extract("p.md", "# The Harbour Letter\n\n## Cranes go quiet as the port strike spreads\n\n" + PROSE).title())
                .isEqualTo("Cranes go quiet as the port strike spreads");
        assertThat(X.extract("p.md", "# Harbour Hour — Episode 12\n\n## Cranes, strikes and the standoff\n\n**Hosts:** Ines Duarte\n\n" + PROSE).title())
                .isEqualTo("Cranes, strikes and the standoff");
        // a headline with a section heading below it stays the title
        assertThat(X.extract("p.md", "# Harbour cranes go quiet\n\n## What happened at the port\n\n" + PROSE).title())
                .isEqualTo("Harbour cranes go quiet");
    }

    @Test
    void aTranscriptLabelAboveTheEpisodeTitle() {
        assertThat(title("The Harbour Hour\nEpisodes  Transcripts  About\n\nTranscript\n\nCan the Port Strike Be Settled?\n\n"
                + "Episode Date: May 2, 2025\nHosts: Ines Duarte\n\nSpeaker 1 (00:00):\n" + PROSE)).isEqualTo("Can the Port Strike Be Settled?");
    }

    @Test
    void aNewsletterNameAndIssueNumberBeforeTheHeadline() {
        assertThat(title("From: The Harbour Letter <news@harbour.example>\nDate: Fri, 2 May 2025 07:00:00 +0000\n"
                + "Subject: The Harbour Letter #88: Cranes go quiet\n\n" + PROSE)).isEqualTo("Cranes go quiet");
        assertThat(title("Port Notes, Issue 12 — Strikes spread along the coast\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Strikes spread along the coast");
        // a number inside the headline, or a headline opening with its number, stays
        assertThat(title("G7 #1 priority: keeping ports open\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("G7 #1 priority: keeping ports open");
        assertThat(title("#5: Cranes go quiet at the port\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Cranes go quiet at the port");
        // a video's show and number before a dash keep their place (that is how the video is titled)
        assertThat(title("The Harbour Podcast #41 — Cranes: Who Stopped the Port?\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("The Harbour Podcast #41 — Cranes: Who Stopped the Port?");
    }

    @Test
    void aShowNameWithAHashNumberAfterTheTitle() {
        assertThat(title("Can the Port Strike Be Settled? | Harbour Roundtable #22\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Can the Port Strike Be Settled?");
    }

    @Test
    void aSocialFollowRowAndAFullWidthMenuAreNoTitle() {
        assertThat(title("Harbour Review\nHome  Analysis  Podcasts  About\nFollow us:  X  Bluesky  RSS\n\nLONG READ\n\n"
                + "Cranes, strikes and the long standoff at the port\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Cranes, strikes and the long standoff at the port");
        assertThat(title("ニュース｜政治｜国際｜経済｜ログイン\n\n港湾ストライキは終わるのか\n\n2025年3月2日\n\n港湾の取扱量は前年より5％増えた。\n"))
                .isEqualTo("港湾ストライキは終わるのか");
        // a headline that asks readers to follow something is a headline
        assertThat(title("Follow the money: how port fees fund the strike\n\nMay 2, 2025\n\n" + PROSE))
                .isEqualTo("Follow the money: how port fees fund the strike");
    }

    @Test
    void aPlatformsNameAloneAfterTheTitle() {
        assertThat(title("Cranes and Strikes at the Port - YouTube\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Cranes and Strikes at the Port");
        assertThat(title("Cranes and Strikes at the Port | Spotify\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Cranes and Strikes at the Port");
        // a title about the platform keeps its words
        assertThat(title("Why Russia Throttled YouTube\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("Why Russia Throttled YouTube");
        assertThat(title("YouTube - a decade of port propaganda\n\nMay 2, 2025\n\n" + PROSE)).isEqualTo("YouTube - a decade of port propaganda");
    }
}
