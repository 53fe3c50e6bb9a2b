package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.text.Resources;

/**
 * A scraped page's chrome alone on a line: account and app links ("Support", "Log in") and
 * language switchers ("English", "한국어  中文  日本語  Español"). Set lookups on short lines, so
 * the check costs nothing on prose. Words are in {@code page-chrome.txt}.
 */
final class PageChrome {
    private static final int MAX = 120;
    private static final Set<String> LINES = new HashSet<>();
    private static final Set<String> LANGUAGES = new HashSet<>();
    private static final String[] TWO_WORD_LANGUAGES;

    static {
        Set<String> twoWords = new HashSet<>();
        for (String row : Resources.lines("page-chrome.txt")) {
            String[] c = row.split("\t", 2);
            String w = c[1].strip().toLowerCase(Locale.ROOT);
            switch (c[0]) {
                case "line" -> LINES.add(w);
                case "language" -> {
                    LANGUAGES.add(w);
                    if (w.indexOf(' ') > 0) {
                        twoWords.add(w);
                    }
                }
                default -> throw new IllegalStateException("page-chrome.txt: unknown row " + row);
            }
        }
        TWO_WORD_LANGUAGES = twoWords.toArray(new String[0]);
    }

    private PageChrome() {}

    /**
     * The case-folded hashes of the known lines and first words (both indexes), so that most
     * texts are ruled out by one lookup before they are compared with each word of their length
     * ({@link String#regionMatches(boolean, int, String, int, int)} is slow per character).
     */
    private static final int HASH_MASK = 4095;
    private static final boolean[] KNOWN_HASHES = new boolean[HASH_MASK + 1];

    /** Known lines and first words, by length, for comparisons without copying a line. */
    private static final List<List<String>> LINE_BY_LENGTH = new ArrayList<>();
    private static final List<List<String>> FIRST_BY_LENGTH = new ArrayList<>();

    /**
     * Per index, the ASCII pairs (as {@code lower(first) << 7 | lower(second)}) that open one of
     * its words of two characters or more, ignoring case as regionMatches does: a line opening
     * with two ASCII characters is ruled out by one lookup, before its folded hash is worked out
     * over the whole line (or first word).
     */
    private static final boolean[] LINE_PAIRS = new boolean[128 * 128];
    private static final boolean[] FIRST_PAIRS = new boolean[128 * 128];

    static {
        for (String l : LINES) {
            byLength(LINE_BY_LENGTH, l);
        }
        for (String l : LANGUAGES) {
            byLength(FIRST_BY_LENGTH, l.split(" ")[0]);
        }
        byLength(FIRST_BY_LENGTH, "language");
        byLength(FIRST_BY_LENGTH, "languages");
    }

    private static void byLength(List<List<String>> index, String w) {
        while (index.size() <= w.length()) {
            index.add(new ArrayList<>(0));
        }
        index.get(w.length()).add(w);
        KNOWN_HASHES[foldedHash(w, w.length()) & HASH_MASK] = true;
        if (w.length() >= 2) {
            boolean[] pairs = index == LINE_BY_LENGTH ? LINE_PAIRS : FIRST_PAIRS;
            for (char x = 0; x < 128; x++) {
                for (char y = 0; y < 128; y++) {
                    if (String.valueOf(new char[] {x, y}).regionMatches(true, 0, w, 0, 2)) {
                        pairs[lowerAscii(x) << 7 | lowerAscii(y)] = true;
                    }
                }
            }
        }
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** False when {@code line} opens with two ASCII characters that open no word of {@code pairs}' index. */
    private static boolean mayOpenWord(String line, boolean[] pairs) {
        char first = line.charAt(0);
        char second = line.charAt(1);
        return first >= 128 || second >= 128 || pairs[lowerAscii(first) << 7 | lowerAscii(second)];
    }


    /**
     * A hash of {@code s[0, len)} that two texts equal ignoring case (as regionMatches compares
     * them: each character's lower case of its upper case) share.
     */
    private static int foldedHash(String s, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            char folded = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            h = 31 * h + folded;
        }
        return h;
    }

    /** Whether {@code line[0, len)} is one of the words of that length, ignoring case. */
    private static boolean startsKnown(String line, int len, List<List<String>> index) {
        if (len <= 0 || len >= index.size() || !KNOWN_HASHES[foldedHash(line, len) & HASH_MASK]) {
            return false;
        }
        for (String w : index.get(len)) {
            if (line.regionMatches(true, 0, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '|' || c == '/' || c == '·' || c == '•' || c == '\u3000';
    }

    /** What ends the first word that {@link #is} looks up. */
    private static boolean isWordEnd(char c) {
        return isSeparator(c) || c == ':' || c == '：';
    }

    /** What separates a switcher's words, as the regex {@code [\s|/·•]+} did ({@code \s}: space, tab, LF, VT, FF, CR). */
    private static boolean isTokenSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '|' || c == '/'
                || c == '·' || c == '•';
    }

    /** Whether the lower-case text is one of the account and app links ("sign in"). */
    static boolean isLink(String lower) {
        return LINES.contains(lower);
    }

    /**
     * A cookie-consent banner flattened into a line: it names cookies and offers a button or a
     * choice ("We use cookies ... [Got it]", "Wir verwenden Cookies. [Alle akzeptieren]",
     * "Cookies: ... Manage preferences | Accept"). A sentence about cookies in an article
     * offers no button.
     */
    static boolean isConsentBanner(String line) {
        if (line.length() > 240 || line.indexOf("ookie") < 0) {
            return false;
        }
        String l = line.toLowerCase(Locale.ROOT);
        return l.indexOf('[') >= 0 || l.contains("accept") || l.contains("akzept") || l.contains("preferences")
                || l.contains("you agree") || l.contains("consent") || l.contains("einstellungen")
                || l.contains("got it") || l.contains("refuser") || l.contains("ablehnen");
    }

    /** Whether the (stripped) line is an account link, a language switcher or a cookie banner. */
    static boolean is(String line) {
        if (line.isEmpty() || line.length() > 240) {
            return false;
        }
        if (line.indexOf("ookie") >= 0 && isConsentBanner(line)) {
            return true;
        }
        if (line.length() > MAX) {
            return false;
        }
        if (line.length() <= 30 && (line.length() < 2 || mayOpenWord(line, LINE_PAIRS))
                && startsKnown(line, line.length(), LINE_BY_LENGTH)
                && LINES.contains(line.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // The first word decides for most lines: a language's name or "Language", else no switcher.
        if (line.length() >= 2 && !isWordEnd(line.charAt(0)) && !isWordEnd(line.charAt(1))
                && !mayOpenWord(line, FIRST_PAIRS)) {
            return false; // the first word's first two letters open no known first word
        }
        int e = 0;
        while (e < line.length() && !isSeparator(line.charAt(e)) && line.charAt(e) != ':' && line.charAt(e) != '：') {
            e++;
        }
        if (!startsKnown(line, e, FIRST_BY_LENGTH)) {
            return false; // no copy of the line: most lines end here
        }
        String l = line.toLowerCase(Locale.ROOT);
        for (String two : TWO_WORD_LANGUAGES) {
            if (l.contains(two)) {
                l = l.replace(two, two.replace(' ', '_'));
            }
        }
        int tokens = 0;
        int n = l.length();
        // The runs between separators, cut by hand: a switcher ("Language : English 简体
        // 繁體") opens most article pages, and the regex split was most of its cost.
        for (int i = 0; i < n; ) {
            while (i < n && isTokenSeparator(l.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isTokenSeparator(l.charAt(i))) {
                i++;
            }
            String t = l.substring(start, i);
            if (t.isEmpty() || tokens == 0 && (t.equals("language") || t.equals("languages") || t.equals("language:"))
                    || t.equals(":") || t.equals("：")) {
                continue;
            }
            if (!LANGUAGES.contains(t.replace('_', ' '))) {
                return false;
            }
            tokens++;
        }
        return tokens > 0;
    }
}
