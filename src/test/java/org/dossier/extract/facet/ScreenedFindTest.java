package org.dossier.extract.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.Resources;
import org.junit.jupiter.api.Test;

/** {@link ScreenedFind} finds what a loop of {@code find()} finds, for the 'said' rules and a few anchored regexes. */
class ScreenedFindTest {
    private static final String[] PIECES = {
        "Wang", " ", "Li Wei", "表示", "说", "认为", "\n", "\r\n", "Kim Jong", "a", "B", ",", "  ", "\u2028", "Q", "x说",
    };

    @Test
    void findsAsFindDoes() {
        List<Pattern> patterns = new ArrayList<>();
        for (String row : Resources.lines("speaker-rules.tsv")) {
            String[] c = row.split("\t", 3);
            if (c[0].equals("said")) {
                patterns.add(Pattern.compile(c[2]));
            }
        }
        patterns.add(Pattern.compile("(?m)^Li\\b|B(?=,)"));
        patterns.add(Pattern.compile("^Wang|Kim$"));
        patterns.add(Pattern.compile("(?m)Wei$|^\\s*Q"));
        Random random = new Random(11);
        for (Pattern p : patterns) {
            ScreenedFind screened = new ScreenedFind(p);
            for (int t = 0; t < 3000; t++) {
                StringBuilder sb = new StringBuilder();
                for (int k = random.nextInt(10); k >= 0; k--) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String text = sb.toString();
                List<String> expected = new ArrayList<>();
                Matcher plain = p.matcher(text);
                while (plain.find()) {
                    expected.add(plain.start() + "-" + plain.end());
                }
                List<String> got = new ArrayList<>();
                Matcher m = screened.matcher(text);
                for (int from = 0; screened.find(m, text, from); from = m.end() > m.start() ? m.end() : m.end() + 1) {
                    got.add(m.start() + "-" + m.end());
                }
                assertThat(got).as("%s in %s", p, text).isEqualTo(expected);
            }
        }
    }
}
