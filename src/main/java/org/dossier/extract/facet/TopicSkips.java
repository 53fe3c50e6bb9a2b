package org.dossier.extract.facet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.extract.text.Resources;

/**
 * The parts of a body whose topic phrases do not count ({@code topic-skip-headings.tsv}): readers'
 * comments ("Comments 214", "评论(126)") to the end of the body, and lists of other documents under
 * a heading ("Related events", "More Episodes", "Most read", "相关节目") up to the next line of prose.
 * One pass over the line starts; a heading is looked up only for a line whose first character
 * starts one.
 */
public final class TopicSkips {
    private record Heading(String text, boolean toEnd) {}

    /** Lines longer than this are prose: a list of links ends there. */
    private static final int PROSE = 100;

    /** Headings by their first character (lower and upper case): a line is compared with a few. */
    private final Map<Character, List<Heading>> byFirst = new HashMap<>();
    private final boolean[] canStart = new boolean[65536];

    public TopicSkips() {
        for (String row : Resources.lines("topic-skip-headings.tsv")) {
            String[] c = row.split("\t");
            if (c.length != 2 || !(c[0].equals("comments") || c[0].equals("list"))) {
                throw new IllegalStateException("topic-skip-headings.tsv: expected comments|list<TAB>heading in: " + row);
            }
            String h = c[1].strip().toLowerCase(Locale.ROOT);
            Heading heading = new Heading(h, c[0].equals("comments"));
            byFirst.computeIfAbsent(h.charAt(0), k -> new ArrayList<>()).add(heading);
            char upper = Character.toUpperCase(h.charAt(0));
            if (upper != h.charAt(0)) {
                byFirst.computeIfAbsent(upper, k -> new ArrayList<>()).add(heading);
            }
            canStart[h.charAt(0)] = true;
            canStart[Character.toUpperCase(h.charAt(0))] = true;
        }
    }

    /** Skipped ranges of {@code body} as {start, end} pairs, in order; empty when none. */
    public int[] ranges(String body) {
        int[] out = null;
        int n = 0;
        int pos = 0;
        int len = body.length();
        while (pos < len) {
            int eol = body.indexOf('\n', pos);
            if (eol < 0) {
                eol = len;
            }
            int s = pos;
            while (s < eol && (body.charAt(s) == ' ' || body.charAt(s) == '\t')) {
                s++;
            }
            Heading h = s < eol && canStart[body.charAt(s)] ? heading(body, s, eol) : null;
            if (h != null) {
                int end = len;
                if (!h.toEnd()) {
                    end = eol;
                    while (end < len) {
                        int next = body.indexOf('\n', end + 1);
                        int lineEnd = next < 0 ? len : next;
                        if (lineEnd - end - 1 > PROSE) {
                            break;
                        }
                        end = lineEnd;
                    }
                }
                if (out == null) {
                    out = new int[8];
                } else if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = s;
                out[n++] = end;
                if (end >= len) {
                    break;
                }
                pos = end + 1;
                continue;
            }
            pos = eol + 1;
        }
        return out == null ? new int[0] : Arrays.copyOf(out, n);
    }

    /** The heading that line {@code [s, eol)} opens, or null. */
    private Heading heading(String body, int s, int eol) {
        Heading best = null;
        for (Heading h : byFirst.get(body.charAt(s))) {
            int e = s + h.text().length();
            if (e <= eol && body.regionMatches(true, s, h.text(), 0, h.text().length()) && ends(body, e, eol, h)
                    && (best == null || h.text().length() > best.text().length())) {
                best = h;
            }
        }
        return best;
    }

    /** What may follow a heading: the line's end, a colon, a count, or (lists) an item after a colon. */
    private static boolean ends(String body, int e, int eol, Heading h) {
        if (e == eol) {
            return true;
        }
        char c = body.charAt(e);
        if (c == ':' || c == '：' || c == '(' || c == '（' || Character.isDigit(c)) {
            return true;
        }
        if (c == ' ' && e + 1 < eol) {
            char d = body.charAt(e + 1);
            return Character.isDigit(d) || d == '(';
        }
        return c == ' ' && e + 1 == eol;
    }
}
