package org.dossier.extract.facet;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.RegexLiterals;
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

    /**
     * One context row applied to one form: the date must be preceded by {@code before} (words
     * that must end exactly where the date starts; null when anything may precede it) and
     * followed by {@code after} (tried at the date's end; null when anything may follow).
     */
    private record Rule(int priority, int scope, int form, WordsBefore before, Pattern after, boolean noYear, int index) {
        Rule(int priority, int scope, int form, WordsBefore before, Pattern after, boolean noYear) {
            this(priority, scope, form, before, after, noYear, -1);
        }
    }

    /**
     * A thread's matchers for the context rules and the vetoes. Making a matcher costs more than
     * most of the tries it is made for, so each is made once per thread and reset to the text of
     * the call that first needs it (a call stamp tells which are already reset).
     */
    private static final class Matchers {
        final Matcher[] after;
        final Matcher[] before;
        final Matcher[][] beforeLater;
        final int[] ruleCall;
        final Matcher[] veto;
        final Matcher[][] vetoLater;
        /** The text each veto's matchers were last reset to. */
        final String[] vetoText;
        int call;

        Matchers(int rules, int vetoes) {
            after = new Matcher[rules];
            before = new Matcher[rules];
            beforeLater = new Matcher[rules][1];
            ruleCall = new int[rules];
            veto = new Matcher[vetoes];
            vetoLater = new Matcher[vetoes][1];
            vetoText = new String[vetoes];
        }
    }

    /** Where a context rule looks: the header lines, the lead of the body, or the text's ends. */
    private static final int HEADER = 0;
    private static final int LEAD = 1;
    private static final int ENDS = 2;

    /**
     * A date written in the text: where, in which form, and what it says: a full date, or only its
     * year (date null, year set: "05/03/2024" on a page that does not say which part is the day),
     * or nothing valid (both unset).
     */
    private record Hit(int start, int end, int form, LocalDate date, int year, int month, int day) {}

    private static final Pattern LEADING_FLAGS = Pattern.compile("^\\(\\?[a-zA-Z]+\\)");
    private static final int LEAD_CHARS = 600;
    private static final int ENDS_HEAD = 4000;
    private static final int ENDS_TAIL = 1500;
    private static final int HEADER_MAX_LINES = 14;
    private static final int PROSE_LINE = 280;
    /**
     * A line this long that ends a sentence is prose (a short first paragraph of a press release
     * that mentions "1997년 7월 14일"), not a header line.
     */
    private static final int PROSE_SENTENCE = 80;

    private final List<Pattern> forms = new ArrayList<>();
    private final List<Boolean> formNoYear = new ArrayList<>();
    /** Forms of a month and a year only ("Aug 2024"): paired only with {DATE-MONTHYEAR} contexts. */
    private final List<Boolean> formMonthYear = new ArrayList<>();
    /** Each form's named groups (of y, m, mon, d): asking a matcher for a group its form lacks throws. */
    /**
     * Per form, the numbers of its groups y, m, mon, d, p, q (0: the form has none), found once so
     * that a match's parts are read by number from the text, not looked up by name and copied.
     */
    private final List<int[]> formGroups = new ArrayList<>();
    private static final String[] GROUP_NAMES = {"y", "m", "mon", "d", "p", "q"};
    private static final int Y = 0;
    private static final int M = 1;
    private static final int MON = 2;
    private static final int D = 3;
    private static final int P = 4;
    private static final int Q = 5;
    /** A part a match does not have (or whose text is not a number). */
    private static final int NONE = Integer.MIN_VALUE;
    private final List<Rule> rules = new ArrayList<>();
    /** What before a date makes it not the document's own ("Accessed on"), ending at the date. */
    private final List<WordsBefore> vetoes = new ArrayList<>();
    private final List<Pattern> yearOnly = new ArrayList<>();
    private final List<String> yearOnlyLiteral = new ArrayList<>();
    private final Map<String, Integer> months = new HashMap<>();
    private byte[][] canStart;
    /** What {@link #formsThatMayMatch} found per opening. */
    private final Map<String, Long> formsAtOpening = new ConcurrentHashMap<>();
    /** Each thread's matchers for the rules and vetoes, reused from call to call. */
    private final ThreadLocal<Matchers> matchers = ThreadLocal.withInitial(() -> new Matchers(rules.size(), vetoes.size()));
    /** The index of the "num-slash" form, whose day and month are decided by {@link #resolveSlashes}. */
    private int numSlash = -1;

    public static DateExtractor bundled() {
        return new DateExtractor();
    }

    private DateExtractor() {
        for (String line : Resources.lines("months.tsv")) {
            String[] c = line.split("\t");
            months.put(c[0], Integer.parseInt(c[1].strip()));
        }
        List<String> formNames = new ArrayList<>();
        List<String[]> contexts = new ArrayList<>();
        for (String line : Resources.lines("date-patterns.tsv")) {
            String[] c = line.split("\t");
            if (c[0].equals("form")) {
                formNames.add(c[1]);
                Pattern form = Pattern.compile(c[2]);
                forms.add(form);
                int[] groups = new int[GROUP_NAMES.length];
                for (int g = 0; g < GROUP_NAMES.length; g++) {
                    groups[g] = c[2].contains("(?<" + GROUP_NAMES[g] + ">") ? RegexGroups.number(c[2], GROUP_NAMES[g]) : 0;
                }
                formGroups.add(groups);
                formNoYear.add(c[1].endsWith("-noyear"));
                formMonthYear.add(c[1].endsWith("-monthyear"));
                if (c[1].equals("num-slash")) {
                    numSlash = forms.size() - 1;
                }
            } else if (c[0].equals("veto")) {
                vetoes.add(new WordsBefore("", c[1]));
            } else if (c[0].equals("context")) {
                contexts.add(c);
            } else {
                throw new IllegalStateException("date-patterns.tsv: unknown row " + line);
            }
        }
        for (String[] c : contexts) {
            int priority = Integer.parseInt(c[1]);
            int scope = switch (c[2]) {
                case "header" -> HEADER;
                case "lead" -> LEAD;
                default -> ENDS;
            };
            String template = c[3];
            boolean noYear = template.contains("{DATE-NOYEAR}");
            boolean monthYear = template.contains("{DATE-MONTHYEAR}");
            String placeholder = noYear ? "{DATE-NOYEAR}" : monthYear ? "{DATE-MONTHYEAR}" : "{DATE}";
            Matcher fm = LEADING_FLAGS.matcher(template);
            String flags = fm.find() ? fm.group() : "";
            String body = template.substring(flags.length());
            int at = body.indexOf(placeholder);
            if (at < 0 || body.indexOf(placeholder, at + 1) >= 0) {
                throw new IllegalStateException("date-patterns.tsv: a context needs exactly one " + placeholder + ": " + template);
            }
            String before = body.substring(0, at);
            String after = body.substring(at + placeholder.length());
            // The part before the date must end exactly where the date starts.
            WordsBefore b = before.isEmpty() ? null : new WordsBefore(flags, before);
            Pattern a = after.isEmpty() ? null : Pattern.compile(flags + after);
            for (int f = 0; f < forms.size(); f++) {
                if (formNoYear.get(f) == noYear && formMonthYear.get(f) == monthYear) {
                    rules.add(new Rule(priority, scope, f, b, a, noYear));
                }
            }
        }
        rules.sort(Comparator.comparingInt(Rule::priority)); // stable: file order within a priority
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            rules.set(i, new Rule(r.priority, r.scope, r.form, r.before, r.after, r.noYear, i));
        }
        if (forms.size() > 64) {
            throw new IllegalStateException("date-patterns.tsv: at most 64 forms");
        }
        canStart = new byte[forms.size()][65536];
        for (String line : Resources.lines("date-years.tsv")) {
            yearOnly.add(Pattern.compile(line));
            yearOnlyLiteral.add(RegexLiterals.prefix(line));
        }
    }

    /**
     * @param header the lines before the body (title, date lines, bylines), may be null
     * @param body the main text
     */
    public Found extract(String header, String body) {
        return extract(header, body, Integer.MAX_VALUE);
    }

    /**
     * The date stated by a label ("Published:", "Streamed live on", "Episode Date:") in lines the
     * page parser set aside (a platform's header above a transcript): only labelled dates count
     * there, never a bare date, which could be a related item's.
     */
    public Found extractLabelled(String setAside) {
        if (setAside == null || setAside.isBlank()) {
            return Found.NONE;
        }
        return extract(setAside, "", LABELLED);
    }

    /** Contexts up to this priority are labels ("Published:", "Streamed live on"). */
    private static final int LABELLED = 15;

    private Found extract(String header, String body, int maxPriority) {
        // The text is the header's lines, a line break, and the body. It is put together only
        // when something needs all of it: normalising, or a year-only formula (rare); otherwise
        // its parts that are read (the header region, the ends) are taken from header and body.
        String first = header == null ? "" : header + "\n";
        String second = body == null ? "" : body;
        int length = first.length() + second.length();
        boolean plain = !needsNormalising(first) && !needsNormalising(second);
        String text = plain && length > ENDS_HEAD + ENDS_TAIL ? null : first + second;
        // A plain text is the same normalised (normalise looks for the very characters
        // needsNormalising found none of): not read a third time to learn it.
        String all = text == null ? null : plain ? text : normalise(text);
        boolean unchanged = plain || all == text; // normalising left the text as it was
        String head;
        String ends;
        if (all != null) {
            head = headerRegion(all, header == null ? 0 : header.length());
            // Labelled dates and sign-offs sit near the top or the bottom; scanning only there keeps
            // long transcripts cheap.
            ends = all.length() <= ENDS_HEAD + ENDS_TAIL ? all
                    : all.substring(0, ENDS_HEAD) + "\n" + all.substring(all.length() - ENDS_TAIL);
        } else {
            head = headerRegion(first, second, header == null ? 0 : header.length());
            ends = ends(first, second);
        }
        // The body is part of the text: when normalising left the text as it was, it leaves the body too.
        String lead = leadRegion(body == null ? "" : unchanged ? body : normalise(body));
        // The text is read once for the dates written in it (the header and the lead are parts of
        // it, so their dates are taken from the same list); the context rules then only look at
        // the few characters around each date.
        List<Hit> endsHits = dates(ends);
        // The header region is a prefix of the text, and so of ends while it fits in ENDS_HEAD.
        List<Hit> headHits = head.length() <= ENDS_HEAD ? within(endsHits, 0, head.length()) : dates(head);
        int leadAt;
        if (all != null) {
            leadAt = all.length() - (body == null ? 0 : body.length());
            while (leadAt < all.length() && Character.isWhitespace(all.charAt(leadAt))) {
                leadAt++;
            }
        } else { // the text unchanged: the body follows the header's lines
            int b = 0;
            while (b < second.length() && Character.isWhitespace(second.charAt(b))) {
                b++;
            }
            leadAt = first.length() + b;
        }
        // Unless normalising changed the text, the lead is the text from leadAt on (the body after
        // its leading whitespace): no need to compare it.
        List<Hit> leadHits = leadAt + lead.length() <= Math.min(ENDS_HEAD, ends.length())
                && (unchanged || ends.regionMatches(leadAt, lead, 0, lead.length()))
                ? within(endsHits, leadAt, leadAt + lead.length()) : dates(lead);
        long[] formsFound = {forms(headHits), forms(leadHits), forms(endsHits)};
        Matchers reused = matchers.get();
        int call = ++reused.call == 0 ? ++reused.call : reused.call; // 0 marks a rule never reset
        Found best = null;
        int bestPriority = Integer.MAX_VALUE;
        int[] monthDay = null;
        for (Rule rule : rules) {
            if (rule.priority > bestPriority || rule.priority > maxPriority) {
                break; // sorted by priority
            }
            if ((formsFound[rule.scope] & 1L << rule.form) == 0) {
                continue; // no date of the rule's form in its region
            }
            String region = rule.scope == HEADER ? head : rule.scope == LEAD ? lead : ends;
            List<Hit> hits = rule.scope == HEADER ? headHits : rule.scope == LEAD ? leadHits : endsHits;
            // The rule's context matchers, reset to the region at its first date of its form.
            int r = rule.index;
            Matcher after = null;
            Matcher before = null;
            Matcher[] beforeLater = reused.beforeLater[r];
            for (Hit h : hits) {
                if (h.form != rule.form) {
                    continue;
                }
                if (reused.ruleCall[r] != call) {
                    reused.ruleCall[r] = call;
                    if (rule.after != null) {
                        if (reused.after[r] == null) {
                            reused.after[r] = rule.after.matcher(region);
                            reused.after[r].useAnchoringBounds(false); // '$' means a real line end, not the region's end
                        } else {
                            reused.after[r].reset(region);
                        }
                    }
                    if (rule.before != null) {
                        if (reused.before[r] == null) {
                            reused.before[r] = rule.before.anchoredMatcher(region);
                        } else {
                            reused.before[r].reset(region);
                        }
                        if (beforeLater[0] != null) {
                            beforeLater[0].reset(region);
                        }
                    }
                }
                after = reused.after[r];
                before = reused.before[r];
                if (!inContext(after, rule.before, before, beforeLater, region, h)
                        || vetoed(region, h, reused)) {
                    continue;
                }
                if (rule.noYear) {
                    if (monthDay == null) {
                        monthDay = new int[] {h.month, h.day};
                    }
                    break;
                }
                if (h.year != 0) {
                    if (rule.priority < bestPriority) {
                        best = new Found(h.date, h.year);
                        bestPriority = rule.priority;
                    }
                    break;
                }
            }
        }
        if (best != null || maxPriority != Integer.MAX_VALUE) {
            return best == null ? Found.NONE : best;
        }
        if (all == null) {
            all = first + second; // plain: normalising would leave it so
        }
        for (int i = 0; i < yearOnly.size(); i++) {
            if (!all.contains(yearOnlyLiteral.get(i))) {
                continue;
            }
            Matcher m = yearOnly.get(i).matcher(all);
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

    /**
     * Every date written in {@code text}, in text order. A date can only start where a digit run
     * starts or where a word followed by a number starts ("Jan 09", "June 19,"), so the form
     * regexes are tried at those few places only, anchored.
     */
    private List<Hit> dates(String text) {
        List<Hit> out = new ArrayList<>(4);
        boolean[] slashes = {false};
        Matcher[] ms = null;
        // Every date form holds a number: look for digit runs only, and from each one, for the
        // month word before it ("Jan 09", "June 19,").
        int[] starts = new int[2];
        for (int d : digitRunStarts(text)) {
            int count = 0;
            int k = d - 1;
            if (k >= 3 && text.charAt(k) == ' ') {
                k--;
                if (text.charAt(k) == '.') {
                    k--;
                }
                int w = k;
                while (w >= 0 && LETTER[text.charAt(w)]) {
                    w--;
                }
                int len = k - w;
                if (len >= 3 && len <= 9) {
                    starts[count++] = w + 1;
                }
            }
            if (d == 0 || !LETTER_OR_DIGIT[text.charAt(d - 1)]) {
                starts[count++] = d;
            }
            int runEnd = d + 1;
            while (runEnd < text.length() && isDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            for (int si = 0; si < count; si++) {
                long mayMatch = formsThatMayMatch(text.substring(starts[si], Math.min(text.length(), runEnd + 1)));
                if (mayMatch != 0) {
                    addDates(text, starts[si], mayMatch, ms == null ? (ms = new Matcher[forms.size()]) : ms, out, slashes);
                }
            }
        }
        return slashes[0] ? resolveSlashes(text, out) : out;
    }

    /**
     * Where the runs of ASCII digits start, in text order. Digits are few: each one is found by
     * {@link String#indexOf(int)}, which the JVM runs many characters at a time, and that beat a
     * test of every character (tried: a loop over the characters, and over a copy of them).
     */
    private static int[] digitRunStarts(String text) {
        int[] digits = new int[8];
        int count = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            for (int i = text.indexOf(digit); i >= 0; i = text.indexOf(digit, i + 1)) {
                if (i == 0 || !isDigit(text.charAt(i - 1))) {
                    if (count == digits.length) {
                        digits = Arrays.copyOf(digits, 2 * count);
                    }
                    digits[count++] = i;
                }
            }
        }
        int[] starts = Arrays.copyOf(digits, count);
        Arrays.sort(starts);
        return starts;
    }

    /**
     * The forms (as bits) that may match a text starting with {@code opening} (from a date's
     * possible start to the character after its first digit run: "2024-", "3/", "June 19,"): a
     * form that fails on it without reaching its end fails on any text that starts so. Most
     * openings recur (years, day numbers), so the answers are kept, up to a bound.
     */
    private long formsThatMayMatch(String opening) {
        Long known = formsAtOpening.get(opening);
        if (known != null) {
            return known;
        }
        long may = 0;
        char first = opening.charAt(0);
        for (int f = 0; f < forms.size(); f++) {
            if (canStart(f, first)) {
                Matcher m = forms.get(f).matcher(opening);
                if (m.lookingAt() || m.hitEnd()) {
                    may |= 1L << f;
                }
            }
        }
        if (formsAtOpening.size() < OPENINGS_KEPT) {
            formsAtOpening.put(opening, may);
        }
        return may;
    }

    /** How many openings {@link #formsThatMayMatch} keeps answers for. */
    private static final int OPENINGS_KEPT = 20_000;

    /** The dates (one per form that matches) starting at {@code i}, trying the forms in {@code mayMatch}. */
    private void addDates(String text, int i, long mayMatch, Matcher[] ms, List<Hit> out, boolean[] slashes) {
        int n = text.length();
        for (int f = 0; f < forms.size(); f++) {
            if ((mayMatch & 1L << f) == 0) {
                continue; // cannot match here: a month-name form at a digit, "3/" for a year-first form
            }
            Matcher m = ms[f] == null ? (ms[f] = forms.get(f).matcher(text)) : ms[f];
            m.region(i, n);
            if (!m.lookingAt()) {
                continue;
            }
            int[] groups = formGroups.get(f);
            if (formNoYear.get(f)) {
                int mo = month(m, text, groups);
                int d = number(m, text, groups[D]);
                if (mo != NONE && d != NONE) {
                    out.add(new Hit(i, m.end(), f, null, 0, mo, d));
                }
            } else if (formMonthYear.get(f)) {
                int mo = month(m, text, groups);
                int y = number(m, text, groups[Y]);
                if (mo != NONE && mo >= 1 && mo <= 12 && y != NONE && (i == 0 || !isDigit(text.charAt(i - 1)))) {
                    out.add(new Hit(i, m.end(), f, null, y, mo, 0)); // the year only: no day to date it by
                }
            } else if (f == numSlash) {
                int p = number(m, text, groups[P]);
                int q = number(m, text, groups[Q]);
                int y = number(m, text, groups[Y]);
                // Kept with its two parts (month, day as written: p, q); resolved once the whole
                // text's slash dates are known.
                if (p >= 1 && q >= 1 && (p <= 12 || q <= 12) && p <= 31 && q <= 31) {
                    out.add(new Hit(i, m.end(), f, null, y, p, q));
                    slashes[0] = true;
                }
            } else {
                LocalDate date = toDate(m, text, groups);
                if (date != null && (i == 0 || !isDigit(text.charAt(i - 1)))) {
                    out.add(new Hit(i, m.end(), f, date, date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
                }
            }
        }
    }

    /**
     * Decides day and month of the slash dates ("7/12/2024", "18/03/2025"): a part over 12 is the
     * day; otherwise a weekday written before the date that fits only one reading ("Fri,
     * 7/12/2024"); otherwise the page's other slash dates (one with a part over 12 shows the
     * order), then its script (Cyrillic or accented Latin: day first). With no sign, only the
     * year is kept.
     */
    private List<Hit> resolveSlashes(String text, List<Hit> hits) {
        int order = 0; // 1 day first, -1 month first
        for (Hit h : hits) {
            if (h.form == numSlash && h.month > 12 != h.day > 12) {
                order = h.month > 12 ? 1 : -1;
                break;
            }
        }
        if (order == 0 && dayFirstScript(text)) {
            order = 1;
        }
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.form != numSlash) {
                out.add(h);
                continue;
            }
            LocalDate monthFirst = of(h.year, h.month, h.day);
            LocalDate dayFirst = of(h.year, h.day, h.month);
            LocalDate date;
            if (monthFirst == null || dayFirst == null || monthFirst.equals(dayFirst)) {
                date = monthFirst == null ? dayFirst : monthFirst;
            } else {
                int weekday = weekdayBefore(text, h.start);
                if (weekday != 0 && monthFirst.getDayOfWeek().getValue() == weekday) {
                    date = monthFirst;
                } else if (weekday != 0 && dayFirst.getDayOfWeek().getValue() == weekday) {
                    date = dayFirst;
                } else {
                    date = order > 0 ? dayFirst : order < 0 ? monthFirst : null;
                }
            }
            out.add(new Hit(h.start, h.end, h.form, date, h.year,
                    date == null ? 0 : date.getMonthValue(), date == null ? 0 : date.getDayOfMonth()));
        }
        return out;
    }

    private static LocalDate of(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    /** The ISO day of the week (1 Monday) named just before {@code at} ("Fri, ", "Friday "), else 0. */
    static int weekdayBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == ',' || text.charAt(k) == '.')) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && LETTER[text.charAt(k)]) {
            k--;
        }
        String word = text.substring(k + 1, end).toLowerCase(Locale.ROOT);
        if (word.length() < 3 || end == at) {
            return 0;
        }
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (word.startsWith(WEEKDAYS[i]) && (word.length() <= 4 || word.endsWith("day"))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the text is written in a script whose users put the day first (Cyrillic, Latin with
     * a share of accented letters).
     */
    static boolean dayFirstScript(String text) {
        int n = Math.min(text.length(), 4000);
        int cyrillic = 0;
        int accented = 0;
        int latin = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            } else if (c >= '\u00C0' && c <= '\u017F' && c != '\u00D7' && c != '\u00F7') {
                accented++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        // German and French text has one accented letter in fifty or so, Spanish one in a hundred;
        // an English page that keeps naming "Türkiye" has one in a few hundred.
        return cyrillic >= 20 || accented >= 5 && accented * 140 >= latin;
    }

    /**
     * Whether form f can match text starting with c, worked out on first sight of c (a regex that
     * cannot match anything starting with c fails on "c" without reaching its end).
     */
    private boolean canStart(int f, char c) {
        byte[] table = canStart[f];
        byte b = table[c];
        if (b == 0) {
            Matcher m = forms.get(f).matcher(String.valueOf(c));
            b = m.lookingAt() || m.hitEnd() ? (byte) 1 : (byte) 2;
            table[c] = b; // a benign race: every thread computes the same value
        }
        return b == 1;
    }

    /** The forms of the hits, as a set of bits. */
    private static long forms(List<Hit> hits) {
        long set = 0;
        for (Hit h : hits) {
            set |= 1L << h.form;
        }
        return set;
    }

    /** The hits inside {@code [from, to)}, shifted to start at 0. */
    private static List<Hit> within(List<Hit> hits, int from, int to) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.start >= from && h.end <= to) {
                out.add(new Hit(h.start - from, h.end - from, h.form, h.date, h.year, h.month, h.day));
            }
        }
        return out;
    }

    private static final boolean[] LETTER = new boolean[65536];
    private static final boolean[] LETTER_OR_DIGIT = new boolean[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            LETTER[c] = Character.isLetter((char) c);
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit((char) c);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the words just before a date on its line make it a date of access or capture. */
    private boolean vetoed(String text, Hit h, Matchers reused) {
        // 100 characters: "Printed from www.example-review.org on 11/03/2025" names a site between.
        int from = Math.max(text.lastIndexOf('\n', h.start - 1) + 1, h.start - 100);
        for (int i = 0; i < vetoes.size(); i++) {
            WordsBefore v = vetoes.get(i);
            Matcher[] later = reused.vetoLater[i];
            if (reused.vetoText[i] != text) { // the same region is asked again for its other dates
                reused.vetoText[i] = text;
                if (reused.veto[i] == null) {
                    reused.veto[i] = v.anchoredMatcher(text);
                } else {
                    reused.veto[i].reset(text);
                }
                if (later[0] != null) {
                    later[0].reset(text);
                }
            }
            if (v.matchesBefore(text, from, h.start, reused.veto[i], later, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text around a date fits a rule's context: {@code after} (or null) must match
     * where the date ends, {@code words} (or null) somewhere from the start of the previous line
     * to where the date starts. The matchers are the rule's over {@code text}.
     */
    private static boolean inContext(Matcher after, WordsBefore words, Matcher before, Matcher[] beforeLater, String text,
            Hit h) {
        if (after != null) {
            after.region(h.end, text.length());
            if (!after.lookingAt()) {
                return false;
            }
        }
        if (before != null) {
            // From the start of the previous line: a label may sit on the line above the date.
            int lineStart = text.lastIndexOf('\n', h.start - 1);
            int from = lineStart <= 0 ? 0 : Math.max(0, text.lastIndexOf('\n', lineStart - 1) + 1);
            // Whether the text's only line breaks are '\n' is asked of the few lines before the date only.
            return words.matchesBefore(text, from, h.start, before, beforeLater, false);
        }
        return true;
    }

    /**
     * Full-width digits ("２０１２") become ASCII so one set of patterns serves all scripts, and
     * Japanese era years ("令和6年") become Gregorian ones ("2024年"), so the 年月日 form reads them.
     */
    /** Whether {@link #normalise} would change s (or return another string), by the test it makes. */
    private static boolean needsNormalising(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '年' && (c == '年' || c >= '\uFF00' && c <= '\uFFEF')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text's first {@link #ENDS_HEAD} characters, a line break and its last {@link #ENDS_TAIL},
     * of a text (first + second) longer than both together, as the ends region is cut from it.
     */
    private static String ends(String first, String second) {
        StringBuilder sb = new StringBuilder(ENDS_HEAD + 1 + ENDS_TAIL);
        int fromFirst = Math.min(first.length(), ENDS_HEAD);
        sb.append(first, 0, fromFirst).append(second, 0, ENDS_HEAD - fromFirst).append('\n');
        int length = first.length() + second.length();
        int tail = length - ENDS_TAIL; // where the tail starts in the text
        if (tail < first.length()) {
            sb.append(first, tail, first.length()).append(second);
        } else {
            sb.append(second, tail - first.length(), second.length());
        }
        return sb.toString();
    }

    private static String normalise(String s) {
        boolean wide = false;
        boolean nen = false; // 年: maybe an era year
        for (int i = 0; i < s.length() && !wide; i++) {
            char c = s.charAt(i);
            if (c >= '年') { // '年' < '\uFF00': one comparison rules out nearly every character
                wide = c >= '\uFF00' && c <= '\uFFEF';
                nen |= c == '年';
            }
        }
        String out = wide ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
        return nen || wide && out.indexOf('年') >= 0 ? JapaneseEras.toGregorian(out) : out;
    }

    /** The lines before the prose starts: at most a few short lines. */
    static String headerRegion(String text) {
        return headerRegion(text, 0);
    }

    /**
     * As {@link #headerRegion(String)}; past {@code parsedHeader} characters (the lines the page
     * parser already put in the header) a long line ending a sentence also ends the region.
     */
    static String headerRegion(String text, int parsedHeader) {
        return text.substring(0, headerRegionEnd(text, "", parsedHeader));
    }

    /** As {@link #headerRegion(String, int)} of {@code first + second}, without putting the two together. */
    private static String headerRegion(String first, String second, int parsedHeader) {
        int end = headerRegionEnd(first, second, parsedHeader);
        return end <= first.length() ? first.substring(0, end) : first + second.substring(0, end - first.length());
    }

    /** Where the header region of the text {@code first + second} ends. */
    private static int headerRegionEnd(String first, String second, int parsedHeader) {
        int lines = 0;
        int pos = 0;
        int n = first.length() + second.length();
        while (pos < n && lines < HEADER_MAX_LINES) {
            int eol = indexOfNewline(first, second, pos);
            if (eol < 0) {
                eol = n;
            }
            int len = eol - pos;
            if (len > PROSE_LINE || pos >= parsedHeader && len >= PROSE_SENTENCE && endsSentence(first, second, eol)) {
                break; // the prose has started: a date in it is one the text mentions
            }
            if (!isBlank(first, second, pos, eol)) {
                lines++;
            }
            pos = eol + 1;
        }
        return Math.min(pos, n);
    }

    /** The first '\n' at or after {@code from} in {@code first + second}, or -1. */
    private static int indexOfNewline(String first, String second, int from) {
        if (from < first.length()) {
            int i = first.indexOf('\n', from);
            if (i >= 0) {
                return i;
            }
            from = first.length();
        }
        int j = second.indexOf('\n', from - first.length());
        return j < 0 ? -1 : first.length() + j;
    }

    /** The character at i of {@code first + second}. */
    private static char charAt(String first, String second, int i) {
        return i < first.length() ? first.charAt(i) : second.charAt(i - first.length());
    }

    /** As {@code text.substring(from, to).isBlank()}, without the copy (no whitespace is a surrogate). */
    private static boolean isBlank(String first, String second, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(charAt(first, second, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String first, String second, int eol) {
        int j = eol - 1;
        while (j >= 0 && (charAt(first, second, j) == ' ' || charAt(first, second, j) == '\t' || charAt(first, second, j) == '\r')) {
            j--;
        }
        return j >= 0 && ".。!?！？".indexOf(charAt(first, second, j)) >= 0;
    }

    private static String leadRegion(String body) {
        String b = body.stripLeading();
        return b.length() <= LEAD_CHARS ? b : b.substring(0, LEAD_CHARS);
    }

    private LocalDate toDate(Matcher m, String text, int[] groups) {
        int y = number(m, text, groups[Y]);
        int mo = month(m, text, groups);
        int d = number(m, text, groups[D]);
        if (y == NONE || mo == NONE || d == NONE) {
            return null;
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month of a match over {@code text}: its month's name, else its month's number; or NONE. */
    private int month(Matcher m, String text, int[] groups) {
        int mon = groups[MON];
        if (mon != 0 && m.start(mon) >= 0) {
            Integer n = months.get(text.substring(m.start(mon), m.end(mon)).toLowerCase(Locale.ROOT));
            return n == null ? NONE : n;
        }
        return number(m, text, groups[M]);
    }

    /**
     * The number a match's group (0: none) holds, as {@code Integer.parseInt} reads it, or NONE
     * when the group is missing or not a number. A short run of ASCII digits is read straight
     * from the text; anything else goes through parseInt.
     */
    private static int number(Matcher m, String text, int group) {
        if (group == 0 || m.start(group) < 0) {
            return NONE;
        }
        int s = m.start(group);
        int e = m.end(group);
        if (e > s && e - s <= 9) {
            int v = 0;
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    Integer n = parseInt(text.substring(s, e));
                    return n == null ? NONE : n;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
        Integer n = parseInt(text.substring(s, e));
        return n == null ? NONE : n;
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
