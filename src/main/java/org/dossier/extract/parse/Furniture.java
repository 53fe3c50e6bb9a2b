package org.dossier.extract.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.FirstCharacters;
import org.dossier.extract.text.RegexLiterals;
import org.dossier.extract.text.Resources;

/**
 * Recognises page furniture (navigation, share buttons, image names, sign-offs) from
 * {@code furniture.tsv} and site section names from {@code sections.txt}. All line patterns are
 * joined into one regex so each line costs one match, not one per pattern.
 */
public final class Furniture {
    private static final int TAIL_PARAGRAPHS = 3;
    /** How far from its prefilter word a boilerplate sentence match may reach (patterns are short). */
    private static final int NEAR = 80;
    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?。！？])\\s+");

    /**
     * The 'line' rows, each compiled on its own. A line is furniture when one row matches it
     * whole. Rows that start with {@code .*} may match a line starting anywhere; they are screened
     * by the literal that follows ("무단") and tried only on lines holding it.
     */
    private final List<Pattern> anchoredRows = new ArrayList<>();
    private final List<Pattern> anywhereRows = new ArrayList<>();
    private final List<String> anywhereLiterals = new ArrayList<>();
    /**
     * Per first character, the anchored rows that can match a line starting with it, joined into
     * one pattern (worked out on first sight of the character: a row that cannot match anything
     * starting with c fails on the one-character text "c" without reaching its end). Most lines
     * then face one or two alternatives instead of all rows.
     */
    private final AtomicReferenceArray<Pattern> byFirst = new AtomicReferenceArray<>(65536);
    /**
     * The same for the first two characters when both are ASCII ({@code 128 * first + second}):
     * rows opening with a word ("follow us", "we use cookies") admit every line starting with its
     * first letter ("Foreign Policy", "Wei Sneider"), and the second letter rules most of them out.
     */
    private final AtomicReferenceArray<Pattern> byFirstPair = new AtomicReferenceArray<>(128 * 128);
    /**
     * The same two caches without the rows that match only a file name ("photo_2024.jpg"): those
     * admit every line opening with a letter or a digit, but a line can match one only when it
     * ends with an image extension or holds a '?' (see {@link #mayBeFileName}).
     */
    private final AtomicReferenceArray<Pattern> byFirstNoFile = new AtomicReferenceArray<>(65536);
    private final AtomicReferenceArray<Pattern> byFirstPairNoFile = new AtomicReferenceArray<>(128 * 128);
    /**
     * For lines that cannot be file names and open with three ASCII characters: per pair of
     * first characters, per third one, whether a row may match a line opening with the three
     * (0: not worked out yet, 1: may, 2: none can). "The ..." faces the cookie-banner rows by its
     * first two letters ("this site uses cookies"); its third rules them out without a matcher.
     */
    private final AtomicReferenceArray<byte[]> thirdAfterPair = new AtomicReferenceArray<>(128 * 128);
    private static final byte MAY_MATCH = 1;
    private static final byte NONE_MATCHES = 2;
    /**
     * How many ASCII characters open a line for {@link #openingMayMatch} (seven bits each, with
     * the count and two flags, in one long key); a line no longer is answered whole.
     */
    private static final int OPENING = 8;
    /** Openings remembered at most: beyond that, lines are matched as they come. */
    private static final int MAX_OPENINGS = 50_000;
    private final Map<Long, Boolean> openingVerdicts = new ConcurrentHashMap<>();
    /** Lines past their opening's screen, up to this length, have their answers remembered. */
    private static final int REMEMBERED_LINE = 60;
    private final Map<String, Boolean> lineVerdicts = new ConcurrentHashMap<>();
    /** How a file-name row ends: an image extension, perhaps a query string after it. */
    private static final String FILE_NAME_END = "\\.(?:jpe?g|png|gif|webp|svg)(?:\\?.*)?";
    private final Set<Pattern> fileNameRows = new HashSet<>();
    private final Map<String, Pattern> bySet = new ConcurrentHashMap<>();
    private static final Pattern NONE = Pattern.compile("(?!)");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private final Pattern sentence;
    /** The characters a boilerplate sentence can start with (see {@link #boilerplateIn}). */
    private final FirstCharacters sentenceFirst;
    private final boolean sentenceScreenable;
    private final Set<String> sections = new HashSet<>();
    private final Set<String> navWords = new HashSet<>();
    /**
     * The first two characters of the navigation words, both ASCII (lower case), as
     * {@code first << 7 | second}: most words of a line are ruled out by this one lookup, before
     * they are cut out and lower-cased to be looked up.
     */
    private final boolean[] navWordStarts = new boolean[128 * 128];
    /**
     * Per such pair, the lengths (bit per length) and the last characters (bit per character's
     * low six bits) of the all-ASCII navigation words: an all-ASCII word of a line lower-cases to
     * a word of its own length, so "Language" and "Foreign" (no such word of their length) are
     * ruled out without a copy.
     */
    private final long[] navWordLengths = new long[128 * 128];
    private final long[] navWordEnds = new long[128 * 128];
    private final Set<String> listHeadings = new HashSet<>();
    /** The first characters (lower case) of the list headings: most lines are ruled out by one lookup. */
    private final boolean[] listHeadingStart = new boolean[65536];
    /** List headings are short; longer lines are not looked up. */
    private static final int LIST_HEADING_MAX = 40;
    private final List<String> prefilter = new ArrayList<>();
    /** The prefilter words' places in a body in one pass; null when the words do not allow it. */
    private final KeywordPlaces keywordPlaces;

    private static final Furniture BUNDLED = new Furniture();

    public static Furniture bundled() {
        return BUNDLED;
    }

    private Furniture() {
        List<String> lines = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String row : Resources.lines("furniture.tsv")) {
            String[] c = row.split("\t", 2);
            switch (c[0]) {
                case "line" -> lines.add("(?:" + c[1] + ")");
                case "sentence" -> sentences.add("(?:" + c[1] + ")");
                case "prefilter" -> prefilter.add(c[1].strip().toLowerCase(Locale.ROOT));
                case "list" -> {
                    String h = c[1].strip().toLowerCase(Locale.ROOT);
                    listHeadings.add(h);
                    listHeadingStart[h.charAt(0)] = true;
                    listHeadingStart[Character.toUpperCase(h.charAt(0))] = true;
                }
                default -> throw new IllegalStateException("furniture.tsv: unknown row " + row);
            }
        }
        int flags = FLAGS;
        for (String l : lines) {
            String inner = l.substring(3, l.length() - 1); // strip the (?: ) added above
            String lit = inner.startsWith(".*") || inner.startsWith(".+") ? RegexLiterals.prefix(inner.substring(2)) : "";
            if (!lit.isEmpty()) {
                anywhereRows.add(Pattern.compile(l, flags));
                anywhereLiterals.add(lit);
            } else {
                Pattern row = Pattern.compile(l, flags);
                anchoredRows.add(row);
                // (with no '|' before the ending, which could let a match end elsewhere)
                if (inner.endsWith(FILE_NAME_END) && inner.indexOf('|') > inner.length() - FILE_NAME_END.length()) {
                    fileNameRows.add(row);
                }
            }
        }
        keywordPlaces = KeywordPlaces.of(prefilter);
        sentence = Pattern.compile(String.join("|", sentences), flags);
        sentenceFirst = new FirstCharacters(sentence);
        sentenceScreenable = screenable(sentence);
        for (String w : Resources.lines("nav-words.txt")) {
            String word = w.strip().toLowerCase(Locale.ROOT);
            navWords.add(word);
            if (word.length() >= 2 && word.charAt(0) < 128 && word.charAt(1) < 128) {
                int pair = word.charAt(0) << 7 | word.charAt(1);
                navWordStarts[pair] = true;
                if (word.chars().allMatch(c -> c < 128) && word.length() < 64) {
                    navWordLengths[pair] |= 1L << word.length();
                    navWordEnds[pair] |= 1L << (word.charAt(word.length() - 1) & 63);
                }
            }
        }
        for (String s : Resources.lines("sections.txt")) {
            sections.add(s.toLowerCase(Locale.ROOT));
        }
    }

    public boolean isFurnitureLine(String l) {
        String t = l.strip();
        if (t.isEmpty() || t.length() >= 200) {
            return false;
        }
        boolean fileName = mayBeFileName(t);
        Pattern p = t.length() >= 2 && t.charAt(0) < 128 && t.charAt(1) < 128
                ? rowsStartingWith(t.charAt(0), t.charAt(1), fileName) : rowsStartingWith(t.charAt(0), fileName);
        if (p != NONE && !fileName && t.length() >= 3 && t.charAt(0) < 128 && t.charAt(1) < 128 && t.charAt(2) < 128
                && !rowMayMatchOpening(t.charAt(0), t.charAt(1), t.charAt(2))) {
            p = NONE;
        }
        if (p != NONE && openingMayMatch(t, fileName, p)) {
            return true;
        }
        for (int i = 0; i < anywhereRows.size(); i++) {
            if (t.contains(anywhereLiterals.get(i)) && anywhereRows.get(i).matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no file-name row can match {@code t}: such a match ends with an image extension
     * ('g', 'f' or 'p' last) unless a query string ('?') follows it. A last character past ASCII
     * is let through, not worked out (case-insensitive matching folds some of those to letters).
     */
    private static boolean mayBeFileName(String t) {
        char last = t.charAt(t.length() - 1);
        if (last >= 128) {
            return true;
        }
        char lower = (char) (last | 0x20); // only 'G' and 'g' give 'g', and so on
        return lower == 'g' || lower == 'f' || lower == 'p' || t.indexOf('?') >= 0;
    }

    /**
     * Whether the rows {@code p} (those that may match by the line's first characters) match
     * {@code t}, screened by its first {@link #OPENING} characters when they are ASCII: "This
     * chapter covers ..." passes the three-character screen by the cookie-banner row ("this
     * site uses cookies") and fails only at its sixth. Whether a row may match a line opening
     * with them is remembered per opening; a short ASCII line's answer itself is remembered
     * ("W", an avatar's initial, recurs page after page).
     */
    private boolean openingMayMatch(String t, boolean fileName, Pattern p) {
        int n = t.length();
        int k = Math.min(n, OPENING);
        long key = 0;
        for (int i = 0; i < k; i++) {
            char c = t.charAt(i);
            if (c >= 128) {
                return p.matcher(t).matches();
            }
            key = key << 7 | c;
        }
        boolean whole = n <= OPENING;
        key = (key << 4 | k) << 2 | (fileName ? 2 : 0) | (whole ? 1 : 0);
        Boolean known = openingVerdicts.get(key);
        if (known == null) {
            known = whole ? p.matcher(t).matches() : rowsMatchingFrom(t.substring(0, k), fileName) != NONE;
            if (openingVerdicts.size() < MAX_OPENINGS) {
                openingVerdicts.put(key, known);
            }
        }
        if (whole || !known) {
            return known;
        }
        if (n > REMEMBERED_LINE) {
            return p.matcher(t).matches();
        }
        // A line whose opening a row may match is mostly that row's own text ("Back to top",
        // "You might also like"), repeated page after page: its answer is remembered.
        Boolean line = lineVerdicts.get(t);
        if (line == null) {
            line = p.matcher(t).matches();
            if (lineVerdicts.size() < MAX_OPENINGS) {
                lineVerdicts.put(t, line);
            }
        }
        return line;
    }

    /** Whether a row other than the file-name rows may match a line opening with these three ASCII characters. */
    private boolean rowMayMatchOpening(char first, char second, char third) {
        int pair = 128 * first + second;
        byte[] thirds = thirdAfterPair.get(pair);
        if (thirds == null) {
            thirds = new byte[128];
            thirdAfterPair.set(pair, thirds); // a benign race: every thread works out the same values
        }
        if (thirds[third] == 0) {
            boolean may = rowsMatchingFrom(String.valueOf(new char[] {first, second, third}), false) != NONE;
            thirds[third] = may ? MAY_MATCH : NONE_MATCHES;
        }
        return thirds[third] == MAY_MATCH;
    }

    private Pattern rowsStartingWith(char c, boolean withFileRows) {
        AtomicReferenceArray<Pattern> cache = withFileRows ? byFirst : byFirstNoFile;
        Pattern p = cache.get(c);
        if (p == null) {
            p = rowsMatchingFrom(String.valueOf(c), withFileRows);
            cache.set(c, p);
        }
        return p;
    }

    private Pattern rowsStartingWith(char first, char second, boolean withFileRows) {
        AtomicReferenceArray<Pattern> cache = withFileRows ? byFirstPair : byFirstPairNoFile;
        int pair = 128 * first + second;
        Pattern p = cache.get(pair);
        if (p == null) {
            p = rowsMatchingFrom(String.valueOf(new char[] {first, second}), withFileRows);
            cache.set(pair, p);
        }
        return p;
    }

    /** The anchored rows that can match a line starting with {@code prefix}, joined into one pattern. */
    private Pattern rowsMatchingFrom(String prefix, boolean withFileRows) {
        List<String> rows = new ArrayList<>();
        for (Pattern row : anchoredRows) {
            if (!withFileRows && fileNameRows.contains(row)) {
                continue;
            }
            Matcher m = row.matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                rows.add(row.pattern());
            }
        }
        return rows.isEmpty() ? NONE : bySet.computeIfAbsent(String.join("|", rows), k -> Pattern.compile(k, FLAGS));
    }

    /**
     * A heading over a list of links or tags ("Tags", "Related Articles", "관련기사"): the short
     * lines below it are furniture too (their country names are not the document's).
     */
    public boolean isListHeading(String l) {
        if (l.isEmpty() || l.length() > LIST_HEADING_MAX || !listHeadingStart[l.charAt(0)]) {
            return false;
        }
        String k = l.strip().toLowerCase(Locale.ROOT);
        if (k.endsWith(":") || k.endsWith("：")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return listHeadings.contains(k);
    }

    /**
     * A site navigation bar flattened into one line: a run of at least four section names ("News
     * Sports Business Opinion Life Obituaries E-Edition", "トップ 速報 ライブ 天気 社会 政治"),
     * separated by spaces, bars or dots, with no sentence punctuation, opening with a section name.
     * At least three in four of
     * its words (all of them in a run of four) must be known section names ({@code nav-words.txt}).
     * Never a title.
     */
    public boolean isNavigationRun(String l) {
        if (l.length() < 12 || l.length() > 160 || l.indexOf(',') >= 0) {
            return l.length() >= 8 && l.length() <= 200 && isMenuRow(l);
        }
        // Most lines hold no bar, dot, tab or wide gap: neither a menu row nor a run of short items.
        boolean gap = hasMenuGap(l);
        if (gap && menuRowItems(l)) {
            return true;
        }
        if (gap && (l.indexOf('|') > 0 || l.indexOf('·') > 0) && shortItemsRun(l)) {
            return true;
        }
        int words = 0;
        int known = 0;
        int n = l.length();
        for (int i = 0; i < n; ) {
            char c = l.charAt(i);
            if (c == ' ' || c == '|' || c == '·' || c == '•' || c == '/' && i > 0 && l.charAt(i - 1) == ' '
                    || c == '\u3000') {
                i++;
                continue;
            }
            if (c == ',' || c == '.' && (i + 1 == n || l.charAt(i + 1) == ' ') || c == ':' || c == '?' || c == '!'
                    || c == '。' || c == '、') {
                return false; // punctuation of a sentence or a title
            }
            int start = i;
            while (i < n && l.charAt(i) != ' ' && l.charAt(i) != '|' && l.charAt(i) != '·' && l.charAt(i) != '\u3000') {
                i++;
            }
            words++;
            if (mayBeNavWord(l, start, i) && navWords.contains(l.substring(start, i).toLowerCase(Locale.ROOT))) {
                known++;
            } else if (words == 1) {
                return false; // bars open with a section name; prose lines end here after one lookup
            }
        }
        return words >= 4 && (known == words || words >= 5 && known * 4 >= words * 3);
    }

    /**
     * False when {@code l[start, end)} cannot be a navigation word: it starts with two ASCII
     * characters, which lower-case to ASCII whatever follows, that no navigation word starts with.
     */
    private boolean mayBeNavWord(String l, int start, int end) {
        if (end - start < 2) {
            return true;
        }
        char first = l.charAt(start);
        char second = l.charAt(start + 1);
        if (first >= 128 || second >= 128) {
            return true;
        }
        int pair = lowerAscii(first) << 7 | lowerAscii(second);
        if (!navWordStarts[pair]) {
            return false;
        }
        int len = end - start;
        for (int i = start + 2; i < end; i++) {
            if (l.charAt(i) >= 128) {
                return true; // lower-casing may change its length ('İ'): let the lookup decide
            }
        }
        // (an all-ASCII word matches only an all-ASCII navigation word)
        return len < 64 && (navWordLengths[pair] & 1L << len) != 0
                && (navWordEnds[pair] & 1L << (lowerAscii(l.charAt(end - 1)) & 63)) != 0;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static final Pattern DOMAIN = Pattern.compile("(?:www\\.)?[a-z0-9-]{2,40}(?:\\.[a-z0-9-]{2,30}){1,3}");
    private static final Pattern MENU_SPLIT = Pattern.compile("\\s*[|·•\\t]\\s*|\\s{2,}|\\u3000+");

    /**
     * A menu row of items set apart by bars, dots or wide gaps, as scrapers flatten a site's
     * header: "Skip navigation   Sign in", "Open in app   Sign up   Sign in", "Write   Search",
     * "Site Name  |  Home  Episodes  About  Contact", "Home | Citizen Services | Visas | News &amp; Events",
     * "팟빵  |  홈  인기  최신  로그인". Every item is an account link or a section name (two items
     * at least), or in a row of four or more, at least two are and the row opens with one or half
     * of them are; the other items are short (a site's name, "Our Relationship"). A headline with
     * one bar ("Title | Site") has two items and no section names: never a menu.
     */
    boolean isMenuRow(String l) {
        return hasMenuGap(l) && menuRowItems(l);
    }

    /** {@link #isMenuRow} for a line known to hold a mark it splits at. */
    private boolean menuRowItems(String l) {
        String[] items = MENU_SPLIT.split(l.strip());
        if (items.length < 2) {
            return false;
        }
        int known = 0;
        boolean firstKnown = false;
        for (int k = 0; k < items.length; k++) {
            String item = items[k].strip();
            if (item.isEmpty()) {
                return false;
            }
            boolean isKnown = isMenuItem(item);
            if (isKnown) {
                known++;
                firstKnown |= k == 0;
            } else {
                char last = item.charAt(item.length() - 1);
                if (item.length() > 30 || item.split(" ").length > 4 || last == '.' || last == '?' || last == '!'
                        || last == ':' || item.indexOf(',') >= 0) {
                    return false;
                }
            }
        }
        return known == items.length
                || items.length >= 4 && known >= 2 && (firstKnown || known * 2 >= items.length);
    }

    /**
     * Whether the line holds what MENU_SPLIT splits at: a bar, a middle dot, a tab, an ideographic
     * space or two spaces in a row. One pass, not a search per mark: most lines hold none.
     */
    private static boolean hasMenuGap(String l) {
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c == '|' || c == '·' || c == '\t' || c == '\u3000' || c == ' ' && k + 1 < l.length() && l.charAt(k + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** An account link ("Sign in") or a section name, or words that all are ("News &amp; Events"). */
    private boolean isMenuItem(String item) {
        String k = item.toLowerCase(Locale.ROOT);
        if (navWords.contains(k) || PageChrome.isLink(k) || DOMAIN.matcher(k).matches()) {
            return true; // "english.example.gov.cn | Home | ...": the site's own address opens its menu
        }
        if (k.indexOf(' ') < 0) {
            return false;
        }
        for (String w : k.split(" ")) {
            if (!w.equals("&") && !w.equals("and") && !navWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Top | Politics | 経済 | 国際 | Sport": four or more items between '|' or '·', each of at most
     * two words and 16 characters, is a menu whatever its words.
     */
    private static boolean shortItemsRun(String l) {
        int items = 0;
        int from = 0;
        int n = l.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || l.charAt(i) == '|' || l.charAt(i) == '·' || l.charAt(i) == '•') {
                String item = l.substring(from, i).strip();
                if (item.isEmpty() || item.length() > 16 || item.split(" ").length > 2) {
                    return false;
                }
                items++;
                from = i + 1;
            }
        }
        return items >= 4;
    }

    public boolean isSection(String l) {
        return sections.contains(l.strip().toLowerCase(Locale.ROOT));
    }

    public boolean hasBoilerplate(String text) {
        return sentence.matcher(text).find();
    }

    /**
     * Removes boilerplate sentences from body paragraphs (blank-line separated); a paragraph near
     * the end that contains one is a promotion or sign-off and is dropped whole. The sentence
     * regexes run only on paragraphs holding one of the 'prefilter' words, found ignoring case in
     * one pass over the body ({@link KeywordPlaces}); most bodies have none and come back untouched.
     */
    /** A paragraph this long made of several lines is a run of turns or items, not one sign-off. */
    private static final int RUN_OF_LINES = 1500;

    public String cleanBody(String body) {
        return cleanBody(body, null);
    }

    /**
     * {@link #cleanBody(String)} given, when the caller has them, the body's characters from
     * index 0 of {@code bodyChars} (the array it was built from): the keyword search reads them
     * instead of its own copy.
     */
    String cleanBody(String body, char[] bodyChars) {
        int[] keywordAt = keywordPlaces == null ? null : keywordPlaces.find(body, bodyChars);
        // lower: null when lower-casing changes the length; then each paragraph is checked
        String lower = keywordAt != null ? body : keywordSearchCopy(body);
        if (keywordAt == null && lower != null) {
            List<Integer> found = new ArrayList<>();
            for (String k : prefilter) {
                for (int i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) {
                    found.add(i);
                }
            }
            keywordAt = found.stream().mapToInt(Integer::intValue).toArray();
        }
        if (lower != null && keywordAt.length == 0) {
            return body.strip();
        }
        List<int[]> paras = paragraphs(body);
        KeptParagraphs kept = new KeptParagraphs(body);
        for (int i = 0; i < paras.size(); i++) {
            int from = paras.get(i)[0];
            int to = paras.get(i)[1];
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            String p = lower == null ? body.substring(start, end) : null; // strip() of the paragraph
            boolean suspect;
            if (lower == null) {
                String pl = p.toLowerCase(Locale.ROOT);
                suspect = prefilter.stream().anyMatch(pl::contains);
            } else {
                // Only around each prefilter word: a boilerplate sentence holds one, and its pattern
                // is short, so the regex need not run over the whole paragraph.
                suspect = false;
                for (int k : keywordAt) {
                    if (k >= from && k < to && !suspect) {
                        suspect = boilerplateIn(body, Math.max(from, k - NEAR), Math.min(to, k + NEAR));
                    }
                }
            }
            if (!suspect || lower == null && !boilerplateIn(p, 0, p.length())) {
                kept.addWhole(start, end);
                continue;
            }
            if (p == null) {
                p = body.substring(start, end);
            }
            if (i >= paras.size() - TAIL_PARAGRAPHS) {
                if (p.length() >= RUN_OF_LINES && p.indexOf('\n') > 0) {
                    // a transcript's turns with no blank line between them: only the sign-off line goes
                    StringBuilder lines = new StringBuilder();
                    for (String l : p.split("\n")) {
                        if (!boilerplateIn(l, 0, l.length())) {
                            lines.append(lines.length() == 0 ? "" : "\n").append(l);
                        }
                    }
                    if (lines.length() > 0) {
                        kept.add(lines);
                    }
                }
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (String s : SENTENCE_SPLIT.split(p)) {
                if (!boilerplateIn(s, 0, s.length())) {
                    sb.append(sb.length() == 0 ? "" : " ").append(s);
                }
            }
            if (sb.length() > 0) {
                kept.add(sb);
            }
        }
        return kept.text();
    }

    /**
     * The kept paragraphs, stripped, a blank line between them. A paragraph kept whole (most
     * are) is appended from the body itself, not cut out first; and while every paragraph kept
     * so far is whole and follows the one before after exactly one blank line, the kept text is
     * one stretch of the body, copied once at the end.
     */
    private static final class KeptParagraphs {
        private final String body;
        /** Null while the kept text is {@code body[runStart, runEnd)} (nothing kept: runStart -1). */
        private StringBuilder out;
        private int runStart = -1;
        private int runEnd;

        KeptParagraphs(String body) {
            this.body = body;
        }

        void addWhole(int start, int end) {
            if (out == null) {
                if (runStart < 0) {
                    runStart = start;
                    runEnd = end;
                    return;
                }
                if (start == runEnd + 2 && body.charAt(runEnd) == '\n' && body.charAt(runEnd + 1) == '\n') {
                    runEnd = end;
                    return;
                }
                toBuilder();
            }
            appendParagraph(out, body, start, end);
        }

        void add(CharSequence paragraph) {
            if (out == null) {
                toBuilder();
            }
            appendParagraph(out, paragraph, 0, paragraph.length());
        }

        private void toBuilder() {
            out = new StringBuilder(body.length());
            if (runStart >= 0) {
                out.append(body, runStart, runEnd);
            }
        }

        String text() {
            return out != null ? out.toString() : runStart < 0 ? "" : body.substring(runStart, runEnd);
        }
    }

    /**
     * The body lower-cased as far as the prefilter words go: each is found in it at the same
     * places as in {@code body.toLowerCase(Locale.ROOT)}. Null when that lower-casing would change
     * the body's length (only U+0130 'İ' does, into two characters). Lowering ASCII capitals is
     * enough: the only other character that lower-cases to an ASCII letter is the Kelvin sign (to
     * 'k'), and a body holding one is lower-cased the JDK's way. The JDK lowers one character at
     * a time through its tables (~2.5 µs on a 6 KB page); this copy lowers eight bytes at a time.
     */
    static String keywordSearchCopy(String body) {
        if (body.indexOf('\u0130') >= 0) {
            return null;
        }
        if (body.indexOf('\u212A') < 0) {
            // Characters past Latin-1 become '?', one byte each, except a surrogate pair, which
            // becomes one: then the places would shift, and the body is lowered the JDK's way.
            byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
            if (bytes.length == body.length()) {
                lowerAsciiCapitals(bytes);
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
        return body.toLowerCase(Locale.ROOT);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EACH_BYTE = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * 'A'-'Z' to 'a'-'z' in place, eight bytes at a time: a byte's high bit, set by adding, tells
     * whether its low seven bits reach 'A', and whether they pass 'Z'; a byte that has its own
     * high bit set is no ASCII character and stays.
     */
    static void lowerAsciiCapitals(byte[] bytes) {
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            long x = (long) LONGS.get(bytes, i);
            long low7 = x & ~HIGH_BITS;
            long fromA = low7 + (0x80 - 'A') * EACH_BYTE; // high bit set where low7 >= 'A'
            long pastZ = low7 + (0x80 - 'Z' - 1) * EACH_BYTE; // high bit set where low7 > 'Z'
            long capitals = fromA & ~pastZ & ~x & HIGH_BITS;
            LONGS.set(bytes, i, x | capitals >>> 2); // 0x80 >>> 2 == 0x20, the case bit
        }
        for (; i < bytes.length; i++) {
            byte c = bytes[i];
            if (c >= 'A' && c <= 'Z') {
                bytes[i] = (byte) (c + ('a' - 'A'));
            }
        }
    }

    /** Appends {@code text[from, to)} as a paragraph: after a blank line unless it is the first. */
    private static void appendParagraph(StringBuilder out, CharSequence text, int from, int to) {
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(text, from, to);
    }

    /**
     * Whether a boilerplate sentence occurs in {@code text[from, to)}: the same as
     * {@code sentence.matcher(text).region(from, to).useTransparentBounds(true).find()}. The regex
     * (case-insensitive alternatives, each tried at every position: about 100 ns a position) is
     * tried only at the positions whose first two characters can start a sentence row.
     */
    private boolean boilerplateIn(String text, int from, int to) {
        Matcher m = sentence.matcher(text).useTransparentBounds(true);
        if (!sentenceScreenable) {
            return m.region(from, to).find();
        }
        TextWindow window = new TextWindow(text, to);
        for (int i = from; i < to; i++) {
            window.start = i;
            if (sentenceFirst.admits(window) && m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a match of {@code p} found by find() starts where lookingAt() from that position
     * matches, and the two characters there, on their own, rule out no start the text around
     * them allows: no empty match, no anchor but '$', no lookbehind, no \B, and each \b next
     * to a literal letter or digit (at a row's start, one before a letter is a boundary in any
     * text where it is one in context). The bundled sentence rows are all like that.
     */
    private static boolean screenable(Pattern p) {
        String r = p.pattern();
        if (p.matcher("").find() || r.contains("(?<") || r.contains("\\B") || r.contains("^") || r.contains("\\G")
                || r.contains("\\A")) {
            return false;
        }
        for (int j = r.indexOf("\\b"); j >= 0; j = r.indexOf("\\b", j + 2)) {
            boolean letterAfter = j + 2 < r.length() && Character.isLetterOrDigit(r.charAt(j + 2));
            boolean letterBefore = j >= 2 && Character.isLetterOrDigit(r.charAt(j - 1)) && r.charAt(j - 2) != '\\';
            if (!letterAfter && !letterBefore) {
                return false;
            }
        }
        return true;
    }

    /** {@code text[start, end)} as a CharSequence, moved along the text without copying it. */
    private static final class TextWindow implements CharSequence {
        private final String text;
        private final int end;
        private int start;

        TextWindow(String text, int end) {
            this.text = text;
            this.end = end;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return text.substring(start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }

    /** Paragraphs as [from, to) ranges: runs of lines separated by blank (whitespace-only) lines. */
    private static List<int[]> paragraphs(String body) {
        List<int[]> out = new ArrayList<>();
        int n = body.length();
        int paraStart = 0;
        int pos = 0;
        while (pos <= n) {
            int eol = body.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            if (pos > paraStart && isBlank(body, pos, eol) && eol < n) {
                // a blank line between two newlines ends the paragraph before it
                out.add(new int[] {paraStart, pos - 1});
                // skip further blank lines
                int next = eol + 1;
                while (next < n) {
                    int e2 = body.indexOf('\n', next);
                    if (e2 < 0 || !isBlank(body, next, e2)) {
                        break;
                    }
                    next = e2 + 1;
                }
                paraStart = next;
                pos = next;
                continue;
            }
            pos = eol + 1;
        }
        if (paraStart < n) {
            out.add(new int[] {paraStart, n});
        }
        return out;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
