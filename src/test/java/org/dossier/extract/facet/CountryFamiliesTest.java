package org.dossier.extract.facet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Families of country forms, each with made-up sentences: 'text => countries counted once each'. */
class CountryFamiliesTest {
    static final CountryGazetteer G = CountryGazetteer.bundled();

    private static String counted(String text) {
        return String.join("|", G.count(text).keySet().stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        // German names and adjectives in any inflection
        "Die russischen Truppen stehen an der Grenze. => Russia",
        "Ein chinesisches Schiff lief aus, Peking schwieg. => China",
        "Frankreich und die französische Regierung => France",
        "Nordkoreas Raketen und die südkoreanische Marine => North Korea|South Korea",
        "Litauen grenzt an Polen; polnische Soldaten => Lithuania|Poland",
        // German organisations named Deutsche ... are not Germany
        "Ein Reporter der Deutschen Welle; die Deutsche Welle fragte. => Germany",
        "Die Deutsche Bank meldete Gewinne. => ''",
        // Chinese 'the X side' (X方) words, but not inside 方面, 方法, 参加方
        "菲方表示抗议，英方表示关切。 => Philippines|United Kingdom",
        "在立法方面和道德方面，参加方同意。 => ''",
        // Korean 북미 (North Korea and the US), not the continent
        "북미 정상회담이 열렸다. => North Korea|United States",
        "북미 시장과 북미주 대륙 => ''",
        // One-character Hanja abbreviations count in Korean text only
        "北, 美에 \"대화 재개\" 요구 => North Korea|United States",
        "日 외교부 \"韓과 협력\" => Japan|South Korea",
        // ... but not 中, which Korean also writes for "during"
        "협상 中 결렬, 검토 中 => ''",
        "北京和东北方向，日本的北方。 => China|Japan",
        "19日 오후 회담 => ''",
        // Seas and gulfs named after a country are places
        "Ships in the Sea of Japan and the South China Seas, the Gulf of Finland. => ''",
        // Treaties and conventions named after a capital; Washington, D.C. as an address
        "The Ottawa Convention, the Minsk agreements and the Vienna Convention => ''",
        "2201 C Street NW, Washington, DC 20520 => ''",
        "Washington said it would respond. => United States",
        // Hyphenated pairs and demonyms
        "the U.S.-India dialogue; the Pakistani minister => India|Pakistan|United States",
        // An ambiguous name ('?' in countries.tsv) counts once the page names the country
        // unambiguously (its capital) or holds a context phrase; alone it is the US state
        "Protests in Tbilisi grew; Georgia's parliament passed the bill. => Georgia",
        "Georgian Dream won again, and Georgia drifts from the EU. => Georgia",
        "Georgia and Arizona decide the election; polls in Georgia close at 7. => ''",
        "A viewer in Atlanta, Georgia asks about Tbilisi. => Georgia",
        // A given name that is a country's, where only a person stands: greeted, addressed,
        // bringing a question, followed by 'who'; the country in a list or as an actor counts
        "A question from Jordan, who writes in a lot. Hi Jordan. Good question, Jordan. => ''",
        "Thanks, Jordan. Next up: an email from Jordan. => ''",
        "Egypt, Syria, Jordan. Jordan asked for aid. => Egypt|Jordan|Syria",
        // A capital where someone is, lives or works, a sentence's opening setting, or a summit
        // named by its venue, is a place; read in, pressure from, officials in stay the government
        "Ben is in London this week; she lives in Seoul; our centre in Tallinn. => ''",
        "In Hanoi, talks broke down. After the Hanoi summit nothing moved. => ''",
        "Officials in Seoul said it would be read in Beijing as pressure from Tokyo. => China|Japan|South Korea",
        // A state's long official name is one mention, not one per part
        "United Kingdom of Great Britain and Northern Ireland => United Kingdom",
    })
    void family(String text, String countries) {
        assertThat(counted(text)).isEqualTo(countries);
    }

    /**
     * A store's or site's region line under the copyright line of the footer names a country on
     * the page; related links and tag lists set aside with the footer do not count.
     */
    @org.junit.jupiter.api.Test
    void regionLineBelowTheCopyright() {
        org.dossier.extract.DocumentExtractor x = org.dossier.extract.DocumentExtractor.withDefaults();
        String body = "Harbour Talk\n\nJUN 3, 2025\n\nWhy Ports Matter\n\nHost Ana Ruiz talks about the U.S. Navy and ports in Canada and "
                + "Japan with a guest from Tokyo, and why shipping lanes matter for everyone who trades by sea.\n\n";
        String footer = "More Episodes\nMAY 27, 2025  Canada's Arctic Ports  38 min\n\nCopyright © 2025 Store Inc.\nTerms  Privacy\n";
        assertThat(x.extract("p.txt", body + footer + "United States\n").countries()).contains("United States");
        assertThat(x.extract("p.txt", body + footer + "Country/Region: Canada (English)\n").countries()).contains("Canada");
        // a related link under the copyright line is no region line
        assertThat(x.extract("p.txt", body + footer + "Canada's Arctic Ports Revisited\n").countries()).doesNotContain("Canada");
        assertThat(x.extract("p.html", "<html><body><article><h1>Why Ports Matter</h1><p>" + body + "</p></article>"
                + "<footer><p>© 2025 Store Inc.</p><p>United States</p></footer></body></html>").countries()).contains("United States");
        assertThat(x.extract("p.html", "<html><body><article><h1>Why Ports Matter</h1><p>" + body + "</p></article>"
                + "<footer><p>United States</p></footer></body></html>").countries()).doesNotContain("United States");
    }
}
