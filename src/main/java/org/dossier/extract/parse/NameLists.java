package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits "Jane Doe, John Roe and Kim Min-ji | June 3, 2024" into person names. */
public final class NameLists {
    private static final Pattern SEP = Pattern.compile("\\s*(?:,|&|\\band\\b|;|/|와|과|및)\\s*");
    private static final Pattern NAME = Pattern.compile(
            "^(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb|Gen|Sen|Rep)\\.?\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})$");

    private static final Pattern ZH = Pattern.compile(
            "^(?:(?:本报|新华社|中新社)?(?:记者|記者|作者|文)\\s*[:：/]?\\s*)?(\\p{IsHan}{2,4}(?:[\\s、，,]+\\p{IsHan}{2,4}){0,4})$");

    /** Where the names end: "| date", " - Reuters", " for The Diplomat", " on June 3". */
    private static final Pattern TRAILER = Pattern.compile("\\s*[|•·—–]\\s*|\\s+-\\s+|\\s+(?:for|on|in|at|from)\\s+|\\s*\\(");
    private static final Pattern ZH_SEPARATOR = Pattern.compile("[\\s、，,]+");
    private static final Pattern HAS_ZH_SEPARATOR = Pattern.compile(".*[\\s、，,].*");
    private static final Pattern KO_NAME = Pattern.compile("^[가-힣]{2,4}$");

    private NameLists() {}

    public static List<String> split(String text) {
        String t = text;
        // Cut what follows the names: "| date", " - Reuters", " for The Diplomat", " on June 3".
        t = TRAILER.split(t)[0];
        // A Chinese byline: "记者 李维 周雅琴", "作者：李维、周雅琴", names of two to four characters
        // separated by spaces or enumeration commas.
        Matcher zh = ZH.matcher(t.strip());
        if (zh.matches() && (zh.group(1).length() < t.strip().length() || HAS_ZH_SEPARATOR.matcher(zh.group(1).strip()).matches())) {
            return List.of(ZH_SEPARATOR.split(zh.group(1).strip()));
        }
        List<String> out = new ArrayList<>();
        for (String part : SEP.split(t)) {
            var m = NAME.matcher(part.strip());
            if (m.matches()) {
                out.add(m.group(1).strip());
            } else if (KO_NAME.matcher(part.strip()).matches()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
