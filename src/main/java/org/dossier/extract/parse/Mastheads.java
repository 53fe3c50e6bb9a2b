package org.dossier.extract.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.text.Resources;

/**
 * Tells a site, show or section name above a page's title ("Arms Control Today Podcast",
 * "Ministry of Defense", "Meetings Coverage and Press Releases") from the title itself. Scraped
 * pages very often start with such short lines; the title is the first substantial line of the
 * opening run of short lines. Without this the masthead becomes the title.
 */
final class Mastheads {
    /** Lines looked at below a candidate: mastheads come in runs of one to three lines. */
    private static final int LOOKAHEAD = 4;
    private static final int SHORT = 200;
    /** Site and section names are short: "Meetings Coverage and Press Releases" is five words. */
    private static final int MAX_WORDS = 5;
    /** An organisation's or publication's name may be longer. */
    private static final int MAX_ORGANISATION_WORDS = 8;
    private static final Set<String> ORGANISATION_WORDS = new HashSet<>();

    /**
     * Per pair of ASCII first letters (lower case, {@code first << 7 | second}) of the
     * organisation words: whether one opens so, and the lengths (bit per length) of the all-ASCII
     * ones. A line's word is mostly ruled out by these before it is copied and lower-cased.
     */
    private static final boolean[] ORGANISATION_PAIRS = new boolean[128 * 128];
    private static final long[] ORGANISATION_LENGTHS = new long[128 * 128];

    static {
        for (String w : Resources.lines("masthead-words.txt")) {
            String word = w.strip().toLowerCase(Locale.ROOT);
            ORGANISATION_WORDS.add(word);
            if (word.length() >= 2 && word.charAt(0) < 128 && word.charAt(1) < 128) {
                int pair = word.charAt(0) << 7 | word.charAt(1);
                ORGANISATION_PAIRS[pair] = true;
                if (word.chars().allMatch(c -> c < 128) && word.length() < 64) {
                    ORGANISATION_LENGTHS[pair] |= 1L << word.length();
                }
            }
        }
    }

    /**
     * False when {@code line[start, end)} cannot lower-case to an organisation word: it opens
     * with two ASCII characters that open none, or it is all ASCII (lower-casing keeps its
     * length) and none so opening has its length.
     */
    private static boolean mayBeOrganisationWord(String line, int start, int end) {
        if (end - start < 2 || line.charAt(start) >= 128 || line.charAt(start + 1) >= 128) {
            return true;
        }
        int pair = lowerAscii(line.charAt(start)) << 7 | lowerAscii(line.charAt(start + 1));
        if (!ORGANISATION_PAIRS[pair]) {
            return false;
        }
        for (int i = start + 2; i < end; i++) {
            if (line.charAt(i) >= 128) {
                return true;
            }
        }
        return end - start < 64 && (ORGANISATION_LENGTHS[pair] & 1L << (end - start)) != 0;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private Mastheads() {}

    /**
     * Whether line {@code i} is a light line (few words, no sentence) followed, within the
     * opening run of short lines and before any date or byline, by a substantial title-like line
     * with more words.
     */
    static boolean isAboveTitle(PageLines lines, int i) {
        String line = lines.stripped(i);
        if (line.isEmpty() || line.endsWith(":") || endsSentence(line)) {
            return false;
        }
        if (menuRowBelow(lines, i)) {
            return true; // "United Nations | General Assembly" / "Home  About  Meetings  Contact"
        }
        int w = weight(line);
        boolean orgName = isOrganisationName(line);
        if (!orgName && (w > MAX_ORGANISATION_WORDS || w > MAX_WORDS && !namesOrganisation(line)
                || readsLikeTitle(line) && !namesOrganisation(line))) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < lines.count() && seen < LOOKAHEAD; j++) {
            String l = lines.stripped(j);
            if (l.isEmpty() || l.length() <= 240 && lines.isChrome(j)) {
                continue; // account links or a cookie banner between the masthead and the title
            }
            if (l.length() <= 200 && lines.isNavigationRun(j)) {
                // A site's name above its menu row ("Nikkei Asia" / "Markets | Tech | ..."): pages
                // print their navigation under the masthead and above the headline.
                return true;
            }
            seen++;
            if (seen == 1 && w <= 3 && lines.isBylineOrDate(j) && dateThenTitle(lines, j, w)) {
                return true; // "Strait Talk" / "Episode 57 · Nov 12, 2024" / the episode's title
            }
            if (l.length() >= SHORT || lines.isBylineOrDate(j) || !quoted(l) && sentenceInside(l)) {
                // the body, a date line, or prose ("Geneva, 4 March 2021. Diplomats met ...", a PDF's
                // wrapped first paragraph): the candidate was the title
                return false;
            }
            int lw = weight(l);
            if ((orgName ? lw >= 3 : lw >= 4 && lw >= w + 2) && !endsSentence(l) && !l.endsWith(":") && standsAlone(lines, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the next non-blank line is a site's menu row: whatever sits right above the menu,
     * however long ("United Nations | General Assembly of the United Nations"), is the site's
     * masthead, not the page's headline, which comes below the menu.
     */
    private static boolean menuRowBelow(PageLines lines, int i) {
        for (int j = i + 1; j < lines.count(); j++) {
            String l = lines.stripped(j);
            if (!l.isEmpty()) {
                // "Listen: Apple Podcasts | Spotify | Overcast" below a headline is a row of links, not a menu
                return l.length() <= 200 && l.indexOf(':') < 0 && lines.isNavigationRun(j);
            }
        }
        return false;
    }

    /**
     * A title stands on its own: a blank line, a date, a byline, the end, or a one-sentence dek
     * and then one of those follows it. A line run on by more lines of the same kind is verse, a
     * list or wrapped prose, not a title.
     */
    private static boolean standsAlone(PageLines lines, int j) {
        if (j + 1 >= lines.count()) {
            return true;
        }
        String next = lines.stripped(j + 1);
        if (next.isEmpty() || lines.isBylineOrDate(j + 1)) {
            return true;
        }
        // A title with its dek on the next line ("A conversation with X on Y."): the dek is a
        // sentence, and a blank line, a byline or a date follows it.
        String after = j + 2 < lines.count() ? lines.stripped(j + 2) : "";
        return next.endsWith(".") && next.length() < SHORT
                && (after.isEmpty() || lines.isBylineOrDate(j + 2));
    }

    /**
     * Whether the line after the date line at {@code j} is a substantial title (more words than the
     * candidate above, no sentence, standing alone): a show's or site's name, then the date, then
     * the title, as podcast platforms print an episode.
     */
    private static boolean dateThenTitle(PageLines lines, int j, int w) {
        for (int k = j + 1; k < lines.count(); k++) {
            String l = lines.stripped(k);
            if (l.isEmpty()) {
                continue;
            }
            return l.length() < SHORT && weight(l) >= w + 3 && !endsSentence(l) && !l.endsWith(":")
                    && !lines.isBylineOrDate(k) && !sentenceInside(l) && standsAlone(lines, k);
        }
        return false;
    }

    /** A line in quotation marks: a quoted headline may hold two sentences ("X Is Dead. Y Matters."). */
    private static boolean quoted(String l) {
        char a = l.charAt(0);
        char z = l.charAt(l.length() - 1);
        return (a == '"' || a == '“' || a == '«' || a == '„') && (z == '"' || z == '”' || z == '»' || z == '“');
    }

    /**
     * A possessive, a question, a colon or quotation marks: a short title ("Xi's Gamble", "Why
     * Now?") above its dek, not a name.
     */
    private static boolean readsLikeTitle(String line) {
        return line.contains("'s ") || line.contains("’s ") || line.endsWith("'s") || line.endsWith("’s")
                || line.indexOf('?') >= 0 || line.indexOf(':') >= 0 || line.indexOf('"') >= 0 || line.indexOf('«') >= 0 || line.indexOf('„') >= 0
                || line.indexOf('“') >= 0 || line.indexOf('‘') >= 0;
    }

    /**
     * A sentence ending inside a line ("2021. Diplomats", "Korea. The"): prose, never a title.
     * Abbreviations ("U.S. Sanctions", "Dr. Kim", "vs. China", "ft. Ian", "Rep. Kim") are not sentence ends.
     */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile(
            "(?:\\p{Ll}{2}|\\d)(?<!\\b(?:[Vv]s|Mrs|Mr|Ms|Dr|Jr|Sr|St|No|Vol|etc|[Ff]t|[Ff]eat|[Ee]p|Rep|Sen|Gen|Gov|Col|Lt|Sgt|Capt|Prof|Rev|Inc|Co|Corp|Ltd|Dept|approx))\\. \\p{L}");

    /** SENTENCE_INSIDE found in the line; it needs ". ", and most lines hold none. */
    private static boolean sentenceInside(String l) {
        return l.indexOf(". ") >= 0 && SENTENCE_INSIDE.matcher(l).find();
    }

    /** Small words inside an organisation's name ("Ministry of Foreign Affairs of the ..."). */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "the", "and", "for", "on", "in", "de", "du",
            "des", "la", "le", "&");

    /**
     * An organisation's full name on its own line: it opens with an organisation word ("Ministry
     * of Defense / Japan Self-Defense Forces", "Ministry of Foreign Affairs of the People's Republic
     * of China") and every other word is capitalised or a connector, so it holds no verb. Such a
     * line above a title-like line is the issuer, however long the name and short the title.
     */
    private static final Set<String> ISSUER_WORDS = Set.of("department", "ministry", "government", "office",
            "embassy", "mission", "agency", "commission", "committee", "council", "institute", "university");

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s/,]+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^\\p{Punct}+");

    static boolean isOrganisationName(String line) {
        if (line.length() > 120 || !mayOpenWithIssuer(line)) {
            return false;
        }
        String[] words = WORD_SEPARATORS.split(line);
        if (words.length < 2 || words.length > 14) {
            return false;
        }
        String first = LEADING_PUNCTUATION.matcher(words[0]).replaceAll("").toLowerCase(Locale.ROOT);
        if (first.equals("the") || first.equals("u.s.") || first.equals("us") || first.equals("uk")) {
            first = words[1].toLowerCase(Locale.ROOT);
        }
        if (!ISSUER_WORDS.contains(first)) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            char c = word.charAt(0);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * False when the word {@link #isOrganisationName} reads as the line's first (after leading
     * ASCII punctuation, or the word after "The", "U.S.", "US" or "UK") is no issuer word, found
     * without splitting the line by a regex and copying its words: most lines end here.
     */
    private static boolean mayOpenWithIssuer(String line) {
        int n = line.length();
        int end = 0;
        while (end < n && !isWordSeparator(line.charAt(end))) {
            end++;
        }
        int start = 0;
        while (start < end && isAsciiPunctuation(line.charAt(start))) {
            start++;
        }
        if (isWordAt(line, start, end, "the") || isWordAt(line, start, end, "u.s.") || isWordAt(line, start, end, "us")
                || isWordAt(line, start, end, "uk")) {
            start = end;
            while (start < n && isWordSeparator(line.charAt(start))) {
                start++;
            }
            end = start;
            while (end < n && !isWordSeparator(line.charAt(end))) {
                end++;
            }
        }
        for (String issuer : ISSUER_WORDS) {
            if (isWordAt(line, start, end, issuer)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code line[start, end)} is {@code word} ignoring case; looser than comparing the
     * lower-cased word ('ı' and the Kelvin sign pass), which only lets a line on to the full test.
     */
    private static boolean isWordAt(String line, int start, int end, String word) {
        return end - start == word.length() && line.regionMatches(true, start, word, 0, word.length());
    }

    /** What WORD_SEPARATORS splits at: {@code [\s/,]}. */
    private static boolean isWordSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '/' || c == ',';
    }

    /** What LEADING_PUNCTUATION strips: {@code \p{Punct}}, ASCII punctuation. */
    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    static boolean namesOrganisation(String line) {
        int n = line.length();
        for (int i = 0; i < n; ) {
            while (i < n && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(line.charAt(i))) {
                i++;
            }
            if (i > start && mayBeOrganisationWord(line, start, i) && ORGANISATION_WORDS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words in a line; a run of Han, kana or Hangul counts one word per four characters, since
     * those scripts do not separate words with spaces.
     */
    static int weight(String line) {
        int words = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (isCjk(c)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words + (cjk + 3) / 4;
    }

    private static boolean isCjk(char c) {
        if (c < '\u2e80') {
            return false; // below the CJK blocks: no script lookup
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!。！".indexOf(last) >= 0;
    }
}
