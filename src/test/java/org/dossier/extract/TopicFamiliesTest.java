package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Families of topic evidence in the bundled taxonomy, each with a made-up page: the subject is
 * found from its own vocabulary (German, Japanese, export regimes, the humanitarian side of war).
 */
class TopicFamiliesTest {
    static final DocumentExtractor X = SeedDocumentsTest.EXTRACTOR;

    private static java.util.List<String> topics(String text) {
        return X.extract("doc.txt", text).topics();
    }

    @Test
    void germanAlliancePages() {
        assertThat(topics("""
                Bundeswehr in Estland

                Das Bündnis will seine Ostflanke stärken. Die NATO-Partner einigten sich auf mehr Truppen.
                Die Verbündeten sollen sich gegenseitig beistehen, sagte der Minister in Tallinn.
                """)).contains("alliances");
        assertThat(topics("""
                Neue Sanktionen gegen Moskau

                Die EU beschloss weitere Sanktionen. Das Embargo trifft Öl und Stahl; die Sanktionen gelten ab Mai.
                """)).contains("sanctions");
    }

    @Test
    void japaneseMilitaryCooperationAndArmsTransfers() {
        assertThat(topics("""
                両国が軍事協力を強化

                両国は包括的戦略パートナーシップ協定に基づき軍事協力を拡大する。見返りに軍事技術を移転するとみられ、
                砲弾の提供も続いている。同盟国は砲弾の供与に懸念を示した。
                """)).contains("alliances", "arms trade");
    }

    @Test
    void exportRegimesOnWeaponsAreArmsTrade() {
        assertThat(topics("""
                What the Wassenaar Arrangement does

                The Wassenaar Arrangement and the Missile Technology Control Regime coordinate what members sell abroad.
                Exports of complete rocket systems face a strong presumption of denial under the MTCR.
                """)).contains("arms trade");
        assertThat(topics("""
                Ministers sign shipbuilding pact

                The two governments signed a frigate deal and pledged defence industry cooperation, including
                co-production of missiles for the navy.
                """)).contains("arms trade");
    }

    @Test
    void theHumanitarianSideOfWarIsHumanRights() {
        assertThat(topics("""
                States leave the cluster bomb treaty

                Humanitarian groups warned of civilian casualties. The protection of civilians under international
                humanitarian law would suffer, a campaigner said.
                """)).contains("human rights");
    }

    @Test
    void theGrainCorridorIsTheWarInUkraine() {
        assertThat(topics("""
                Shipping out of Odesa

                Since Russia left the Black Sea Grain Initiative, ships leave Odesa through a new grain corridor.
                Drone strikes hit the ports near Odesa again this week.
                """)).contains("war in Ukraine");
    }

    @Test
    void aPassingMentionInGermanIsNoTopic() {
        assertThat(topics("""
                Haushaltsstreit in Berlin

                Der Bundestag stritt über den Haushalt, die Schuldenbremse und die Rente. Die Koalition verhandelte
                bis in die Nacht über Kita-Plätze, Straßenbau und Schulen. Einmal fiel das Wort Sanktionen.
                """)).doesNotContain("sanctions");
    }

    @Test
    void aForeignMinisterNamedInPassingIsNoDiplomacy() {
        assertThat(topics("""
                Navy commissions new frigates

                Defence Minister Lena Ortiz and Foreign Minister Paul Kreuz attended the ceremony. The frigates carry
                anti-submarine sensors. Foreign Minister Kreuz praised the shipyard; the navy will test them at sea.
                The frigates replace ships built in the 1980s, and the navy plans four more.
                """)).doesNotContain("diplomacy");
    }

    @Test
    void aNatoSummitIsAboutTheAlliance() {
        assertThat(topics("""
                Leaders gather in Rome

                Leaders arrive for the NATO summit on Tuesday. At the NATO summit they will discuss new regional plans,
                and allies are expected to agree on spending.
                """)).contains("alliances").doesNotContain("diplomacy");
    }

    @Test
    void missilesNeedMoreThanTwoBareMentions() {
        String passing = """
                Budget talks stall

                Parliament debated the budget for schools, pensions and roads. One member asked about a missile
                contract; another said the missile question could wait. The budget vote is next week.
                """;
        assertThat(topics(passing)).doesNotContain("missiles");
        assertThat(topics("""
                Launch reported off the coast

                The military said it detected a short-range missile launch on Monday, after an intermediate-range
                missile test in May. Hypersonic missiles were shown at the parade.
                """)).contains("missiles");
    }

    @Test
    void economicSecurityChipsAndMineralsAreEconomyAndTrade() {
        assertThat(topics("""
                The race for rare earths

                Rare earth deposits and critical minerals are the new front of economic security. Chipmakers worry
                about semiconductor supply, and governments warn of economic coercion by their suppliers.
                """)).contains("economy and trade");
    }

    @Test
    void tradeRemediesAreEconomyAndTrade() {
        assertThat(topics("""
                商务部就欧盟反补贴调查答问

                欧方对中国产品发起反补贴调查，是典型的保护主义做法，违反世贸组织规则，损害双方经贸合作。
                """)).contains("economy and trade");
        assertThat(topics("""
                Brussels opens anti-dumping case

                The Commission opened an anti-dumping and countervailing investigation; the exporters call it
                protectionism and will take it to the World Trade Organization.
                """)).contains("economy and trade");
    }

    @Test
    void aKoreanPageNamingMissilesInPassingIsNoMissilePage() {
        assertThat(topics("""
                한중 외교장관 회담 개최

                양국 외교장관은 회담에서 경제 협력과 인적 교류 확대에 합의했다. 북한 미사일 문제도 잠시 언급됐다.
                외교부는 이번 회담이 양국 관계 발전에 기여할 것이라고 밝혔다. 기자들은 미사일 질문을 하지 않았다.
                """)).doesNotContain("missiles");
    }

    @Test
    void commentsAndListsOfOtherDocumentsNameNoTopic() {
        String page = """
                Ports and Patience: Fishing Fleets in the Yellow Sea

                The fishing fleets of the region have grown, and coast guards now shadow them every season. Captains
                describe long weeks at sea, quotas that change every year, and patrol boats that follow them home.

                Comments (3)
                kim_77: great episode, but what about the tariffs and the trade war? tariffs will decide everything
                sailor_j: tariffs tariffs tariffs, the trade war is the real story

                Related
                  The Tariff War Comes to the Harbour
                  Trade War Diaries: Tariffs and Fish
                """;
        assertThat(topics(page)).doesNotContain("economy and trade");
        // the same words in the page's own text count; 'Commentary' and 'Related to this, ...' are no headings
        assertThat(topics(page.replace("Comments (3)\n", "Commentary\n").replace("Related\n", "Related to this, the harbour"
                + " masters say tariffs and the trade war are what captains talk about most, more than quotas.\n")))
                .contains("economy and trade");
        assertThat(topics("""
                专访：渔业与海警

                渔船数量增加，海警每个季节都会跟踪。船长们谈到漫长的海上作业和每年变化的配额。

                评论(12)
                用户_A：关税战和贸易战才是重点，关税会决定一切
                相关节目
                  EP.12 关税与贸易战
                """)).doesNotContain("economy and trade");
    }

    @Test
    void militaryLogisticsFuelIsNoEnergy() {
        assertThat(topics("""
                Dispersal and the Island Airfields

                Dispersing aircraft across small island airfields makes them harder to target, but every field needs
                fuel and munitions. Fuel depots and munitions stores are harder to hide than aircraft, and fuel
                bladders and munitions trucks need roads. The plan depends on fuel and munitions arriving on time.
                """)).doesNotContain("energy");
        // a fuel market is the subject
        assertThat(topics("""
                Fuel Exports Surge

                Oil and fuel exports rose again as crude prices climbed; refiners sold more fuel abroad and energy
                ministers met to discuss oil supply.
                """)).contains("energy");
    }

    @Test
    void aThawBetweenNeighboursIsDiplomacy() {
        assertThat(topics("""
                The Thaw Between Tokyo and Seoul

                The thaw began with a summit and a compromise on wartime labor. Since then the foreign ministers have
                met regularly, and normalization of ties has moved faster than anyone expected.
                """)).contains("diplomacy");
    }

    @Test
    void russianLngAndArcticShippingAreEnergyAndTrade() {
        assertThat(topics("""
                Арктический газ ищет покупателей

                Экспорт СПГ с нового завода упал: танкеры для сжиженного природного газа не успевают к сроку, и
                покупателей природного газа приходится искать в Азии. Энергетика региона зависит от этого проекта.
                """)).contains("energy");
        assertThat(topics("""
                Северный морской путь открывается

                Судоходные компании везут всё больше транзитных грузов по Севморпути. Морской путь сокращает
                дорогу в Европу на две недели, и грузоперевозки растут третий год подряд.
                """)).contains("economy and trade");
        // a passing word of the family in a military report is no trade subject
        assertThat(topics("""
                Учения на Балтике

                Военные учения прошли у побережья: корабли отработали оборону базы. Транзит через пролив
                на время учений был закрыт, сообщил штаб.
                """)).doesNotContain("economy and trade", "energy");
    }

    @Test
    void aForumNamedDialogueIsNoDiplomacy() {
        assertThat(topics("""
                Remarks by the Deputy Secretary General

                Thank you to the organisers of the Harbour Security Dialogue. Our alliance is stronger than ever:
                allies are investing in defence, and the alliance is adding new members, with bilateral programmes
                for each partner.
                """)).doesNotContain("diplomacy");
        // dialogue as the subject, with its vocabulary, still is
        assertThat(topics("""
                Can Dialogue Resume?

                Both governments say they want dialogue. Negotiators met twice this spring, the envoys exchanged
                proposals, and diplomats expect the talks to continue in the autumn.
                """)).contains("diplomacy");
    }

    @Test
    void sanctionedGoodsAndWeaponsNamedInPassingMakeNoTopicOfTheirOwn() {
        // oil as one of the goods a sanctions story lists is no energy page
        assertThat(topics("""
                Treasury Targets Shipping Network

                The Treasury sanctioned six companies and designated four vessels for evading sanctions. The network
                moved oil and machinery; the sanctions freeze the companies' assets, and the designations bar
                dealings with them. Officials said more sanctions would follow, including on oil traders.
                """)).contains("sanctions").doesNotContain("energy");
        // ballistic missiles named once in a story about arms shipments
        assertThat(topics("""
                The Shell Pipeline

                Arms transfers from Pyongyang to Moscow have grown: artillery shells by the million, arms shipments
                by rail every week, and arms deals signed in secret. Analysts count the arms supplies and the ammunition in trainloads; ammunition
                trains run nightly.
                Some ballistic missiles went too, and one missile was found in Kharkiv. The arms trade pays well.
                """)).contains("arms trade").doesNotContain("missiles");
    }

    @Test
    void aStateVisitOrAPoliticalSettlementIsDiplomacy() {
        assertThat(topics("""
                Ministry briefing

                Q: Will the President visit Lisbon? A: The two sides are preparing for the visit. Our position paper
                calls for a political settlement of the border dispute.
                """)).contains("diplomacy");
        assertThat(topics("""
                Museum reopens

                The city museum reopened after repairs. Thousands of people visited on the first weekend to see the
                new wing, and the gardens will open in June.
                """)).doesNotContain("diplomacy");
    }

    @Test
    void pactsIntelligenceSharingAndKoreanTreatyWordsAreAlliances() {
        assertThat(topics("""
                Two neighbours restore their intelligence-sharing pact

                The intelligence-sharing pact, suspended in 2019, was fully restored this week, and radar data
                now flows in real time between the two navies.
                """)).contains("alliances");
        assertThat(topics("""
                갑국과 을국, 포괄적 전략적 동반자 관계 조약 서명
                두 나라 정상은 정상회담을 열고 상호 군사 지원을 규정한 조약에 서명했다. 을국 대통령은 10년 만에 갑국을 방문했다.
                """)).contains("alliances", "diplomacy");
        assertThat(topics("""
                Football clubs sign a pact

                The league's clubs signed a pact on ticket prices. Fans welcomed the deal before the new season.
                """)).doesNotContain("alliances");
    }

    @Test
    void sellingOrDeliveringWeaponSystemsIsArmsTrade() {
        assertThat(topics("""
                Who arms the republic now?

                The republic used to buy everything from its neighbour. Today a European state sells it radars and
                armoured vehicles, and another sells artillery.
                """)).contains("arms trade");
        assertThat(topics("""
                First fighter jets arrive

                The air force received its first fighter jets from partners on Thursday. The number of jets delivered
                was not disclosed.
                """)).contains("arms trade");
        assertThat(topics("""
                Air show draws crowds

                Fighter jets flew over the bay on Sunday as the air show opened. Food stalls sold ice cream.
                """)).doesNotContain("arms trade");
    }
}
