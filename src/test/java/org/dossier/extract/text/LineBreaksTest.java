package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LineBreaks} must give exactly what the regexes it replaces give. */
class LineBreaksTest {
    /** Letters, the white space of {@code \s}, and the line breaks that are not {@code \s}. */
    private static final char[] ALPHABET = {'a', 'b', ' ', ' ', '\t', '\n', '\n', '\r', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\u00a0'};
    /** As most files are: {@code \n} the only break. */
    private static final char[] NEWLINES_ONLY = {'a', 'b', ' ', ' ', '\t', '\n', '\n', '\u00a0', '\u4e2d'};

    @Test
    void agreesWithTheRegexesOnRandomTexts() {
        Random random = new Random(7);
        for (int round = 0; round < 400_000; round++) {
            String text = randomText(random, round % 2 == 0 ? ALPHABET : NEWLINES_ONLY, random.nextInt(14));
            assertThat(LineBreaks.lines(text)).as("lines of %s", escaped(text)).containsExactly(text.split("\\R"));
            assertThat(LineBreaks.paragraphs(text)).as("paragraphs of %s", escaped(text)).containsExactly(text.split("\\R\\s*\\R"));
            assertThat(LineBreaks.joinLines(text)).as("joined lines of %s", escaped(text)).isEqualTo(text.replaceAll("\\s*\\R\\s*", " "));
            assertThat(LineBreaks.hasBreak(text)).isEqualTo(text.matches("(?s).*\\R.*"));
        }
    }

    @Test
    void splitsTheCommonCases() {
        assertThat(LineBreaks.lines("a\r\nb\n\nc\n\n")).containsExactly("a", "b", "", "c");
        assertThat(LineBreaks.paragraphs("one\ntwo\n \nthree")).containsExactly("one\ntwo", "three");
        assertThat(LineBreaks.joinLines("one \n two\tthree")).isEqualTo("one two\tthree");
        assertThat(LineBreaks.lines("")).isEqualTo(List.of(""));
        assertThat(LineBreaks.lines("\n")).isEmpty();
    }

    private static String randomText(Random random, char[] alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            sb.append(c >= 'a' && c <= 'z' ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.append('"').toString();
    }
}
