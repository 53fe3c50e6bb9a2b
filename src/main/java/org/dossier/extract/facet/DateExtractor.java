package org.dossier.extract.facet;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.Resources;

/**
 * Finds the date a document gives for itself: a labelled date ("Episode Date:", "Update:"), a date
 * line in the header, a news dateline, a wire sign-off, or a year-only formula ("새해 2019년"). The
 * patterns live in {@code date-patterns.tsv} and {@code date-years.tsv}; this class only knows the
 * priorities and scopes. A year that merely occurs in the prose is never taken.
 */
public final class DateExtractor {

    /** What was found: a full date, or only a year (date null), or nothing (both null). */
    public record Found(LocalDate date, Integer year) {
        static final Found NONE = new Found(null, null);
    }

    private record Rule(int priority, String scope, Pattern pattern, boolean noYear) {}

    private static final int LEAD_CHARS = 600;
    private static final int ENDS_HEAD = 4000;
    private static final int ENDS_TAIL = 1500;
    private static final int HEADER_MAX_LINES = 14;
    private static final int PROSE_LINE = 280;

    private final List<Rule> rules = new ArrayList<>();
    private final List<Pattern> yearOnly = new ArrayList<>();
    private final Map<String, Integer> months = new HashMap<>();

    public static DateExtractor bundled() {
        return new DateExtractor();
    }

    private DateExtractor() {
        for (String line : Resources.lines("months.tsv")) {
            String[] c = line.split("\t");
            months.put(c[0], Integer.parseInt(c[1].strip()));
        }
        Map<String, String> forms = new LinkedHashMap<>();
        List<String[]> contexts = new ArrayList<>();
        for (String line : Resources.lines("date-patterns.tsv")) {
            String[] c = line.split("\t");
            if (c[0].equals("form")) {
                forms.put(c[1], c[2]);
            } else if (c[0].equals("context")) {
                contexts.add(c);
            } else {
                throw new IllegalStateException("date-patterns.tsv: unknown row " + line);
            }
        }
        for (String[] c : contexts) {
            int priority = Integer.parseInt(c[1]);
            String scope = c[2];
            String template = c[3];
            boolean noYear = template.contains("{DATE-NOYEAR}");
            forms.forEach((name, form) -> {
                if (name.endsWith("-noyear") != noYear) {
                    return;
                }
                String regex = template.replace(noYear ? "{DATE-NOYEAR}" : "{DATE}", "(?:" + form + ")");
                rules.add(new Rule(priority, scope, Pattern.compile(regex), noYear));
            });
        }
        for (String line : Resources.lines("date-years.tsv")) {
            yearOnly.add(Pattern.compile(line));
        }
    }

    /**
     * @param header the lines before the body (title, date lines, bylines), may be null
     * @param body the main text
     */
    public Found extract(String header, String body) {
        String all = normalise((header == null ? "" : header + "\n") + (body == null ? "" : body));
        String head = headerRegion(all);
        String lead = leadRegion(normalise(body == null ? "" : body));
        // Labelled dates and sign-offs sit near the top or the bottom; scanning only there keeps
        // long transcripts cheap.
        String ends = all.length() <= ENDS_HEAD + ENDS_TAIL ? all
                : all.substring(0, ENDS_HEAD) + "\n" + all.substring(all.length() - ENDS_TAIL);
        Found best = null;
        int bestPriority = Integer.MAX_VALUE;
        int[] monthDay = null;
        for (Rule rule : rules) {
            if (rule.priority > bestPriority) {
                continue;
            }
            String region = switch (rule.scope) {
                case "header" -> head;
                case "lead" -> lead;
                default -> ends;
            };
            Matcher m = rule.pattern.matcher(region);
            while (m.find()) {
                if (rule.noYear) {
                    Integer mo = month(m);
                    Integer d = parseInt(group(m, "d"));
                    if (mo != null && d != null && monthDay == null) {
                        monthDay = new int[] {mo, d};
                    }
                    break;
                }
                LocalDate date = toDate(m);
                if (date != null) {
                    if (rule.priority < bestPriority) {
                        best = new Found(date, date.getYear());
                        bestPriority = rule.priority;
                    }
                    break;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (Pattern p : yearOnly) {
            Matcher m = p.matcher(all);
            if (m.find()) {
                int y = Integer.parseInt(m.group("y"));
                if (monthDay != null) {
                    try {
                        return new Found(LocalDate.of(y, monthDay[0], monthDay[1]), y);
                    } catch (DateTimeException e) {
                        // fall through: keep the year only
                    }
                }
                return new Found(null, y);
            }
        }
        return Found.NONE;
    }

    /** Full-width digits ("２０１２") become ASCII so one set of patterns serves all scripts. */
    private static String normalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF00' && c <= '\uFFEF') {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /** The lines before the prose starts: at most a few short lines. */
    static String headerRegion(String text) {
        int lines = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n && lines < HEADER_MAX_LINES) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            int len = eol - pos;
            if (len > PROSE_LINE) {
                break;
            }
            if (!text.substring(pos, eol).isBlank()) {
                lines++;
            }
            pos = eol + 1;
        }
        return text.substring(0, Math.min(pos, n));
    }

    private static String leadRegion(String body) {
        String b = body.stripLeading();
        return b.length() <= LEAD_CHARS ? b : b.substring(0, LEAD_CHARS);
    }

    private LocalDate toDate(Matcher m) {
        Integer y = parseInt(group(m, "y"));
        Integer mo = month(m);
        Integer d = parseInt(group(m, "d"));
        if (y == null || mo == null || d == null) {
            return null;
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Integer month(Matcher m) {
        String mon = group(m, "mon");
        if (mon != null) {
            return months.get(mon.toLowerCase(Locale.ROOT));
        }
        return parseInt(group(m, "m"));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // this form has no such group
        }
    }

    private static Integer parseInt(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
