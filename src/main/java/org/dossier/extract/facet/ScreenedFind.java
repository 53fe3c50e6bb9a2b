package org.dossier.extract.facet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.RegexLiterals;

/**
 * A regex's {@code find()}, tried only at the positions whose character can start a match (known
 * from a table filled on first sight of each character), not at every position of the text.
 *
 * <p>Why the matches are the same: find() tries each position in turn and returns the first
 * match. Here each candidate position p is tried with {@code lookingAt()} over {@code [p, end)}
 * with transparent, non-anchoring bounds, so '^', '$' and lookahead see the whole text as find()
 * does. A position is skipped only when its character cannot start a match (the table, worked
 * out with a letter before it), it is not the text's start and does not follow a line
 * terminator (where '^' may hold). Regexes whose start could depend on the character before it
 * (lookbehind, word boundaries, \G) or that match the empty text keep the plain find().
 */
final class ScreenedFind {
    private final Pattern pattern;
    /** Where a match may start; null: plain find(). */
    private final MatchStarts starts;
    /** The literals one of which ends every match, or null (see {@link RegexLiterals#endingAlternatives}). */
    private final String[] endings;
    /** The lowest character that opens one of {@link #endings}: most texts hold none that high. */
    private final char lowestEndingStart;

    ScreenedFind(Pattern pattern) {
        this.pattern = pattern;
        String p = pattern.pattern();
        boolean simple = !p.contains("(?<=") && !p.contains("(?<!") && !p.contains("\\b") && !p.contains("\\B")
                && !p.contains("\\G") && !pattern.matcher("").lookingAt();
        starts = simple ? new MatchStarts(pattern) : null;
        endings = pattern.flags() == 0 ? RegexLiterals.endingAlternatives(p) : null;
        char lowest = Character.MAX_VALUE;
        for (String e : endings == null ? new String[0] : endings) {
            lowest = (char) Math.min(lowest, e.charAt(0));
        }
        lowestEndingStart = lowest;
    }

    /**
     * False when the text cannot hold a match: the regex ends with one of a few literals
     * ("说", "表示") and the text holds none of them, which one look at each character tells.
     */
    boolean mayMatch(String text) {
        if (endings == null) {
            return true;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= lowestEndingStart) {
                for (String e : endings) {
                    if (text.startsWith(e, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    Pattern pattern() {
        return pattern;
    }

    /** A matcher over {@code text} for {@link #find}. */
    Matcher matcher(String text) {
        Matcher m = pattern.matcher(text);
        if (starts != null) {
            m.useAnchoringBounds(false);
            m.useTransparentBounds(true);
        }
        return m;
    }

    /**
     * The next match at or after {@code from}, as {@code m.find()} would find it after a match
     * ending at {@code from} (or from the start): true with {@code m} on the match, else false.
     */
    boolean find(Matcher m, String text, int from) {
        if (starts == null) {
            return m.find(from);
        }
        int n = text.length();
        for (int p = from; p < n; p++) {
            if (p > 0 && !starts.mayStart(text.charAt(p)) && !MatchStarts.isLineTerminator(text.charAt(p - 1))) {
                continue;
            }
            m.region(p, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false; // no empty match at the end: ruled out when made
    }
}
