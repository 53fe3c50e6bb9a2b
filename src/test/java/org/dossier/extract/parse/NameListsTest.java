package org.dossier.extract.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link NameLists#tailCut} must cut where the TAIL_CUT regex it replaces splits. */
class NameListsTest {
    /** Pieces of bylines: names, the white space of {@code \s}, separators, linking words, digits. */
    private static final String[] PIECES = {"Jane", "Doe", "X", " ", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00a0",
        "|", "•", "·", "—", "–", "-", "(", "（", "for", "on", "in", "at", "from", "FOR", "ON", "IN", "AT", "FROM",
        "font", "inx", "3", "0", "and", ",", "李维"};

    @Test
    void cutsWhereTheRegexSplits() {
        Random random = new Random(11);
        for (int round = 0; round < 300_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(9);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = sb.toString();
            String expected = NameLists.TAIL_CUT.split(t, 2)[0];
            assertThat(t.substring(0, NameLists.tailCut(t))).as("[%s]", t).isEqualTo(expected);
        }
    }

    @Test
    void keepsSingleNamesWhole() {
        assertThat(NameLists.split("Wei Sneider")).containsExactly("Wei Sneider");
        assertThat(NameLists.split("Jane Doe | March 3, 2025")).containsExactly("Jane Doe");
        assertThat(NameLists.split("JANE DOE AND JOHN ROE for The Diplomat")).containsExactly("Jane Doe", "John Roe");
    }
}
