package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a byline's names: "Jane Doe, John Roe and Kim Min-ji | June 3, 2024", "MARI YAMAGUCHI AND
 * HUIZHONG WU" (capitals title-cased), "A, B, and C", "A & B", "Иван Петров и Анна Смирнова",
 * "李维、周雅琴". What follows the names (a date, "for The Diplomat", " in Seoul", an affiliation
 * in brackets) is cut; a part that is not name-shaped ("the end of 2024", "Middle East
 * correspondent") gives nothing.
 */
public final class NameLists {
    private static final Pattern SEP = Pattern.compile(
            "\\s*(?:,|&|(?i:\\band\\b)|\\sи\\s|;|/|、|，|와|과|및)\\s*");
    private static final Pattern NAME = Pattern.compile(
            "^(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb|Gen|Sen|Rep|DR|PROF|MR|MS|MRS)\\.?\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})$");
    /** A Han or kana name, maybe with one space between family and given name ("宮本 沙織"). */
    private static final Pattern CJK_NAME = Pattern.compile(
            "^[\\p{IsHan}\\p{IsKatakana}ー・]{1,4}(?:[ \\u3000][\\p{IsHan}\\p{IsKatakana}ー・]{1,4})?$");

    private static final Pattern ZH = Pattern.compile(
            "^(?:(?:本报|新华社|中新社)?(?:记者|記者|作者|文)\\s*[:：/]?\\s*)?(\\p{IsHan}{2,4}(?:[\\s、，,]+\\p{IsHan}{2,4}){0,4})$");
    /** What follows the names; {@link #tailCut} finds it without a matcher (NameListsTest holds them equal). */
    static final Pattern TAIL_CUT = Pattern.compile(
            "\\s*[|•·—–]\\s*|\\s+-\\s+|\\s+(?:for|on|in|at|from|FOR|ON|IN|AT|FROM)\\s+|\\s*[(（]|\\s+\\d");

    private static final Pattern MARKUP = Pattern.compile("^[*_]+|[*_]+$");
    private static final Pattern HANGUL_NAME = Pattern.compile("^[가-힣]{2,4}$");

    /** Between the names of a Chinese byline. */
    private static final Pattern ZH_SEPARATOR = Pattern.compile("[\\s、，,]+");
    private static final Pattern HAS_ZH_SEPARATOR = Pattern.compile(".*[\\s、，,].*");

    private NameLists() {}

    public static List<String> split(String text) {
        return split(text, false);
    }

    /**
     * @param spacedCjk whether a space between Han or kana characters is inside one name (Japanese
     *     bylines: "宮本 沙織") rather than between two (Chinese: "李维 周雅琴")
     */
    public static List<String> split(String text, boolean spacedCjk) {
        String t = text.replace('\u3000', ' ');
        // Markup around a byline ("**By Jane Doe**").
        t = withoutMarkup(t);
        // Cut what follows the names: "| date", " - Reuters", " for The Diplomat", " on June 3".
        t = withoutMarkup(t.substring(0, tailCut(t)));
        // A Chinese byline: "记者 李维 周雅琴", "作者：李维、周雅琴", names of two to four characters
        // separated by spaces or enumeration commas. Its every form opens with a Han character.
        String stripped = t.strip();
        Matcher zh = spacedCjk || stripped.isEmpty() || stripped.charAt(0) < FIRST_HAN ? null : ZH.matcher(stripped);
        if (zh != null && zh.matches() && (zh.group(1).length() < t.strip().length() || HAS_ZH_SEPARATOR.matcher(zh.group(1).strip()).matches())) {
            return List.of(ZH_SEPARATOR.split(zh.group(1).strip()));
        }
        List<String> out = new ArrayList<>();
        for (String part : mayHoldSeparator(t) ? SEP.split(t) : new String[] {t}) {
            String p = part.strip();
            var m = NAME.matcher(p);
            if (m.matches()) {
                String name = m.group(1).strip();
                out.add(capitals(name) ? titleCase(name) : name);
            } else if (HANGUL_NAME.matcher(p).matches() || spacedCjk && CJK_NAME.matcher(p).matches() && p.length() >= 2) {
                out.add(p);
            }
        }
        return out;
    }

    /** No Han character (nor CJK radical or symbol) comes before this one. */
    private static final char FIRST_HAN = '\u2e80';

    /**
     * {@code MARKUP.matcher(t).replaceAll("")}, with no matcher when the text holds no markup
     * character (a byline's names seldom do; the regex tries its end anchor at every position).
     */
    private static String withoutMarkup(String t) {
        return t.indexOf('*') < 0 && t.indexOf('_') < 0 ? t : MARKUP.matcher(t).replaceAll("");
    }

    /**
     * Where {@link #TAIL_CUT} first matches in {@code t} (its length when nowhere), found without
     * a matcher: the regex tries five alternatives at every position of the names. Every
     * alternative opens with a run of whitespace (optional for a separator or a bracket, required
     * for " - ", a linking word and a digit); positions inside the run behave as its start.
     */
    static int tailCut(String t) {
        int n = t.length();
        for (int p = 0; p < n; ) {
            int q = p;
            while (q < n && isRegexSpace(t.charAt(q))) {
                q++;
            }
            if (q == n) {
                return n;
            }
            char c = t.charAt(q);
            if (c == '|' || c == '•' || c == '·' || c == '—' || c == '–' || c == '(' || c == '（') {
                return p;
            }
            if (q > p && (c == '-' && q + 1 < n && isRegexSpace(t.charAt(q + 1))
                    || c >= '0' && c <= '9' || linkingWordAt(t, q))) {
                return p;
            }
            p = q + 1;
        }
        return n;
    }

    private static final String[] LINKING_WORDS = {"for", "on", "in", "at", "from", "FOR", "ON", "IN", "AT", "FROM"};

    /** Whether one of TAIL_CUT's linking words starts at {@code q}, whitespace after it. */
    private static boolean linkingWordAt(String t, int q) {
        for (String w : LINKING_WORDS) {
            int end = q + w.length();
            if (end < t.length() && t.startsWith(w, q) && isRegexSpace(t.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** The regex class \\s: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /**
     * Whether {@link #SEP} may match in {@code t}: it holds one of its separator characters or
     * "and" in any (ASCII) case. A single name holds none, and is not split by regex.
     */
    private static boolean mayHoldSeparator(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case ',', '&', ';', '/', '、', '，', '와', '과', '및', 'и' -> {
                    return true;
                }
                case 'a', 'A' -> {
                    if (i + 2 < t.length() && (t.charAt(i + 1) | 0x20) == 'n' && (t.charAt(i + 2) | 0x20) == 'd') {
                        return true;
                    }
                }
                default -> { }
            }
        }
        return false;
    }

    /** Whether a name of more than one letter is all in capitals ("HUIZHONG WU"). */
    static boolean capitals(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters > 3;
    }

    /** "HUIZHONG WU" -> "Huizhong Wu", "O'BRIEN-SMITH" -> "O'Brien-Smith". */
    static String titleCase(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) ? sb.toString() : name;
    }
}
