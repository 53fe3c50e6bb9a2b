package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Literal} must find exactly what {@link String#indexOf(String, int)} finds. */
class LiteralTest {
    private static final char[] ALPHABET = {'a', 'b', 'Q', ' ', ':', '.', '\n', '中'};

    @Test
    void agreesWithIndexOfOnRandomTexts() {
        Random random = new Random(11);
        for (int round = 0; round < 200_000; round++) {
            String text = randomText(random, random.nextInt(30));
            String needle = randomText(random, 1 + random.nextInt(4));
            int from = random.nextInt(text.length() + 3) - 1;
            assertThat(new Literal(needle).indexIn(text, from)).as("%s in %s from %d", needle, text, from)
                    .isEqualTo(text.indexOf(needle, from));
        }
    }

    @Test
    void findsCueWords() {
        Literal briefing = new Literal(" Briefing");
        String text = "Daily Briefing\nPress Briefing: the minister";
        assertThat(briefing.indexIn(text, 0)).isEqualTo(5);
        assertThat(briefing.indexIn(text, 6)).isEqualTo(text.indexOf(" Briefing", 6));
        assertThat(new Literal("FACT SHEET").in(text)).isFalse();
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
