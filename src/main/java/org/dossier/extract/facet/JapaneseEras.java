package org.dossier.extract.facet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.Resources;

/**
 * Japanese government pages date themselves by era ("令和6年5月27日", "平成31年", "令和元年"). The
 * eras and their first years are in {@code japanese-eras.tsv}; an era year is rewritten as the
 * Gregorian year so the ordinary 年月日 date form reads it.
 */
final class JapaneseEras {
    private record Era(String name, int firstYear, Pattern pattern) {}

    private static final List<Era> ERAS = new ArrayList<>();

    static {
        for (String row : Resources.lines("japanese-eras.tsv")) {
            String[] c = row.split("\t");
            ERAS.add(new Era(c[0].strip(), Integer.parseInt(c[1].strip()),
                    Pattern.compile(Pattern.quote(c[0].strip()) + "\\s*(\\d{1,2}|元)\\s*年")));
        }
    }

    private JapaneseEras() {}

    /** The text with each era year replaced by its Gregorian year; the same text when it has none. */
    static String toGregorian(String text) {
        String out = text;
        for (Era era : ERAS) {
            if (out.indexOf(era.name) < 0) {
                continue;
            }
            Matcher m = era.pattern.matcher(out);
            StringBuilder sb = new StringBuilder(out.length());
            while (m.find()) {
                int n = m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1));
                m.appendReplacement(sb, (era.firstYear + n - 1) + "年");
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }
}
