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
    })
    void family(String text, String countries) {
        assertThat(counted(text)).isEqualTo(countries);
    }
}
