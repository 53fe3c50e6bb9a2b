package org.dossier.extract.facet;

/**
 * Clock times ("12:05", "1:02:33") as a cheap screen for the kind cues that need one: a line
 * without a digit on each side of a colon cannot match them, and finding the colons is one fast
 * {@link String#indexOf(int)}.
 */
final class ClockTimes {
    /** The part of a cue's regex that is a clock time, as the cue files write it. */
    static final String CLOCK_TIME = "\\d{1,2}:\\d{2}";

    private ClockTimes() {}

    /**
     * The colon of the first clock time in {@code text[from, to)}: a colon with an ASCII digit
     * just before it (at or after {@code from}) and just after it (before {@code to}); -1 when none.
     */
    static int colonIn(String text, int from, int to) {
        for (int c = text.indexOf(':', from + 1); c >= 0 && c + 1 < to; c = text.indexOf(':', c + 1)) {
            if (isDigit(text.charAt(c - 1)) && isDigit(text.charAt(c + 1))) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9'; // \d without the UNICODE_CHARACTER_CLASS flag
    }

    /**
     * Whether every match of {@code regex} holds {@link #CLOCK_TIME}: every alternative of it
     * holds that text outside any group, or a group that is not optional and whose every
     * alternative holds it. Conservative: whatever it does not understand (flags, lookarounds,
     * named groups) counts as not holding it, so a true answer is always right.
     */
    static boolean everyMatchHolds(String regex) {
        if (hasInlineFlags(regex)) {
            return false; // \d might then mean more than ASCII digits
        }
        return holds(regex, 0, regex.length());
    }

    private static boolean hasInlineFlags(String regex) {
        for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 1)) {
            if (i > 0 && regex.charAt(i - 1) == '\\') {
                continue;
            }
            char c = i + 2 < regex.length() ? regex.charAt(i + 2) : ':';
            if (c != ':' && c != '=' && c != '!' && c != '<') {
                return true;
            }
        }
        return false;
    }

    /** Whether every alternative of {@code regex[from, to)} holds the clock time. */
    private static boolean holds(String regex, int from, int to) {
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i = next(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                if (!alternativeHolds(regex, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return alternativeHolds(regex, start, to);
    }

    /** Whether an alternative (no '|' outside its groups) holds the clock time in every match. */
    private static boolean alternativeHolds(String regex, int from, int to) {
        for (int i = from; i < to; i = next(regex, i)) {
            if (regex.startsWith(CLOCK_TIME, i) && i + CLOCK_TIME.length() <= to) {
                return true; // at this level, outside any group
            }
            if (regex.charAt(i) == '(') {
                int close = closing(regex, i);
                if (close < 0 || close >= to) {
                    return false;
                }
                boolean plainGroup = !regex.startsWith("(?", i) || regex.startsWith("(?:", i);
                boolean required = close + 1 >= to || "?*{".indexOf(regex.charAt(close + 1)) < 0;
                if (plainGroup && required && holds(regex, i + (regex.startsWith("(?:", i) ? 3 : 1), close)) {
                    return true;
                }
                i = close; // next() steps past the ')'
            }
        }
        return false;
    }

    /** The index of the ')' that closes the group opened at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = next(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index after the token at {@code i}: an escape, a character class, or one character. */
    private static int next(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return Math.min(regex.length(), i + 2);
        }
        if (c == '[') {
            int j = i + 1;
            int depth = 1;
            if (j < regex.length() && regex.charAt(j) == '^') {
                j++;
            }
            if (j < regex.length() && regex.charAt(j) == ']') {
                j++; // a ']' first is a literal
            }
            for (; j < regex.length() && depth > 0; j++) {
                char d = regex.charAt(j);
                if (d == '\\') {
                    j++;
                } else if (d == '[') {
                    depth++;
                } else if (d == ']') {
                    depth--;
                }
            }
            return j;
        }
        return i + 1;
    }
}
