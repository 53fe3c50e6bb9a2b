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
    private static final Pattern TAIL_CUT = Pattern.compile(
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
        t = MARKUP.matcher(t).replaceAll("");
        // Cut what follows the names: "| date", " - Reuters", " for The Diplomat", " on June 3".
        t = MARKUP.matcher(TAIL_CUT.split(t, 2)[0]).replaceAll("");
        // A Chinese byline: "记者 李维 周雅琴", "作者：李维、周雅琴", names of two to four characters
        // separated by spaces or enumeration commas.
        Matcher zh = spacedCjk ? null : ZH.matcher(t.strip());
        if (zh != null && zh.matches() && (zh.group(1).length() < t.strip().length() || HAS_ZH_SEPARATOR.matcher(zh.group(1).strip()).matches())) {
            return List.of(ZH_SEPARATOR.split(zh.group(1).strip()));
        }
        List<String> out = new ArrayList<>();
        for (String part : SEP.split(t)) {
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
