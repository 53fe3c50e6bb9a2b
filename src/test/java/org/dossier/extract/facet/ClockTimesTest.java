package org.dossier.extract.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link ClockTimes}: which regexes need a clock time, and that no line without one matches them. */
class ClockTimesTest {
    @Test
    void readsWhetherEveryMatchHoldsAClockTime() {
        assertThat(ClockTimes.everyMatchHolds("[ \\t]*\\p{Lu}[^\\n:]{1,40}[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?[ \\t]*$")).isTrue();
        assertThat(ClockTimes.everyMatchHolds("[ \\t]*(?:\\[\\d{1,2}:\\d{2}\\]|\\d{1,2}:\\d{2}:\\d{2}\\b|x\\(\\d{1,2}:\\d{2}\\):)")).isTrue();
        assertThat(ClockTimes.everyMatchHolds("(?:\\d{1,2}:\\d{2})+x")).isTrue();
        // an alternative without one, an optional group, a lookahead, a class, flags: no
        assertThat(ClockTimes.everyMatchHolds("\\d{1,2}:\\d{2}|Duration:")).isFalse();
        assertThat(ClockTimes.everyMatchHolds("x(?:\\d{1,2}:\\d{2})?")).isFalse();
        assertThat(ClockTimes.everyMatchHolds("x(?:\\d{1,2}:\\d{2})*")).isFalse();
        assertThat(ClockTimes.everyMatchHolds("x(?:\\d{1,2}:\\d{2}){0,1}")).isFalse();
        assertThat(ClockTimes.everyMatchHolds("x(?=\\d{1,2}:\\d{2})")).isFalse();
        assertThat(ClockTimes.everyMatchHolds("[\\d{1,2}:\\d{2}]")).isFalse();
        assertThat(ClockTimes.everyMatchHolds("(?U)\\d{1,2}:\\d{2}")).isFalse();
        assertThat(ClockTimes.everyMatchHolds("\\\\d{1,2}:\\d{2}")).isFalse();
    }

    @Test
    void findsTheColonOfAClockTime() {
        assertThat(ClockTimes.colonIn("Sanctions: a primer", 0, 19)).isEqualTo(-1);
        assertThat(ClockTimes.colonIn("at 12:05 and 1:2", 0, 16)).isEqualTo(5);
        assertThat(ClockTimes.colonIn("1:2", 1, 3)).isEqualTo(-1); // the digit before is outside
        assertThat(ClockTimes.colonIn("1:2", 0, 2)).isEqualTo(-1); // the digit after is outside
    }

    /** A line that a clock-time regex matches always holds a clock time by {@link ClockTimes#colonIn}. */
    @Test
    void noMatchWithoutAClockTime() {
        Pattern p = Pattern.compile("[ \\t]*(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]|\\d{1,2}:\\d{2}:\\d{2}\\b|[^\\n(]{1,40}\\(\\d{1,2}:\\d{2}(?::\\d{2})?\\):)");
        assertThat(ClockTimes.everyMatchHolds(p.pattern())).isTrue();
        String[] pieces = {"1", "12", ":", "(", ")", "[", "]", " ", "a", "Ep", "٣"};
        Random r = new Random(7);
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String line = sb.toString();
            if (p.matcher(line).lookingAt()) {
                assertThat(ClockTimes.colonIn(line, 0, line.length())).as(line).isGreaterThan(0);
            }
        }
    }
}
