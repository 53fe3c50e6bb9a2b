package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexLiteralsTest {

    @Test
    void endingAlternativesAreTheLiteralsEveryMatchEndsWith() {
        assertThat(RegexLiterals.endingAlternatives("(?<name>\\p{Lu}\\p{Ll}+)\\s*(?:认为|表示|说)"))
                .containsExactly("认为", "表示", "说");
        assertThat(RegexLiterals.endingAlternatives("[(|]x(?:c|d)")).containsExactly("c", "d");
    }

    @Test
    void noEndingAlternativesWhereAMatchNeedNotEndWithThem() {
        assertThat(RegexLiterals.endingAlternatives("a|b(?:c|d)")).isNull(); // "a" alone
        assertThat(RegexLiterals.endingAlternatives("(?i)x(?:c|d)")).isNull(); // "C"
        assertThat(RegexLiterals.endingAlternatives("x(?:c|d)?")).isNull();
        assertThat(RegexLiterals.endingAlternatives("x(?:c|d)+")).isNull(); // ends with ')' not at the group
        assertThat(RegexLiterals.endingAlternatives("x(?:c|)")).isNull();
        assertThat(RegexLiterals.endingAlternatives("x(?:c.|d)")).isNull();
        assertThat(RegexLiterals.endingAlternatives("(a(?:c|d))")).isNull();
        assertThat(RegexLiterals.endingAlternatives("\\Q|\\Ex(?:c|d)")).isNull();
    }
}
