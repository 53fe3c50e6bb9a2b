package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexSyntaxTest {

    @Test
    void aGroupEndsAtItsOwnParenthesisNotOneInAClassOrEscapedOrQuoted() {
        String regex = "(?<=(?:^|\\n)[)(]\\)\\Q)\\E\\s{0,20})Host:";
        assertThat(RegexSyntax.groupEnd(regex, 0)).isEqualTo(regex.indexOf(")Host"));
        assertThat(RegexSyntax.groupEnd("(a(b)c)d", 0)).isEqualTo(6);
        assertThat(RegexSyntax.groupEnd("(a(b)c)d", 2)).isEqualTo(4);
    }

    @Test
    void aClassEndsAtItsOwnBracketWithNestedClassesAndEscapes() {
        assertThat(RegexSyntax.classEnd("[a[bc]\\]]x", 0)).isEqualTo(8);
        assertThat(RegexSyntax.classEnd("[\\Q]\\E]x", 0)).isEqualTo(6);
    }

    @Test
    void unclosedStructuresAreReportedAsMinusOne() {
        assertThat(RegexSyntax.groupEnd("(a[)]", 0)).isEqualTo(-1);
        assertThat(RegexSyntax.groupEnd("(a[b", 0)).isEqualTo(-1);
        assertThat(RegexSyntax.classEnd("[ab\\]", 0)).isEqualTo(-1);
    }

    @Test
    void anEscapeEndsAtTheEscapedCharacterOrTheEndOfAQuotedStretch() {
        assertThat(RegexSyntax.escapeEnd("a\\(b", 1)).isEqualTo(2);
        assertThat(RegexSyntax.escapeEnd("\\Q(|)\\Ex", 0)).isEqualTo(6);
        assertThat(RegexSyntax.escapeEnd("\\Q(|)", 0)).isEqualTo(5);
    }
}
