package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits "Jane Doe, John Roe and Kim Min-ji | June 3, 2024" into person names. */
public final class NameLists {
    private static final Pattern SEP = Pattern.compile("\\s*(?:,|&|\\band\\b|;|/|와|과|및)\\s*");
    private static final Pattern NAME = Pattern.compile(
            "^(?:(?:Dr|Prof|Mr|Ms|Mrs|Amb|Gen|Sen|Rep)\\.?\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})$");

    private NameLists() {}

    public static List<String> split(String text) {
        String t = text;
        // Cut what follows the names: "| date", " - Reuters", " for The Diplomat", " on June 3".
        t = t.split("\\s*[|•·—–]\\s*|\\s+-\\s+|\\s+(?:for|on|in|at|from)\\s+|\\s*\\(")[0];
        List<String> out = new ArrayList<>();
        for (String part : SEP.split(t)) {
            var m = NAME.matcher(part.strip());
            if (m.matches()) {
                out.add(m.group(1).strip());
            } else if (part.strip().matches("^[가-힣]{2,4}$")) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
