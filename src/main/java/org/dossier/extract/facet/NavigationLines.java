package org.dossier.extract.facet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.text.Resources;

/**
 * Whether a cue found in a text is a menu item of a navigation bar ("Commentary  Podcasts  Members
 * Events  Jobs", "Home | News | Podcasts | About"): a site's menu names what the site offers,
 * not what this page is, so such a word is no kind evidence. Worked out only where a cue was
 * found, on that one line.
 */
final class NavigationLines {
    /** A menu has at least this many items. */
    private static final int MIN_ITEMS = 4;
    /** A menu item is a few short words. */
    private static final int MAX_ITEM = 30;

    private NavigationLines() {}

    /**
     * Whether the phrase at {@code start} (of {@code length} characters) is a whole item of a
     * menu line: the item holds nothing but the phrase, and the line is at least four short
     * items separated by '|', '•', '›', '»', '>', a tab or two or more spaces, without a sentence.
     */
    static boolean isMenuItem(CharSequence text, int start, int length) {
        int ls = start;
        while (ls > 0 && text.charAt(ls - 1) != '\n') {
            ls--;
        }
        int le = start;
        int n = text.length();
        while (le < n && text.charAt(le) != '\n') {
            le++;
        }
        if (le - ls > 400) {
            return false;
        }
        if (sectionNames(text, ls, le)) {
            return true;
        }
        // the phrase must be an item of its own: separators (or the line's ends) on both sides
        if (!boundary(text, ls, start, true) || !boundary(text, start + length, le, false)) {
            return false;
        }
        int items = 0;
        int itemLen = 0;
        int i = ls;
        while (i < le) {
            int sep = separatorLength(text, i, le);
            if (sep > 0) {
                if (itemLen > 0) {
                    items++;
                }
                itemLen = 0;
                i += sep;
                continue;
            }
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '。' || c == ',' && i + 1 < le && text.charAt(i + 1) == ' ') {
                return false; // a sentence, or a list in prose
            }
            if (c != ' ' || itemLen > 0) {
                itemLen++;
            }
            if (itemLen > MAX_ITEM) {
                return false;
            }
            i++;
        }
        if (itemLen > 0) {
            items++;
        }
        return items >= MIN_ITEMS;
    }

    /**
     * A bar flattened to single spaces ("Home News Podcasts Video About"): at least four words, all
     * of them section names ({@code nav-words.txt}).
     */
    private static boolean sectionNames(CharSequence text, int from, int to) {
        String[] words = text.subSequence(from, to).toString().strip().toLowerCase(Locale.ROOT).split(" +");
        if (words.length < MIN_ITEMS) {
            return false;
        }
        for (String w : words) {
            if (!NAV_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NAV_WORDS = new HashSet<>(Resources.lines("nav-words.txt"));

    /** The end of the item that starts at {@code start}: the next separator or the line end. */
    static int itemEnd(CharSequence text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && text.charAt(i) != '\n' && separatorLength(text, i, n) == 0) {
            i++;
        }
        while (i > start && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** Whether only blanks lie between a separator (or the line's end) and the phrase. */
    private static boolean boundary(CharSequence text, int from, int to, boolean before) {
        if (before) {
            int i = to;
            while (i > from && text.charAt(i - 1) == ' ' && !(i - 2 >= from && text.charAt(i - 2) == ' ')) {
                i--;
            }
            return i == from || separatorLength(text, Math.max(from, i - 2), to) > 0 || isSeparator(text.charAt(i - 1));
        }
        int i = from;
        while (i < to && text.charAt(i) == ' ' && !(i + 1 < to && text.charAt(i + 1) == ' ')) {
            i++;
        }
        return i == to || separatorLength(text, i, to) > 0;
    }

    private static boolean isSeparator(char c) {
        return c == '|' || c == '•' || c == '›' || c == '»' || c == '>' || c == '\t' || c == '/';
    }

    /** The length of a menu separator at {@code i}: one of the characters, or a run of 2+ spaces. */
    private static int separatorLength(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        if (isSeparator(c)) {
            return 1;
        }
        if (c == ' ' && i + 1 < end && text.charAt(i + 1) == ' ') {
            int j = i;
            while (j < end && text.charAt(j) == ' ') {
                j++;
            }
            return j - i;
        }
        return 0;
    }
}
