package org.dossier.extract.text;

/**
 * A string of several characters to look for in texts, found by its rarest character. The JVM
 * runs {@link String#indexOf(int)} many characters at a time, while {@link String#indexOf(String)}
 * with a longer needle compares far slower: searching a page's body for each of a few dozen cue
 * words ("FACT SHEET", "Press Briefing", "Chair") cost microseconds. The rarest character (the
 * capital of "Press Briefing") stops the fast search seldom, and each stop compares the whole.
 * A lower-case letter is not rare enough: prefilter words in a lower-cased body ('p' of
 * "podcasts") stopped so often that this was slower than indexOf(String), which a literal of
 * lower-case letters and spaces keeps.
 */
public final class Literal {
    /** Lower-case English letters, the most frequent first. */
    private static final String LETTERS_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";

    private final String literal;
    /** Where in the literal its rarest character is, and that character. */
    private final int anchor;
    private final char anchorChar;
    /** Whether the anchor is rare enough to search by (see above). */
    private final boolean byAnchor;

    public Literal(String literal) {
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("an empty literal");
        }
        this.literal = literal;
        int best = 0;
        for (int i = 1; i < literal.length(); i++) {
            if (rarity(literal.charAt(i)) > rarity(literal.charAt(best))) {
                best = i;
            }
        }
        anchor = best;
        anchorChar = literal.charAt(best);
        byAnchor = literal.length() == 1 || rarity(anchorChar) >= UPPER_CASE;
    }

    private static final int UPPER_CASE = 50;

    /** How rare a character is in the texts indexed, roughly: only the order matters. */
    private static int rarity(char c) {
        if (c == ' ') {
            return 0;
        }
        if (c == ',' || c == '.') {
            return 5;
        }
        int letter = LETTERS_BY_FREQUENCY.indexOf(c);
        if (letter >= 0) {
            return 10 + letter;
        }
        if (c >= '0' && c <= '9') {
            return 20;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER_CASE;
        }
        return c < 128 ? 60 : 70;
    }

    /** The same as {@code text.indexOf(literal, from)}. */
    public int indexIn(String text, int from) {
        if (!byAnchor) {
            return text.indexOf(literal, from);
        }
        int start = Math.max(from, 0);
        for (int k = text.indexOf(anchorChar, start + anchor); k >= 0; k = text.indexOf(anchorChar, k + 1)) {
            if (text.startsWith(literal, k - anchor)) {
                return k - anchor;
            }
        }
        return -1;
    }

    /** The same as {@code text.contains(literal)}. */
    public boolean in(String text) {
        return indexIn(text, 0) >= 0;
    }

    @Override
    public String toString() {
        return literal;
    }
}
