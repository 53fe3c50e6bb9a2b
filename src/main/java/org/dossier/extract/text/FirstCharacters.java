package org.dossier.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters (and, for ASCII, the pairs of characters) a text can start with for a regex to match it from its start
 * ({@link Matcher#matches} or {@link Matcher#lookingAt}), so that most lines a line rule is tried
 * on are ruled out by their first character with one lookup, without a matcher. Worked out on
 * first sight of each character: a regex that cannot match anything starting with c fails on the
 * one-character text "c" without reaching its end ({@link Matcher#hitEnd}). Thread-safe.
 */
public final class FirstCharacters {
    private static final byte UNKNOWN = 0;
    private static final byte CAN_START = 1;
    private static final byte CANNOT_START = 2;

    private final Pattern pattern;
    private final byte[] known = new byte[65536];
    /**
     * The same for the first two characters when both are ASCII ({@code 128 * first + second}):
     * a line rule opening with a word ("Cover of ...") admits every line starting with its first
     * letter ("China ..."), and the second one rules most of them out.
     */
    private final byte[] knownPairs = new byte[128 * 128];

    public FirstCharacters(Pattern pattern) {
        this.pattern = pattern;
    }

    /** False only when no match of the pattern from the start of {@code text} is possible. */
    public boolean admits(CharSequence text) {
        return admitsAt(text, 0);
    }

    /**
     * As {@link #admits} of {@code text.subSequence(at, text.length())}, without making that copy:
     * for a rule tried at a place in a long text.
     */
    public boolean admitsAt(CharSequence text, int at) {
        int n = text.length();
        if (at >= n) {
            return true;
        }
        char c = text.charAt(at);
        if (Character.isSurrogate(c)) {
            return true; // half of a character: on its own it says nothing of the whole
        }
        byte b = known[c];
        if (b == UNKNOWN) {
            b = canStart(String.valueOf(c));
            known[c] = b; // a benign race: every thread computes the same value
        }
        if (b != CAN_START || at + 1 >= n || c >= 128 || text.charAt(at + 1) >= 128) {
            return b == CAN_START;
        }
        int pair = 128 * c + text.charAt(at + 1);
        byte p = knownPairs[pair];
        if (p == UNKNOWN) {
            p = canStart(text.subSequence(at, at + 2).toString());
            knownPairs[pair] = p;
        }
        return p == CAN_START;
    }

    /** Whether a match may start with {@code prefix}: one is found, or the search reached its end. */
    private byte canStart(String prefix) {
        Matcher m = pattern.matcher(prefix);
        return m.lookingAt() || m.hitEnd() ? CAN_START : CANNOT_START;
    }
}
