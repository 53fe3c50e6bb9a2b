package org.dossier.extract.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FurnitureTest {
    private static final String[] WORDS = {"subscribe", "review", "mail us", "spotify", "podcasts", "follow us",
        "back to top", "newsletter", "leave us a"};
    /** Keywords in any case, and the characters whose lower-casing is not one ASCII letter for one. */
    private static final String[] PIECES = {"SUBSCRIBE", "Review", "mAiL uS", "Spotify", "PODCASTS", "Follow Us",
        "BAC\u212A to top", "back to top", "Newsletter", "leave us a", "\u0130", "\u212A", "\ud83d\ude00", "\ud83d",
        "é", "É", "ß", "Σ", "@", "\u0161", "\u0153", "\u00c1", "\u00e1", "S", "s", "P", "\u0150", "\u0170", "\u0000", "李维", "?", " ", "\n", "Z", "@", "[", "`", "{", "x", "\u00ff", "\u0178"};

    /** {@link Furniture#keywordSearchCopy} finds every prefilter word where the JDK's lower case does. */
    @Test
    void keywordsAtTheSamePlacesAsInTheLowerCase() {
        Random random = new Random(7);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String body = sb.toString();
            String jdk = body.toLowerCase(Locale.ROOT);
            String copy = Furniture.keywordSearchCopy(body);
            if (jdk.length() != body.length()) {
                assertThat(copy).as("[%s]", body).isNull();
                continue;
            }
            assertThat(copy).as("[%s]", body).isNotNull();
            assertThat(places(copy)).as("[%s]", body).isEqualTo(places(jdk));
        }
    }

    /** {@link KeywordPlaces} finds the prefilter words where the JDK's lower case does, or refuses the text. */
    @Test
    void keywordPlacesAsInTheLowerCase() {
        KeywordPlaces finder = KeywordPlaces.of(List.of(WORDS));
        Random random = new Random(11);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(16);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String body = sb.toString();
            int[] found = finder.find(body);
            if (body.indexOf('\u0130') >= 0 || body.indexOf('\u212A') >= 0) {
                assertThat(found).as("[%s]", body).isNull();
                continue;
            }
            List<Integer> expected = places(body.toLowerCase(Locale.ROOT));
            expected.sort(null);
            java.util.Arrays.sort(found);
            assertThat(found).as("[%s]", body).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static List<Integer> places(String lower) {
        List<Integer> out = new ArrayList<>();
        for (String w : WORDS) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Every byte value at every place of the last, partial, eight-byte word and of a whole one. */
    @Test
    void lowersAsciiCapitalsOnly() {
        for (int v = 0; v < 256; v++) {
            for (int at = 0; at < 19; at++) {
                byte[] bytes = new byte[19];
                java.util.Arrays.fill(bytes, (byte) 'Q');
                bytes[at] = (byte) v;
                Furniture.lowerAsciiCapitals(bytes);
                for (int k = 0; k < bytes.length; k++) {
                    int was = k == at ? v : 'Q';
                    int expected = was >= 'A' && was <= 'Z' ? was + ('a' - 'A') : was;
                    assertThat(bytes[k] & 0xff).as("byte %d at %d", v, at).isEqualTo(expected);
                }
            }
        }
    }
}
