package org.dossier.extract.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.Resources;
import org.junit.jupiter.api.Test;

/**
 * {@link WordsBefore} answers as {@code find()} of {@code (?:before)\z} over the region does, for
 * every context and veto of date-patterns.tsv, on random texts made of the pieces that matter.
 */
class WordsBeforeTest {
    private static final Pattern LEADING_FLAGS = Pattern.compile("^\\(\\?[a-zA-Z]+\\)");
    private static final String[] PIECES = {
        "Published on ", "published", "Updated: ", "Posted", "Episode Date:", "date", " ", "  ", "\t", "\n", "\r\n",
        "\r", "\u2028", "\u0085", "|", " · ", ",", ":", "：", "-", "— ", "(", "[", "Monday, ", "Mon. ", "Fri, ", "Streamed live on ",
        "Recorded on", "taped", "SEOUL", "Seoul, ", "x", "Accessed ", "printed from www.example.org on ", "Retrieved", "a",
        "B", "7", "발행일", "입력 ", "发布时间", "*", ">", "_", "T",
    };

    @Test
    void answersAsFindOverTheRegion() {
        List<String[]> befores = new ArrayList<>(); // flags, before
        for (String line : Resources.lines("date-patterns.tsv")) {
            String[] c = line.split("\t");
            if (c[0].equals("veto")) {
                befores.add(new String[] {"", c[1]});
            } else if (c[0].equals("context")) {
                Matcher fm = LEADING_FLAGS.matcher(c[3]);
                String flags = fm.find() ? fm.group() : "";
                String body = c[3].substring(flags.length());
                int at = body.indexOf("{DATE");
                if (at > 0) {
                    befores.add(new String[] {flags, body.substring(0, at)});
                }
            }
        }
        assertThat(befores).hasSizeGreaterThan(5);
        Random random = new Random(7);
        for (String[] b : befores) {
            WordsBefore words = new WordsBefore(b[0], b[1]);
            Pattern plain = Pattern.compile(b[0] + "(?:" + b[1] + ")\\z");
            for (int t = 0; t < 400; t++) {
                StringBuilder sb = new StringBuilder();
                for (int k = random.nextInt(12); k >= 0; k--) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String text = sb.toString();
                boolean newlinesOnly = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0;
                for (int from = 0; from <= text.length(); from++) {
                    for (int to = from; to <= text.length(); to++) {
                        boolean expected = plain.matcher(text).region(from, to).find();
                        boolean got = words.matchesBefore(text, from, to, words.anchoredMatcher(text), new Matcher[1], newlinesOnly);
                        assertThat(got).as("%s in [%d, %d) of %s", b[1], from, to, text.replace("\n", "\\n")).isEqualTo(expected);
                        // Not told whether the text's only breaks are '\n': the same answer.
                        boolean unknown = words.matchesBefore(text, from, to, words.anchoredMatcher(text), new Matcher[1], false);
                        assertThat(unknown).as("%s in [%d, %d) of %s", b[1], from, to, text.replace("\n", "\\n")).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
