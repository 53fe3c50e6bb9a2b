package org.dossier.extract.facet;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a match of a regex may open with three given characters, where they stand: at the
 * start of the region (anchors hold there), just after a '\n', or after any other character. A
 * screen for {@link WordsBefore}: most positions whose first two characters may open a match
 * (a space before a lower-case letter, a line start) are ruled out by the third, at the cost of a
 * table lookup instead of a try of a regex with a long alternation.
 *
 * <p>Why a "no" is safe: the regex is run on the three characters alone (after a stand-in for
 * the character before them); a match over a longer stretch that starts with them would read
 * them the same way and go on past them, so the regex would either match them exactly or reach
 * their end (hitEnd). Only a regex without lookaround, word boundaries and end anchors may be
 * screened so (see {@link WordsBefore}).
 *
 * <p>The answers are kept in a small table indexed by a hash of the characters, each entry one
 * long holding the characters, where they stand and the answer, so that a thread sees either a
 * whole entry or none; an entry overwritten by another opening is only worked out again.
 */
final class Openings {

    /** Where the three characters stand. */
    static final int ELSEWHERE = 0;
    static final int AFTER_NEWLINE = 1;
    static final int REGION_START = 2;

    private static final int SIZE = 4096;

    private final Pattern pattern;
    private final AtomicLongArray known = new AtomicLongArray(SIZE);

    Openings(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Whether a match may open with {@code text[p, p + 3)} (which must lie inside the text and
     * hold no surrogate: the caller tries the regex itself then), standing at {@code where}.
     */
    boolean mayOpen(CharSequence text, int p, int where) {
        long key = (long) where << 48 | (long) text.charAt(p) << 32 | (long) text.charAt(p + 1) << 16 | text.charAt(p + 2);
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 52) & (SIZE - 1);
        long entry = known.getOpaque(slot);
        if (entry >>> 2 == key && entry != 0) {
            return (entry & 1) == 1;
        }
        boolean may = worksOut(text.subSequence(p, p + 3).toString(), where);
        known.setOpaque(slot, key << 2 | 2 | (may ? 1 : 0));
        return may;
    }

    private boolean worksOut(String three, int where) {
        Matcher m;
        if (where == REGION_START) {
            m = pattern.matcher(three); // anchoring bounds, as the region's own start
        } else {
            m = pattern.matcher((where == AFTER_NEWLINE ? "\n" : "x") + three);
            m.useAnchoringBounds(false);
            m.useTransparentBounds(true);
            m.region(1, 4);
        }
        return m.matches() || m.hitEnd();
    }

    /** Whether the three characters from p can be screened: inside the stretch, no surrogate. */
    static boolean screenable(CharSequence text, int p, int to) {
        return p + 3 <= to && !Character.isSurrogate(text.charAt(p)) && !Character.isSurrogate(text.charAt(p + 1))
                && !Character.isSurrogate(text.charAt(p + 2));
    }
}
