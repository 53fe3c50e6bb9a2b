package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.junit.jupiter.api.Test;

/**
 * Families of speaker and kind forms (bylines, role words, role-labelled lines, CJK turn labels,
 * sign-offs, bios, podcast signs), each with made-up examples and the traps next to them.
 */
class SpeakerFamiliesTest {
    static final DocumentExtractor X = SeedDocumentsTest.EXTRACTOR;

    private static Document plain(String text) {
        return X.extract("doc.txt", text);
    }

    private static final String PROSE = """
            The negotiations resumed on Tuesday after a pause of several weeks, officials said, with both
            delegations bringing new proposals on inspections and on the sequencing of sanctions relief.
            Diplomats described the atmosphere as businesslike but cautious.
            """;

    // --- Bylines ---

    @Test
    void capitalsBylineWithTwoAuthorsIsSplitAndTitleCased() {
        Document d = plain("Ferry talks stall in Busan\n\nBY GRETA LINDQVIST AND OMAR BELHAJ\n\nMarch 3, 2025\n\n" + PROSE);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Greta Lindqvist", "Omar Belhaj");
    }

    @Test
    void bylineListsWithCommasAmpersandAndOxfordComma() {
        Document d = plain("Grain corridor, year two\n\nBy Ines Duarte, Pavel Novak, and Lucy Tan\n\nMay 9, 2024\n\n" + PROSE);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Ines Duarte", "Pavel Novak", "Lucy Tan");
        Document e = plain("Grain corridor, year three\n\nBy Ines Duarte & Lucy Tan\n\nMay 9, 2025\n\n" + PROSE);
        assertThat(e.speakers()).containsExactlyInAnyOrder("Ines Duarte", "Lucy Tan");
    }

    @Test
    void aByPhraseThatNamesNobodyIsNoByline() {
        Document d = plain("Budget outlook\n\nBy the end of 2024 the deficit had doubled.\n\n" + PROSE);
        assertThat(d.speakers()).isEmpty();
    }

    @Test
    void russianAndJapaneseBylineWords() {
        Document ru = plain("«Пошлины — это надолго»\n\nБеседовала Ольга Зимина\n\n12 марта 2025\n\n"
                + "Экономист рассказал о торговле и пошлинах. Разговор шёл о рынках и о ценах на зерно.\n");
        assertThat(ru.speakers()).contains("Ольга Зимина");
        Document ru2 = plain("Северный маршрут\n\nАвтор: Глеб Соколов\n\n5 мая 2025\n\n"
                + "Судоходство по Северному морскому пути растёт. Перевозки выросли на треть за год.\n");
        assertThat(ru2.speakers()).contains("Глеб Соколов");
        Document ja = plain("北極海航路の行方\n\n**執筆：森田 真由美**（海洋政策研究所）\n\n2025年4月2日\n\n"
                + "北極海航路の利用が増えている。各国の思惑が交錯している。\n");
        assertThat(ja.speakers()).contains("森田 真由美");
    }

    @Test
    void japaneseDatelineBylineNamesEachReporter() {
        Document d = plain("漁業協議が決裂　次回は未定\n\n2025年5月20日\n\n【ソウル＝岡田健太、東京＝高野美咲】\n\n"
                + "日韓の漁業協議は20日、合意に至らず決裂した。双方は次回の日程を決めていない。\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("岡田健太", "高野美咲");
    }

    @Test
    void bylineWithoutByNamingReportersWithDeskAndCity() {
        Document d = plain("Ceasefire monitors reach the border\n\nA first team arrived on Monday\n\n"
                + "Hana Ibrahim, security correspondent, and Tomas Berg in Amman\n"
                + "Mon 10 Mar 2025 09.15 GMT\n\n" + PROSE);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Hana Ibrahim", "Tomas Berg");
    }

    @Test
    void aSitesNameBeforeTheDateIsNoAuthor() {
        Document d = plain("Baltic ports brace for a year of change\n\nForeign Policy | March 3, 2025\n\n" + PROSE);
        assertThat(d.speakers()).isEmpty();
    }

    @Test
    void aNameLineWithItsDeskOrCityOnTheNextLine() {
        Document d = plain("Fishing talks collapse again\n\nNadia Petrescu\nDiplomatic editor\nTue 4 Mar 2025 11.02 GMT\n\n" + PROSE);
        assertThat(d.speakers()).containsExactly("Nadia Petrescu");
        Document e = plain("Fishing talks collapse again\n\nNadia Petrescu\nin Seoul\nTue 4 Mar 2025 11.02 GMT\n\n" + PROSE);
        assertThat(e.speakers()).containsExactly("Nadia Petrescu");
    }

    @Test
    void coAuthorsBiosInOneClosingLine() {
        Document d = plain("Rethinking extended deterrence\n\nJune 2, 2025\n\n" + PROSE + "\n"
                + "Aiko Brandt is a fellow at the Pacific Forum. Ruben Salas is a senior adviser at the Atlantic Desk Group.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Aiko Brandt", "Ruben Salas");
    }

    @Test
    void newsletterSignOffIsTheAuthor() {
        Document d = plain("Subject: Drones over the Baltic, and a new envoy\n\nFebruary 14, 2025\n\n" + PROSE
                + "\nSee you next week.\n\n-- Nils Eriksen\n");
        assertThat(d.speakers()).contains("Nils Eriksen");
    }

    @Test
    void aConversationWithHeadlineNamesTheInterviewee() {
        Document d = plain("\"Nobody Wants to Blink\": A Conversation With Selin Arslan\n\nInterview by Mark Oduya\nApril 4, 2025\n\n"
                + "Q: Where do the talks stand?\nA: Nowhere yet.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Selin Arslan", "Mark Oduya");
    }

    @Test
    void aPhoneConversationInNewsNamesNoSpeaker() {
        Document d = plain("Leaders discuss trade\n\nMarch 1, 2025\n\n"
                + "The prime minister held a phone conversation with Olaf Brenner on Friday, officials said. " + PROSE);
        assertThat(d.speakers()).isEmpty();
    }

    @Test
    void aJapaneseDatelineNamingAnAgencyNamesNoReporter() {
        Document d = plain("港湾協議が再開\n\n2025年5月20日\n\n（釜山＝共同）\n\n"
                + "日韓の港湾協議は20日、再開された。双方は次回の日程を決めた。\n");
        assertThat(d.speakers()).isEmpty();
    }

    @Test
    void aReporterSignOffLineAtTheEndInJapaneseAndChinese() {
        Document ja = plain("港湾協議が再開\n\n2025年5月20日\n\n日韓の港湾協議は20日、再開された。双方は次回の日程を決めた。\n\n（釜山支局）村井達也特派員\n");
        assertThat(ja.speakers()).containsExactly("村井達也");
    }

    @Test
    void theIntervieweeDescribedBeforeTheFirstQuestion() {
        Document d = plain("Notes From a River Port\n\nInterview by Paula Greer\nMarch 4, 2025\n\n"
                + "Ayla Demir is a Turkish historian who has written two books on the Danube. We talked about trade.\n\n"
                + "Q: How is the port coping?\n\nIt is hard.\n\nQ: And the government?\n\nSlow.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Paula Greer", "Ayla Demir");
    }

    @Test
    void aPersonDescribedInANewsLeadIsNoInterviewee() {
        Document d = plain("River port reopens\n\nBy Paula Greer\n\nMarch 4, 2025\n\n"
                + "Ayla Demir is a Turkish historian who has written two books on the Danube, and she welcomed the news.\n"
                + (PROSE + "\n").repeat(8)); // a lead far from the end, where closing bios are read
        assertThat(d.speakers()).containsExactly("Paula Greer");
    }

    // --- Role words ---

    @Test
    void roleWordsAreDroppedFromNames() {
        Document d = plain("Ep. 12: Sanctions that bite\n\nCo-hosts Mira Castell and Joon Park are joined by guest Farid Osmani to talk about sanctions on this episode.\n\n"
                + "Mira Castell: Welcome to the show.\nFarid Osmani: Thanks.\nMira Castell: Let's start.\nFarid Osmani: Sure.\n");
        assertThat(d.speakers()).contains("Mira Castell", "Farid Osmani")
                .noneMatch(s -> s.toLowerCase().startsWith("co-host") || s.toLowerCase().startsWith("guest"));
    }

    @Test
    void roleLabelledLinesInManyScripts() {
        Document zh = plain("北极航道观察\n\n2025/03/02 · 47分钟\n\n主播：钱思远\n嘉宾：贺兰芳（海洋政策学者）\n\n"
                + "钱思远：欢迎收听。\n贺兰芳：大家好。\n钱思远：我们开始吧。\n贺兰芳：好的。\n");
        assertThat(zh.speakers()).containsExactlyInAnyOrder("钱思远", "贺兰芳");
        assertThat(zh.kind()).isEqualTo(Kind.PODCAST);
        Document ko = plain("정례 브리핑\n\n2025-02-11\n\n■ 발표: 박서준 대변인\n\n대변인: 안녕하십니까. 오늘 브리핑을 시작하겠습니다.\n");
        assertThat(ko.speakers()).containsExactly("박서준");
        Document ru = plain("Арктика и мы\n\n3 марта 2025\n\nВедущий: Илья Громов\nГость: Дарья Лисина\n\n"
                + "Разговор о северных портах и ледоколах.\n");
        assertThat(ru.speakers()).containsExactlyInAnyOrder("Илья Громов", "Дарья Лисина");
    }

    @Test
    void cjkTurnLabelsWithAnOfficeAfterTheName() {
        Document ja = plain("外務報道官会見記録\n\n令和7年3月3日\n\n森川直樹報道官：本日は2点申し上げます。\n\n記者：質問です。\n\n森川直樹報道官：お答えします。\n");
        assertThat(ja.speakers()).containsExactly("森川直樹");
        Document zh = plain("例行记者会\n\n2025-03-03\n\n大使馆发言人：各位好。\n\n问：请问。\n\n大使馆发言人：谢谢。\n");
        assertThat(zh.speakers()).isEmpty(); // an office, no name
    }

    @Test
    void editorsAndQuestionsAfterARoleLabelAreNoSpeakers() {
        Document d = plain("外交部发言人例行记者会\n\n2025-03-03\n\n记者：据报道，美方昨天宣布新措施，中方有何评论？\n\n"
                + "发言人：我们的立场是一贯的。\n\n编辑：王晓丽\n");
        assertThat(d.speakers()).isEmpty();
    }

    @Test
    void officeBeforeASurnameLabelResolvesToTheFullName() {
        Document d = plain("Press Conference by Deputy Spokesperson HAYASHIDA Kenta\n\nMonday, May 5, 2025\n\n"
                + "Deputy Spokesperson HAYASHIDA: Good afternoon.\nQUESTION: A question on fisheries.\n"
                + "Deputy Spokesperson HAYASHIDA: We are in contact with the parties.\n");
        assertThat(d.speakers()).containsExactly("Hayashida Kenta");
    }

    @Test
    void hostedByAndWithGuestsInAnEpisodeDescription() {
        Document d = plain("The Harbour Hour\n\nEpisode 14: Ports and Power\n\nMarch 3, 2025 · 38 min\n\n"
                + "Hosted by Clara Voss and Ben Adeyemi. With guests Rui Tanaka and Helga Strand.\n\nWe look at port investment in this episode.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Clara Voss", "Ben Adeyemi", "Rui Tanaka", "Helga Strand");
    }

    @Test
    void thisWeeksGuestAndOnThisEpisodeLists() {
        Document d = plain("Cables Under the Baltic\n\nMar 3, 2025 · 38 min\n\n"
                + "This week's guest is Rui Tanaka of the Nordic Institute, on the cable cuts in this episode.\n");
        assertThat(d.speakers()).containsExactly("Rui Tanaka");
        Document e = plain("Cables Under the Baltic\n\nMar 3, 2025 · 38 min\n\n"
                + "On this episode: Rui Tanaka, a fellow at the Nordic Institute, and Helga Strand of the Baltic Council.\n");
        assertThat(e.speakers()).containsExactlyInAnyOrder("Rui Tanaka", "Helga Strand");
    }

    @Test
    void aDinnerHostedBySomeoneInNewsNamesNoSpeaker() {
        Document d = plain("Leaders meet in Hanoi\n\nBy Lena Moritz\n\nMarch 2, 2025\n\n"
                + "The delegates attended a state dinner hosted by Tran Van Minh, featuring Anna Kowalska on piano. " + PROSE);
        assertThat(d.speakers()).containsExactly("Lena Moritz");
    }

    @Test
    void aLettersClosingAboveTheWritersName() {
        Document d = plain("Subject: The port week\n\nMarch 3, 2025\n\nHi all,\n\n" + PROSE + "\nBest,\nClara Voss\n");
        assertThat(d.speakers()).containsExactly("Clara Voss");
    }

    @Test
    void namesThenTheDateOnOneHeaderLine() {
        Document d = plain("Baltic ports brace for a year of change\n\nClara Voss and Ben Adeyemi | March 3, 2025\n\n" + PROSE);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Clara Voss", "Ben Adeyemi");
    }

    @Test
    void aModeratorNamedInBracketsAfterTheRole() {
        Document d = plain("PORTS AND POWER: A PANEL\n\nMarch 3, 2025\n\nMODERATOR (Clara Voss): Welcome everyone.\n\n"
                + "MR. TANAKA: Thank you.\n\nMODERATOR (Clara Voss): Next.\n\nMR. TANAKA: One more point.\n\nRui Tanaka, Nordic Institute\n");
        assertThat(d.speakers()).contains("Clara Voss", "Rui Tanaka");
    }

    @Test
    void aKoreanCastListWithTitlesAfterTheNames() {
        Document d = plain("항만과 안보\n\n2025.03.03\n\n진행: 김하늘\n출연: 이민수 교수, 박지영 연구위원\n\n항만 투자에 대해 이야기합니다.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("김하늘", "이민수", "박지영");
    }

    @Test
    void transcriptExportsWithTheSpeakerOnALineOfItsOwn() {
        Document d = plain("Grain and Guns\n\nMarch 3, 2025\n\nClara Voss  00:00:05\nWelcome back.\n\n"
                + "Rui Tanaka  00:00:09\nThanks for having me.\n\nUnknown Speaker  00:00:40\nHello?\n\nClara Voss  00:01:10\nLet us start.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Clara Voss", "Rui Tanaka");
        Document e = plain("Grain and Guns\n\nMarch 3, 2025\n\nClara Voss\nWelcome back.\n\nRui Tanaka\nThanks.\n\n"
                + "Clara Voss\nLet us start.\n\nRui Tanaka\nSure.\n");
        assertThat(e.speakers()).containsExactlyInAnyOrder("Clara Voss", "Rui Tanaka");
    }

    @Test
    void aNameLineOnceWithoutATimestampIsNoTurn() {
        Document d = plain("Grain and Guns\n\nMarch 3, 2025\n\n" + PROSE + "\nOlaf Brenner\nThe minister declined to comment on the talks.\n\n" + PROSE);
        assertThat(d.speakers()).doesNotContain("Olaf Brenner");
    }

    @Test
    void aDashDialogueInterviewNamesTheIntervieweeIntroducedByProfession() {
        Document d = plain("«Лёд тает быстрее»: политолог Вера Орлик о Северном морском пути\n\nБеседовал Пётр Лаптев\n3 марта 2025\n\n"
                + "— Вера, что изменилось?\n\n— Многое. Маршрут стал доступнее.\n\n— А риски?\n\n— Они растут.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Пётр Лаптев", "Вера Орлик");
        Document news = plain("Порты Балтики\n\n3 марта 2025\n\nПо словам экономиста, политолог Вера Орлик считает, что рынок растёт.\n");
        assertThat(news.speakers()).isEmpty(); // no dialogue: a person talked about
    }

    @Test
    void namesInCapitalsAreShownInTitleCase() {
        Document d = plain("Grain and Guns\n\nMarch 3, 2025\n\nCLARA VOSS: Welcome back.\n\nRUI O'NEILL: Thanks.\n\n"
                + "CLARA VOSS: Let us start.\n\nRUI O'NEILL: Sure.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Clara Voss", "Rui O'Neill");
    }

    // --- Not persons ---

    @Test
    void threatActorsMeetingsAndOfficesAreNoSpeakers() {
        Document d = plain("Ep. 7: Intrusions\n\nHost: Vera Lind\n\n"
                + "Vera Lind: Salt Typhoon is back.\nSalt Typhoon: not a speaker.\nVera Lind: And Lazarus Group too.\n"
                + "Lazarus Group: not a speaker either.\nHigh Representative: remarks.\nHigh Representative: more remarks.\n");
        assertThat(d.speakers()).containsExactly("Vera Lind");
    }

    @Test
    void namesWithDigitsVendorActorNamesAndBareOfficesAreNoSpeakers() {
        Document d = plain("Ep. 9: Who is inside the grid?\n\nHost: Vera Lind\n\n"
                + "Vera Lind: APT28 again.\nAPT28: not a speaker.\nVera Lind: And Midnight Blizzard.\nMidnight Blizzard: no.\n"
                + "Fancy Bear: no.\nFancy Bear: still no.\nForeign Minister: a statement.\nForeign Minister: another.\n");
        assertThat(d.speakers()).containsExactly("Vera Lind");
    }

    @Test
    void peopleQuotedInNewsAndAdditionalReportingAreNoSpeakers() {
        Document d = plain("Port deal signed\n\nBy Lena Moritz\n\nMarch 2, 2025\n\n"
                + "\"This is a good day,\" said Arturo Pinheiro, the port's director. " + PROSE
                + "\nAdditional reporting by Sam Okafor\n");
        assertThat(d.speakers()).containsExactly("Lena Moritz");
    }

    // --- Kind ---

    @Test
    void podcastAppWordsInChineseJapaneseAndADurationBesideTheDate() {
        assertThat(plain("波罗的海海底电缆\n\n2025年3月3日\n\n本期节目我们聊聊波罗的海海底电缆被切断的事件，欢迎收听。\n").kind())
                .isEqualTo(Kind.PODCAST);
        assertThat(plain("バルト海の海底ケーブル\n\n2025年3月3日\n\n再生時間 38:12\n\n今回はバルト海の海底ケーブル切断について話します。\n").kind())
                .isEqualTo(Kind.PODCAST);
        assertThat(plain("Cables Under the Baltic\n\nMar 3, 2025 · 38 min\n\n"
                + "We look at the cable cuts in the Baltic and what the alliance can do about them, and why repairs take months.\n").kind())
                .isEqualTo(Kind.PODCAST);
    }

    @Test
    void aReadingTimeBesideTheDateIsNoPodcast() {
        assertThat(plain("Cables Under the Baltic\n\nBy Lena Moritz\n\nMar 3, 2025 · 6 min read\n\n" + PROSE).kind())
                .isEqualTo(Kind.ARTICLE);
    }

    @Test
    void anAudioPlayerAndTimestampsMakeAPodcast() {
        Document d = plain("The Long Winter\n\nAug 3, 2025\n\n▶ 0:00 / 41:07\n\n"
                + "This week we look at energy security in the Baltic states and what the cable cuts mean.\n\n"
                + "Timestamps\n(00:00) Intro\n(05:10) Cables\n(20:45) Grids\n");
        assertThat(d.kind()).isEqualTo(Kind.PODCAST);
    }

    // --- Headings with a colon used once are no turn labels ---

    @Test
    void aHeadingWithAColonIsNoSpeaker() {
        Document d = plain("Harbour talks\n\nMay 2, 2025\n\n" + PROSE + "\nFollow Along: Facebook  X  Instagram  YouTube\n");
        assertThat(d.speakers()).isEmpty();
        Document e = plain("Harbour brief\n\nMay 2, 2025\n\n" + PROSE
                + "\n**PORT STRIKES:** Dockworkers in three cities walked out on Monday, union leaders said.\n");
        assertThat(e.speakers()).isEmpty();
        Document f = plain("Embassy page\n\nMay 2, 2025\n\nBackgrounder: Our Ports Partnership in Brief\n\n" + PROSE);
        assertThat(f.speakers()).isEmpty();
    }

    @Test
    void aFullNameLabelUsedOnceStaysWhenThePageNamesThePersonAgain() {
        Document d = plain("Harbour statement\n\nMay 2, 2025\n\nThe minister, Greta Lindqvist, spoke after the talks.\n\n"
                + "Greta Lindqvist: We have agreed on a calendar for inspections and will meet again in June.\n\n" + PROSE);
        assertThat(d.speakers()).containsExactly("Greta Lindqvist");
        Document e = plain("Harbour briefing\n\nMay 2, 2025\n\n"
                + "Moderator (Ines Duarte, Port Authority Spokesperson): Good morning and welcome to the briefing.\n\n" + PROSE);
        assertThat(e.speakers()).containsExactly("Ines Duarte");
    }

    // --- Select committee evidence ---

    @Test
    void committeeEvidenceWithNumberedQuestionsChairAndProfessorLabels() {
        Document d = plain("""
                Defence Committee
                Oral evidence: Harbour security, HC 210

                Tuesday 4 March 2025

                Members present: Greta Lindqvist (Chair); Omar Belhaj; Pavel Novak; Lucy Tan.

                Witnesses: Professor Ines Duarte, King's College; and Dr Tomas Berg, Harbour Institute.

                Q12 Chair: Welcome. Professor Duarte, where should we start?

                Professor Duarte: With the ports. Their security has been neglected for a decade.

                Q13 Omar Belhaj: Is the threat mostly cyber?

                Dr Berg: Mostly, yes, though sabotage of cranes is not far-fetched.

                Q14 Chair: Thank you both.
                """);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Greta Lindqvist", "Ines Duarte", "Omar Belhaj", "Tomas Berg");
    }

    // --- More byline forms: capitals with a desk, German 'Von', closing credits, Chinese lead credits ---

    @Test
    void aNameInCapitalsWithItsDeskIsTheByline() {
        Document d = plain("Harbour cranes go quiet\n\nTAKEDA RIKU, Harbour Times staff writer\nMay 2, 2025 05:00 JST\n\n" + PROSE);
        assertThat(d.speakers()).containsExactly("Takeda Riku");
        Document e = plain("Harbour cranes go quiet\n\nJANE-ANN O'NEILL, Diplomatic Correspondent\nMay 2, 2025\n\n" + PROSE);
        assertThat(e.speakers()).containsExactly("Jane-Ann O'Neill");
        Document kicker = plain("Harbour cranes go quiet\n\nEXPORT CONTROLS, Asia desk briefing\nMay 2, 2025\n\n" + PROSE);
        assertThat(kicker.speakers()).doesNotContain("Export Controls");
    }

    @Test
    void germanVonBylineButNotVonInASentence() {
        Document d = plain("Hafenkräne stehen still\n\nVon Jana Berg, Hamburg und Kiel\nAktualisiert am 02.05.2025, 10:12\n\n"
                + "Die Hafenarbeiter streiken seit Montag. Die Gewerkschaft fordert mehr Lohn und kürzere Schichten.\n");
        assertThat(d.speakers()).containsExactly("Jana Berg");
        Document e = plain("Hafenkräne stehen still\n\n02.05.2025\n\nVon Montag an streiken die Hafenarbeiter in Hamburg.\n"
                + "Die Gewerkschaft fordert mehr Lohn und kürzere Schichten.\n");
        assertThat(e.speakers()).isEmpty();
    }

    @Test
    void aWrittenByCreditAtTheEndIsTheAuthor() {
        Document d = plain("Harbour cranes go quiet\n\nMay 2, 2025\n\n" + PROSE + "\nPorts  Shipping  Labour\n\nWritten by Tomas Berg\n120 Followers\n");
        assertThat(d.speakers()).containsExactly("Tomas Berg");
        Document e = plain("Harbour cranes go quiet\n\nMay 2, 2025\n\n" + PROSE + "\nAdditional reporting by the harbour desk.\n");
        assertThat(e.speakers()).isEmpty();
    }

    @Test
    void aChineseLeadCreditInBracketsAfterTheOutlet() {
        Document d = plain("港口罢工持续\n\n2025年05月02日 10:00\n\n【海港时报报道 记者 陈明 李华】港口工人周一开始罢工，工会要求提高工资。码头运营受到影响。\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("陈明", "李华");
    }

    @Test
    void diplomaticFormsOfAddressAreDroppedFromNames() {
        Document d = plain("Statement at the General Debate\n\n26 September 2024\n\n"
                + "H.E. Ms. Lena Okafor-Berg: Mr. President, allow me to congratulate you on your election.\n\n" + PROSE
                + "\nLena Okafor-Berg, Minister for Foreign Affairs\n");
        assertThat(d.speakers()).contains("Lena Okafor-Berg").noneMatch(n -> n.startsWith("H.E."));
        Document e = plain("Trade talks\n\nMay 2, 2025\n\nHis Excellency Tomas Berg: Thank you, Chair. We welcome the report.\n\n"
                + PROSE + "\nTomas Berg thanked the delegations.\n");
        assertThat(e.speakers()).contains("Tomas Berg");
        Document he = plain("Trade talks\n\nMay 2, 2025\n\nHe Lifeng: We hope the talks go well. We will keep talking.\n\n"
                + "He Lifeng: The tariffs hurt both sides.\n\n" + PROSE);
        assertThat(he.speakers()).containsExactly("He Lifeng");
    }

    @Test
    void closingBiosWithTitlesAndServiceCareers() {
        Document d = plain("Harbour talks\n\nMay 2, 2025\n\n" + PROSE + "\n" + PROSE
                + "\nCol. (ret.) Anders Lund served 26 years in the U.S. Army, including two tours in Korea. "
                + "Dr. Mi-rae Choi is a research fellow at the Harbour Institute. The views expressed are their own.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Anders Lund", "Mi-rae Choi");
        Document news = plain("Harbour talks\n\nMay 2, 2025\n\n" + PROSE + "\n" + PROSE
                + "\nGen. Anders Lund was in Busan last week, where he inspected the port.\n");
        assertThat(news.speakers()).isEmpty();
    }

    // --- Hosts and guests named only in an episode description ---

    private static final String EPISODE = "Cranes and Strikes: The Port Standoff\n\nHarbour Hour · Episode 12 · May 2, 2025 · 41 min\n\n"
            + "Listen on: Apple Podcasts · Spotify · Pocket Casts\n\n";

    @Test
    void descriptionWithRanksRetiredAndServiceNamesBeforeTheGuest() {
        Document d = plain(EPISODE + "Dockworkers have walked out in three ports. Host Anna Vik speaks to Captain (ret.) Lars Moe, "
                + "who spent twenty years in the Norwegian Navy, about what a long strike means.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Anna Vik", "Lars Moe");
        Document e = plain(EPISODE + "Co-hosts Anna Vik and Omar Belhaj are joined by Dr. Lin Wei-ting of the Harbour Institute "
                + "and by retired U.S. Navy Commander Paul Greer, now at the Port Council.\n");
        assertThat(e.speakers()).containsExactlyInAnyOrder("Anna Vik", "Omar Belhaj", "Lin Wei-ting", "Paul Greer");
    }

    @Test
    void newsThatSomeoneSpokeToSomeoneNamesNoSpeaker() {
        Document d = plain("Port talks resume\n\nBy Jana Berg\n\nMay 2, 2025\n\n"
                + "The minister speaks to Captain Lars Moe every week, officials said. " + PROSE);
        assertThat(d.speakers()).containsExactly("Jana Berg");
    }

    @Test
    void showNotesBiosOfHostsAndRetiredOfficers() {
        Document d = plain(EPISODE + "Dockworkers have walked out in three ports.\n\nAbout our guests\n\n"
                + "Gen. (ret.) Pierre Lenoir served as deputy chief of the French naval staff until 2019.\n\n"
                + "Sara Lindgren has hosted Harbour Hour since 2018. She was a shipping correspondent in Oslo.\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Pierre Lenoir", "Sara Lindgren");
        Document news = plain("Port talks resume\n\nMay 2, 2025\n\n" + PROSE + "\n" + PROSE
                + "\nPierre Lenoir hosted a dinner for the delegations on Friday.\n");
        assertThat(news.speakers()).isEmpty();
    }

    @Test
    void anEpisodeMetaLineNamesTheShowNotAWriter() {
        Document d = plain("Harbour Hour\n\nCranes and Strikes: The Port Standoff\n\nHarbour Hour • May 2, 2025 • 41 min\n\n"
                + "Welcome back to Harbour Hour. I'm Sara Lindgren, and today we talk about the strike.\n");
        assertThat(d.speakers()).containsExactly("Sara Lindgren");
        Document e = plain("Cranes and strikes leave the port standoff unresolved\n\nSara Lindgren • May 2, 2025\n\n" + PROSE);
        assertThat(e.speakers()).containsExactly("Sara Lindgren");
    }

    @Test
    void russianDekNamesTheIntervieweeBeforeWhatTheTalkIsAbout() {
        String dialogue = "— Как идут поставки?\n\n— Медленно, но идут.\n\n— А платежи?\n\n— Это главная проблема.\n";
        Document d = plain("«Порты работают на пределе»\n\nДиректор морского союза Павел Орлов — о грузах, тарифах и санкциях\n\n"
                + "12.03.2025\nБеседовала Ольга Зимина\n\nГрузооборот портов вырос за год.\n\n" + dialogue);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Ольга Зимина", "Павел Орлов");
        Document news = plain("Порты работают на пределе\n\n12.03.2025\n\nГрузооборот портов вырос за год. Министр Павел Орлов — о тарифах "
                + "говорил на форуме.\n");
        assertThat(news.speakers()).isEmpty();
    }

    // --- Office holders' name lines: a style, post-nominals, the office below or after a comma ---

    @Test
    void aMinistersStyledNameAboveTheOffice() {
        Document d = plain("Harbour Ministry\nHome | Media | Speeches | Contact\n\nSpeech\n\nAddress to the Port Cities Forum, Valletta\n"
                + "\"Open ports, shared rules\"\n\nThe Hon. Ines Duarte MP\nMinister for Trade\n\n2 May 2025\n\n" + PROSE);
        assertThat(d.title()).isEqualTo("Address to the Port Cities Forum, Valletta");
        assertThat(d.speakers()).containsExactly("Ines Duarte");
        Document e = plain("Address to the Port Cities Forum\n\nHer Excellency Lucy Tan\nAmbassador to Malta\n\n2 May 2025\n\n" + PROSE);
        assertThat(e.speakers()).containsExactly("Lucy Tan");
        // a ministry's name line is no person, whatever office words it holds
        Document f = plain("Address to the Port Cities Forum\n\nThe Hon. Ministry of Trade\n\n2 May 2025\n\n" + PROSE);
        assertThat(f.speakers()).isEmpty();
    }

    @Test
    void aNameWithItsOfficeAfterACommaUnderTheTitleIsTheSpeakerNotTheTitle() {
        Document d = plain("Department Press Briefing – May 2, 2025\n\nPavel Novak, Deputy Spokesperson\nValletta\n1:18 p.m.\n\n"
                + "MR NOVAK: Good afternoon. " + PROSE);
        assertThat(d.title()).isEqualTo("Department Press Briefing – May 2, 2025");
        assertThat(d.speakers()).containsExactly("Pavel Novak");
        // a name with a description that is no office stays out of the byline family
        Document e = plain("Harbour Weekly\n\nCranes go quiet, strikes spread\n\nMay 2, 2025\n\n" + PROSE);
        assertThat(e.title()).isEqualTo("Cranes go quiet, strikes spread");
    }

    // --- CJK and Russian header bylines: a writer's field in a meta line, a reporter's line, a closing line ---

    private static final String ZH_PROSE = "海关总署3日发布数据显示，港口吞吐量同比增长百分之五，分析人士指出增速明显放缓，航运企业对下半年前景保持谨慎。\n";
    private static final String KO_PROSE = "항만 물동량이 지난해보다 5% 늘었다고 해양수산부가 3일 밝혔다. 업계는 하반기 전망에 대해 신중한 입장을 보이고 있다.\n";

    @Test
    void aChineseMetaLinesWriterField() {
        Document d = plain("首页 | 国内 | 国际 | 财经 | 评论\n\n港口吞吐量连续第二年增长 专家称结构性挑战仍存\n\n"
                + "2025年03月02日 10:00　来源：海港网　作者：陈静怡　\n\n" + ZH_PROSE);
        assertThat(d.speakers()).containsExactly("陈静怡");
        Document two = plain("港口吞吐量连续第二年增长\n\n2025年03月02日 10:00  来源：海港网  作者：记者 赵明 孙丽\n\n" + ZH_PROSE);
        assertThat(two.speakers()).containsExactlyInAnyOrder("赵明", "孙丽");
        // a source without a writer, or 作者 in a sentence, names nobody
        Document none = plain("港口吞吐量连续第二年增长\n\n2025年03月02日 10:00　来源：海港网\n\n本文作者认为港口仍有潜力。" + ZH_PROSE);
        assertThat(none.speakers()).isEmpty();
    }

    @Test
    void aJapaneseWritersLineWithAffiliation() {
        Document d = plain("【論考】港湾ストライキは終わるのか\n\n2025年3月2日 6:00\n\n筆者：山田 花子（海洋政策研究所 主任研究員）\n\n"
                + "港湾の取扱量は前年より5％増えた。業界は下半期の見通しに慎重な姿勢を示している。\n");
        assertThat(d.speakers()).containsExactly("山田 花子");
        assertThat(d.title()).isEqualTo("港湾ストライキは終わるのか");
    }

    @Test
    void aKoreanReportersLineUnderTheDateAndAColumnsClosingLine() {
        Document news = plain("뉴스 | 정치 | 경제 | 국제\n\n항만 물동량 5% 증가…하반기 전망은 신중\n\n입력 2025.03.02 09:12   수정 2025.03.02 11:40\n"
                + "박서준 기자\n\n" + KO_PROSE);
        assertThat(news.speakers()).containsExactly("박서준");
        Document column = plain("[시론] 항만 파업, 무엇을 남겼나\n\n2025-03-02\n\n" + KO_PROSE + "\n최유진 해양정책연구원 선임연구위원\n");
        assertThat(column.speakers()).containsExactly("최유진");
        // a reporter word inside a sentence is no byline
        Document none = plain("항만 물동량 5% 증가\n\n2025.03.02\n\n" + KO_PROSE + "이 소식을 전한 기자는 현장을 떠났다.\n");
        assertThat(none.speakers()).isEmpty();
    }

    @Test
    void aRussianAuthorsNameAboveTheDate() {
        Document d = plain("Главная / Аналитика\n\nПорты на пределе: что изменилось за год\n\nПавел Орлов\n12 марта 2025\n\n"
                + "Грузооборот портов вырос за год на пять процентов. Отрасль осторожно оценивает перспективы второго полугодия.\n");
        assertThat(d.speakers()).containsExactly("Павел Орлов");
        // a place above the date is no author
        Document e = plain("Порты на пределе\n\nНовороссийск\n12 марта 2025\n\nГрузооборот портов вырос за год на пять процентов.\n");
        assertThat(e.speakers()).isEmpty();
    }

    // --- Scraper records' people fields ---

    @Test
    void aPodcastRecordsHostsAndGuestsSpeak() {
        Document d = X.extract("r.json", "{\"show\": \"Harbour Hour\", \"episode_title\": \"Cranes and strikes\", \"hosts\": [\"Ines Duarte\"], "
                + "\"guests\": [{\"name\": \"Pavel Novak\", \"role\": \"economist\"}], \"description\": \"" + PROSE.strip().replace("\n", " ") + "\"}");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Ines Duarte", "Pavel Novak");
        Document e = X.extract("r.json", "{\"headline\": \"Cranes go quiet\", \"byline\": \"By Lucy Tan and Omar Belhaj\", \"text\": \""
                + PROSE.strip().replace("\n", " ") + "\"}");
        assertThat(e.speakers()).containsExactlyInAnyOrder("Lucy Tan", "Omar Belhaj");
        // a written-out null is nobody
        Document f = X.extract("r.json", "{\"headline\": \"Cranes go quiet\", \"author\": null, \"hosts\": [\"null\"], \"text\": \""
                + PROSE.strip().replace("\n", " ") + "\"}");
        assertThat(f.speakers()).isEmpty();
    }

    // --- Meeting records: delegates speak under surname labels; the full names are listed once ---

    private static final String RECORD = """
            United Nations                                   S/PV.9999
            Security Council
            9999th meeting
            Friday, 2 May 2025, 10 a.m.

            President:  Ms. Lindqvist ....................... (Sweden)

            Members:   Chile ............. Mr. Ortega
                       Ghana ............. Mr. Mensah

            Agenda
            Maintenance of maritime security

            Note: speakers are identified by the full names in the Journal: Ms. Greta Lindqvist (Sweden), presiding; Mr. Pablo Ortega (Chile).

            The President: I give the floor to the representative of Chile.

            Mr. Ortega (Chile): Freedom of navigation is not negotiable, and the Council must say so clearly today.

            The President: I thank the representative of Chile. I shall now speak as the representative of Sweden.
            """;

    @Test
    void surnameTurnsInAMeetingRecordTakeTheFullNamesListed() {
        Document d = plain(RECORD);
        assertThat(d.speakers()).containsExactlyInAnyOrder("Greta Lindqvist", "Pablo Ortega");
        assertThat(d.title()).isEqualTo("Maintenance of maritime security");
    }

    @Test
    void aSurnameTurnWithNoFullNameAnywhereStaysASurnameAndSilentMembersAreNobody() {
        Document d = plain(RECORD.replace("Mr. Pablo Ortega (Chile)", "the delegation of Chile"));
        // as the gold sets keep a hearing's surname-only speakers; Mensah is listed but never speaks
        assertThat(d.speakers()).containsExactlyInAnyOrder("Greta Lindqvist", "Ortega");
    }

    // --- Lower-case and masthead bylines; headings over related links are no names ---

    @Test
    void aLowerCaseBylineLineAndAMarkdownItalicByline() {
        Document d = plain("Harbour Notes\nHome › Commentary\n\nCranes Go Quiet Along the Coast\n\nA dek about the strike that runs on a little.\n\n"
                + "by Ines Duarte\n\n" + PROSE);
        assertThat(d.speakers()).containsExactly("Ines Duarte");
        Document md = X.extract("p.md", "[Home](/) | [About](/about)\n\nCranes go quiet along the coast\n=================\n\n"
                + "_by Pavel Novak and Lucy Tan — 2 May 2025_\n\n" + PROSE);
        assertThat(md.speakers()).containsExactlyInAnyOrder("Pavel Novak", "Lucy Tan");
        assertThat(md.title()).isEqualTo("Cranes go quiet along the coast");
        // "by" opening a sentence is no byline
        Document none = plain("Cranes go quiet\n\nMay 2, 2025\n\nby the end of the week the port had emptied. " + PROSE);
        assertThat(none.speakers()).isEmpty();
    }

    @Test
    void aNewslettersMastheadBlockWithAWrittenByPart() {
        Document d = plain("From: The Harbour Letter <news@harbour.example>\nDate: Fri, 2 May 2025 07:00:00 +0000\n"
                + "Subject: The Harbour Letter #88: Cranes go quiet\nTo: reader@example.com\n\nTHE HARBOUR LETTER\n"
                + "Weekly notes on ports and shipping\nIssue #88 | written by Omar Belhaj\n\n" + PROSE);
        assertThat(d.speakers()).containsExactly("Omar Belhaj");
        assertThat(d.title()).isEqualTo("Cranes go quiet");
        // an editor's credit in the same place names no writer
        Document e = plain("Cranes go quiet\n\nMay 2, 2025\n\nIssue #88 | edited at the harbour desk\n\n" + PROSE);
        assertThat(e.speakers()).isEmpty();
    }

    @Test
    void headingsOverRelatedLinksAreNoSpeakers() {
        Document d = plain("Cranes go quiet\n\nMay 2, 2025\n\nDUARTE: The port is closed. " + PROSE + "\nNOVAK: And the ships? " + PROSE
                + "\nDUARTE: They wait offshore. " + PROSE + "\nRelated Interviews\n› Harbour pilots on the strike\n› The Baltic ports at twenty\n\n"
                + "Read more\n· The Black Sea grain corridor, two years on\n");
        assertThat(d.speakers()).doesNotContain("Related Interviews", "Black Sea");
    }

    // --- A video page's timestamped transcript: one run of lines ending with a sign-off ---

    @Test
    void aTimestampedTranscriptRunKeepsItsTurnsWhenItEndsWithASubscribePlea() {
        StringBuilder t = new StringBuilder("Can the Port Strike Be Settled? | Harbour Roundtable #22\n\n12,905 views  Streamed live on May 2, 2025\n\nTranscript\n");
        String[] who = {"INES DUARTE", "PAVEL NOVAK", "LUCY TAN"};
        for (int k = 0; k < 24; k++) {
            t.append(String.format("[00:%02d:%02d] %s: ", k / 6, (k * 7) % 60, who[k % 3])).append(PROSE.replace("\n", " ").strip()).append('\n');
        }
        t.append("[00:05:19] INES DUARTE: That's it for this week. Hit subscribe and the bell, and see you in two weeks.\n\nComments 21\n@harbourfan 3 months ago\nGreat talk.\n");
        Document d = plain(t.toString());
        assertThat(d.speakers()).containsExactlyInAnyOrder("Ines Duarte", "Pavel Novak", "Lucy Tan");
        assertThat(d.title()).isEqualTo("Can the Port Strike Be Settled?");
        // a short closing paragraph with the plea still goes whole
        Document e = plain("Cranes go quiet\n\nMay 2, 2025\n\n" + PROSE + "\nEnjoyed this? Subscribe to the Harbour Letter, Jane Doe writes every week.\n");
        assertThat(e.body()).doesNotContain("Subscribe");
    }

    // --- Show pages: hosts named only in the closing credit; people talked about after the guest ---

    @Test
    void hostsNamedOnlyInAShowsClosingCredit() {
        Document d = plain("HARBOUR HOUR\na podcast\nEpisodes | Hosts | Contact\n\nCranes and strikes at the port\nUpdate: 2025-05-02\n\n"
                + "Our guest this week is Pavel Novak, a former port planner. " + PROSE + "\n"
                + "Harbour Hour is hosted by Ines Duarte and Lucy Tan, and produced in Valletta. If you enjoy the show, please rate us on Apple Podcasts or Spotify.\n\n"
                + "Subscribe: Apple Podcasts · Spotify · RSS\n");
        assertThat(d.speakers()).containsExactlyInAnyOrder("Ines Duarte", "Lucy Tan", "Pavel Novak");
        Document line = plain("HARBOUR HOUR\na podcast\n\nCranes and strikes at the port\nUpdate: 2025-05-02\n\n" + PROSE
                + "\nHosted by Omar Belhaj. Rate us on Apple Podcasts.\n\nSubscribe: Apple Podcasts · Spotify · RSS\n");
        assertThat(line.speakers()).containsExactly("Omar Belhaj");
        // a news story's event "hosted by" someone names no speaker
        Document news = plain("Port summit opens\n\nMay 2, 2025\n\n" + PROSE + "\nThe summit is hosted by Mayor Ines Duarte and runs until Friday.\n");
        assertThat(news.speakers()).isEmpty();
    }

    @Test
    void peopleTalkedAboutAfterTheGuestsRelativeClauseAreNoSpeakers() {
        Document d = plain("Cranes and strikes\n\nMay 2, 2025 · 41 min\n\nIn this episode I talk with Pavel Novak, who served as a port "
                + "negotiator in Gdansk and was part of the 2019 talks, about whether President Duarte and Omar Belhaj could meet again.\n\n" + PROSE);
        assertThat(d.speakers()).contains("Pavel Novak").doesNotContain("Omar Belhaj");
    }

    // --- HTML pages: schema.org JSON-LD authors ---

    @Test
    void jsonLdPersonAuthorsOfAnHtmlPage() {
        String html = "<html><head><title>Cranes go quiet - Harbour Forum</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Cranes go quiet\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ines Duarte\"},"
                + "{\"@type\":\"Organization\",\"name\":\"Harbour Forum\"}]}</script></head><body><article><h1>Cranes go quiet</h1>"
                + "<div class=\"pubdate\">May 2, 2025</div><p>" + PROSE + "</p><p>" + PROSE + "</p></article></body></html>";
        assertThat(X.extract("p.html", html).speakers()).containsExactly("Ines Duarte");
        // an organisation as the only author names nobody
        String org = html.replace("{\"@type\":\"Person\",\"name\":\"Ines Duarte\"},", "");
        assertThat(X.extract("p.html", org).speakers()).isEmpty();
    }

    // --- Closing bios in other forms: a dash, an apposition, "writes on" ---

    @Test
    void closingBiosWithADashAnAppositionOrWhatTheyWriteOn() {
        String head = "Cranes Go Quiet Along the Coast\n\nMay 2, 2025\n\n" + PROSE + "\n";
        assertThat(plain(head + "Ines Duarte writes on Baltic shipping and ports.\n").speakers()).containsExactly("Ines Duarte");
        assertThat(plain(head + "_Ines Duarte, a former port negotiator, writes from Gdansk._\n").speakers()).containsExactly("Ines Duarte");
        assertThat(plain(head + "Ines Duarte — senior fellow at the Harbour Institute.\n").speakers()).containsExactly("Ines Duarte");
        Document ru = plain("Порты на пределе\n\nГрузооборот портов вырос за год на пять процентов. Отрасль осторожно оценивает перспективы.\n\n"
                + "Павел Орлов — независимый аналитик, специалист по морским перевозкам.\n");
        assertThat(ru.speakers()).containsExactly("Павел Орлов");
        // a quoted source introduced the same way is talked about, not the writer
        assertThat(plain(head + "Lucy Tan, a port economist at the Harbour Institute, said the strike would end soon.\n").speakers()).isEmpty();
        assertThat(plain(head + "Omar Belhaj — the union's leader — refused to comment.\n").speakers()).isEmpty();
    }

    // --- Non-person heads: seas, straits and list headings are no names; record authors as objects ---

    @Test
    void seasStraitsAndListHeadingsAreNoPersonNames() {
        Document d = plain("Cranes go quiet\n\nMay 2, 2025\n\nDUARTE: The port is closed. " + PROSE + "\nNOVAK: And the ships? " + PROSE
                + "\nBaltic Sea: shipping slowed further on Friday. " + PROSE + "\nMore Episodes\n");
        assertThat(d.speakers()).doesNotContain("Baltic Sea", "More Episodes");
        Document e = X.extract("r.json", "{\"headline\": \"Cranes go quiet\", \"authors\": [{\"name\": \"Ines Duarte\", \"url\": \"/ines\"}], "
                + "\"text\": \"" + PROSE.strip().replace("\n", " ") + "\"}");
        assertThat(e.speakers()).containsExactly("Ines Duarte");
    }

    // --- Markdown front matter's byline keys; a Chinese writer's field closing the text ---

    @Test
    void frontMatterBylineOrWriterKeys() {
        assertThat(X.extract("p.md", "---\ntitle: Cranes go quiet\nbyline: Ines Duarte\n---\n\n" + PROSE).speakers()).containsExactly("Ines Duarte");
        assertThat(X.extract("p.md", "---\ntitle: Cranes go quiet\nwriter: Lucy Tan\n---\n\n" + PROSE).speakers()).containsExactly("Lucy Tan");
        // an editor key names nobody
        assertThat(X.extract("p.md", "---\ntitle: Cranes go quiet\neditor: Lucy Tan\n---\n\n" + PROSE).speakers()).isEmpty();
    }

    @Test
    void aChineseWritersFieldClosingTheText() {
        Document d = plain("港口吞吐量连续第二年增长\n\n2025-03-02 10:00 来源：海港网\n\n" + ZH_PROSE + "\n（作者：陈静怡，系海港研究院研究员）\n");
        assertThat(d.speakers()).containsExactly("陈静怡");
        // 原文 (the original text) is no writer's field
        Document e = plain("港口吞吐量连续第二年增长\n\n2025-03-02 10:00 来源：海港网\n\n" + ZH_PROSE + "\n原文：海港日报记者报道\n");
        assertThat(e.speakers()).isEmpty();
    }

    @Test
    void anOfficeHoldersLineAboveTheSpeechTitleIsNoTitle() {
        Document d = plain("Speeches\n\nThe Rt Hon Ines Duarte MP\n\nAddress to the Port Cities Forum\n\n2 May 2025\n\n"
                + "Thank you all for coming. " + PROSE);
        assertThat(d.title()).isEqualTo("Address to the Port Cities Forum");
        assertThat(d.speakers()).containsExactly("Ines Duarte");
        // a headline with a comma and no office stays the title
        Document e = plain("Cranes, strikes and the long standoff\n\nMay 2, 2025\n\n" + PROSE);
        assertThat(e.title()).isEqualTo("Cranes, strikes and the long standoff");
    }

    @Test
    void anHtmlAuthorBlockWithANameBesideItsRole() {
        String p = "<p>" + PROSE + "</p>";
        String html = "<html><head><title>Cranes go quiet - Harbour Forum</title></head><body><article><h1>Cranes go quiet</h1>"
                + "<div class=\"author-block\"><img src=\"a.jpg\" alt=\"\"><a href=\"/p\">View Profile</a><span>Ines Duarte</span>"
                + "<span class=\"role\">Fellow, Harbour Program</span><a href=\"/f\">Follow Author</a></div>"
                + "<div class=\"pubdate\">May 2, 2025</div>" + p + p + "</article></body></html>";
        assertThat(X.extract("p.html", html).speakers()).containsExactly("Ines Duarte");
        // commenters' author blocks are no byline
        String comments = "<html><head><title>Cranes go quiet</title></head><body><article><h1>Cranes go quiet</h1>" + p + p
                + "</article><section class=\"comments\"><div class=\"comment-author\"><span>Lucy Tan</span></div><p>Nice.</p></section></body></html>";
        assertThat(X.extract("p.html", comments).speakers()).isEmpty();
    }
}
