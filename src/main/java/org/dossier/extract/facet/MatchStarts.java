package org.dossier.extract.facet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters can start a match of a regex, worked out on first sight of each character
 * (with a letter before it, so that a start does not rely on the text's own start) and kept in a
 * table: a screen that lets a search skip the positions where the regex cannot begin
 * ({@link ScreenedFind}, {@link WordsBefore}).
 */
final class MatchStarts {
    private final Pattern pattern;
    /** Per character: 0 not yet known, 1 may start a match, 2 cannot. */
    private final byte[] known = new byte[65536];

    MatchStarts(Pattern pattern) {
        this.pattern = pattern;
    }

    boolean mayStart(char c) {
        byte b = known[c];
        if (b == 0) {
            if (Character.isSurrogate(c)) {
                b = 1; // a code point's half: tried, not judged alone
            } else {
                Matcher m = pattern.matcher("x" + c);
                m.useAnchoringBounds(false);
                m.useTransparentBounds(true);
                m.region(1, 2);
                b = m.lookingAt() || m.hitEnd() ? (byte) 1 : (byte) 2;
            }
            known[c] = b; // a benign race: every thread computes the same value
        }
        return b == 1;
    }

    /** A line terminator as java.util.regex sees one, after which '^' may hold under MULTILINE. */
    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || (c | 1) == '\u2029';
    }
}
