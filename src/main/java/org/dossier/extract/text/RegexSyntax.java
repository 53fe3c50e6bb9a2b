package org.dossier.extract.text;

/**
 * Reads a regex's structure from its text: where an escape, a character class or a group ends.
 * Several screens decide from a rule's regex whether a shortcut is exact for it (a caret that
 * opens every alternative, a group's number, a look-behind the rule opens with); they share this
 * one reading, so that they agree on what an escape, a quoted stretch ({@code \Q...\E}) and a
 * class are.
 */
public final class RegexSyntax {

    private RegexSyntax() {}

    /**
     * The index of the last character of the escape whose backslash stands at {@code i}: the
     * escaped character, or the 'E' that ends a quoted stretch (the regex's end if none does).
     */
    public static int escapeEnd(String regex, int i) {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
            int e = regex.indexOf("\\E", i + 2); // a quoted stretch: nothing in it counts
            return e < 0 ? regex.length() : e + 1;
        }
        return i + 1;
    }

    /** Where the character class opened at {@code open} closes (nested classes included), or -1. */
    public static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the group opened at {@code open} closes, or -1. */
    public static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
