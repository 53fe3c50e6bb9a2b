package org.dossier.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a text can start with for a regex to match it from its start
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

    public FirstCharacters(Pattern pattern) {
        this.pattern = pattern;
    }

    /** False only when no match of the pattern from the start of {@code text} is possible. */
    public boolean admits(CharSequence text) {
        if (text.length() == 0) {
            return true;
        }
        char c = text.charAt(0);
        if (Character.isSurrogate(c)) {
            return true; // half of a character: on its own it says nothing of the whole
        }
        byte b = known[c];
        if (b == UNKNOWN) {
            Matcher m = pattern.matcher(String.valueOf(c));
            b = m.lookingAt() || m.hitEnd() ? CAN_START : CANNOT_START;
            known[c] = b; // a benign race: every thread computes the same value
        }
        return b == CAN_START;
    }
}
