package org.dossier.extract.facet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.RegexSyntax;

/**
 * The part of a date context that precedes the date ("Published on ", "| "): a regex that must
 * match some stretch of a region that ends exactly where the date starts. Asking
 * {@code (?:before)\z} to {@code find()} in the region tries every position of it, and most
 * positions cannot start a match; here only the positions whose character can start one (known
 * from a table filled on first sight of each character) are tried, with the same answer.
 *
 * <p>Why the answer is the same: find() tries the region's start, where anchors (^, \A) hold,
 * and then each later position p, where ^ holds only after a line terminator and \A never. The
 * region's start is tried as find() would try it. At a later p, the regex without its {@code \z},
 * with non-anchoring bounds, must match exactly the rest of the region ({@code matches()}): ^ then
 * looks at the real character before p, and \A cannot hold; the region's end still bounds the
 * match. A position whose character cannot start a match (the table, worked out with a letter
 * before it) and that does not follow a line terminator cannot be a match's start. Regexes whose
 * answer could depend on more than this (lookaround, word boundaries, end anchors of their own,
 * an empty match) keep the plain find().
 *
 * <p>Words that open with '^' (and hold no '|' outside brackets, so every match opens with it)
 * can start only at the region's start, or with MULTILINE only there and after a line break:
 * in a text whose only breaks are '\n', those are found by searching for '\n'.
 */
final class WordsBefore {

    private final Pattern anchored;
    private final Pattern bare;
    /** Where a match of {@link #bare} may start. */
    private final MatchStarts starts;
    /**
     * Per first character that may start a match, per ASCII second character: 0 not yet known,
     * 1 the two may open a match, 2 they cannot. Most positions whose character may start a match
     * (a space, an 'r' under (?i)) are ruled out by the next character, at the cost of a lookup
     * instead of a regex try.
     */
    private final byte[][] canOpen;
    /** Which three characters may open a match, after the tables above let a position through. */
    private final Openings openings;
    /** Every match opens with '^': at the region's start, or with MULTILINE also after a line break. */
    private final boolean caretFirst;
    private final boolean multiline;

    /**
     * @param flags the context's leading flags, letters only ("(?im)"), or ""
     * @param before the regex before the date
     */
    WordsBefore(String flags, String before) {
        anchored = Pattern.compile(flags + "(?:" + before + ")\\z");
        Pattern b = Pattern.compile(flags + "(?:" + before + ")");
        caretFirst = before.startsWith("^") && !hasTopLevelBar(before);
        multiline = flags.indexOf('m') >= 0; // the leading flags group ("(?im)"), under which the '^' stands
        // An empty match could only be found at the region's end, where a '^' never holds (with
        // the region's bounds as anchors, '^' fails at the end of the input): words that open
        // with '^' may match the empty text and still be searched so.
        boolean simple = !before.contains("(?=") && !before.contains("(?!") && !before.contains("(?<=")
                && !before.contains("(?<!") && !before.contains("\\b") && !before.contains("\\B")
                && !before.contains("\\G") && !before.contains("\\z") && !before.contains("\\Z")
                && !before.contains("$") && (caretFirst || !b.matcher("").matches());
        bare = simple ? b : null;
        starts = simple ? new MatchStarts(b) : null;
        canOpen = simple ? new byte[65536][] : null;
        openings = simple ? new Openings(b) : null;
    }

    /** Whether the regex has a '|' outside brackets and parentheses (an alternative of the whole). */
    static boolean hasTopLevelBar(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = RegexSyntax.escapeEnd(regex, i);
            } else if (c == '[') {
                i = RegexSyntax.classEnd(regex, i);
                if (i < 0) {
                    return false; // an unclosed class: nothing after it counts
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == '|') {
                return true;
            }
        }
        return false;
    }

    /** A matcher for {@link #anchored}, made once per text. */
    Matcher anchoredMatcher(CharSequence text) {
        return anchored.matcher(text);
    }

    /** A matcher for the tries at later positions (null when plain find() is used). */
    Matcher bareMatcher(CharSequence text) {
        if (bare == null) {
            return null;
        }
        Matcher m = bare.matcher(text);
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        return m;
    }

    /**
     * Whether the regex matches in {@code text[from, to)} ending at {@code to}, as
     * {@code anchored.region(from, to).find()} would say. {@code bare} is from {@link #bareMatcher}
     * (made lazily: pass null and a holder to get it made on need). {@code newlinesOnly}: the
     * text's only line breaks are '\n' (no {@code \r \u0085 \u2028 \u2029}); false when not known,
     * and then the region is looked at when it matters.
     */
    boolean matchesBefore(String text, int from, int to, Matcher anchoredM, Matcher[] bareM, boolean newlinesOnly) {
        anchoredM.region(from, to);
        if (bare == null) {
            return anchoredM.find();
        }
        if (mayOpenAt(text, from, to, Openings.REGION_START) && anchoredM.lookingAt()) {
            return true; // find()'s first try, at the region's start
        }
        if (caretFirst && !multiline) {
            return false; // '^' holds at the region's start only
        }
        // The '^' positions past the region's start follow its line terminators: when its only
        // ones are '\n', those are found by searching for '\n'.
        if (caretFirst && (newlinesOnly || newlinesOnly(text, from, to))) {
            for (int p = text.indexOf('\n', from) + 1; p > 0 && p < to; p = text.indexOf('\n', p) + 1) {
                if (!mayOpenAt(text, p, to, Openings.AFTER_NEWLINE)) {
                    continue;
                }
                Matcher m = bareM[0] == null ? (bareM[0] = bareMatcher(text)) : bareM[0];
                m.region(p, to);
                if (m.matches()) {
                    return true;
                }
            }
            return false;
        }
        for (int p = from + 1; p < to; p++) {
            char c = text.charAt(p);
            char previous = text.charAt(p - 1);
            if (MatchStarts.isLineTerminator(previous)) {
                if (previous == '\n' && !mayOpenAt(text, p, to, Openings.AFTER_NEWLINE)) {
                    continue;
                }
            } else if (!starts.mayStart(c) || p + 1 < to && !mayOpen(c, text.charAt(p + 1))
                    || !mayOpenAt(text, p, to, Openings.ELSEWHERE)) {
                continue;
            }
            Matcher m = bareM[0] == null ? (bareM[0] = bareMatcher(text)) : bareM[0];
            m.region(p, to);
            if (m.matches()) {
                return true;
            }
        }
        return false; // no empty match at the end: ruled out when made
    }

    /** Whether the only line terminators in {@code text[from, to)} are '\n'. */
    private static boolean newlinesOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\n' && MatchStarts.isLineTerminator(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a match may open at p, standing {@code where}, as far as its first three characters tell. */
    private boolean mayOpenAt(String text, int p, int to, int where) {
        return !Openings.screenable(text, p, to) || openings.mayOpen(text, p, where);
    }

    /**
     * Whether a match at least two characters long may open with c1 c2 (c1 may start one): as
     * {@link MatchStarts#mayStart}, on two characters. Only an ASCII c2 is looked up; any other is tried.
     */
    private boolean mayOpen(char c1, char c2) {
        if (c2 >= 128 || Character.isSurrogate(c1)) {
            return true;
        }
        byte[] table = canOpen[c1];
        if (table == null) {
            table = new byte[128];
            canOpen[c1] = table; // a benign race: a lost table is only worked out again
        }
        byte b = table[c2];
        if (b == 0) {
            Matcher m = bare.matcher("x" + c1 + c2);
            m.useAnchoringBounds(false);
            m.useTransparentBounds(true);
            m.region(1, 3);
            // The match runs on to the date, past c2: it must take both characters and more
            // (hitEnd) or exactly these two. A regex that could stop after c1 (a lone separator
            // before the date) is not let through by that.
            b = m.matches() || m.hitEnd() ? (byte) 1 : (byte) 2;
            table[c2] = b;
        }
        return b == 1;
    }
}
