package org.dossier.extract.passage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.LineBreaks;
import org.dossier.model.Passage;

/**
 * Splits a document's body into passages: one per speaker turn where the text carries turns
 * ({@code NAME:}, {@code NAME (00:31):}, {@code Speaker 1 (00:01):}, {@code [00:00:54]},
 * {@code 00:01:02} at a line's start, {@code Q:}/{@code A:}), long turns cut at paragraph
 * boundaries; otherwise one passage per paragraph (short ones merged), with no speaker.
 *
 * <p>A label counts as a speaker only when it looks like a name and is not a known non-speaker
 * ({@code Note:}, {@code Update:}...), and either matches one of the document's speakers or opens
 * at least two turns: a dateline such as {@code Washington:} opens one.
 */
public final class PassageSplitter {
    /** Passages longer than this are cut at paragraph boundaries. */
    static final int MAX_CHARS = 1_500;
    /** Paragraphs shorter than this are merged with the next one when there are no turns. */
    static final int MIN_PARAGRAPH_CHARS = 200;

    private static final String TIME = "(\\d{1,2}:\\d{2}(?::\\d{2})?)";
    private static final String NAME = "([\\p{Lu}][\\p{L}'’.\\-]*(?:\\s+[\\p{Lu}][\\p{L}'’.\\-]*){0,3}|[\\p{Lu}][\\p{Lu}'’.\\-]+(?:\\s+[\\p{Lu}'’.\\-]+){0,3}|Speaker\\s+\\d{1,2}|[QA])";
    /** NAME (00:31): text | NAME: text | [00:00:54] NAME: text | [00:00:54] text | 00:01:02 NAME: text | 00:01:02 text */
    private static final Pattern TURN = Pattern.compile(
            "^(?:\\[" + TIME + "\\]\\s*|" + "(\\d{1,2}:\\d{2}:\\d{2})\\s+)?"
                    + "(?:" + NAME + "(?:\\s*\\(" + TIME + "\\))?\\s*:\\s+)?(.*)$");
    /** Labels that open a turn without naming who speaks. */
    private static final Pattern GENERIC = Pattern.compile("(?i)speaker\\s+\\d{1,2}|[QA]|host|guest|interviewer|moderator|anchor");
    private static final Set<String> NOT_SPEAKERS = loadNotSpeakers();

    private PassageSplitter() {}

    private static Set<String> loadNotSpeakers() {
        Set<String> labels = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PassageSplitter.class.getResourceAsStream("not-speakers.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String label = line.strip();
                if (!label.isEmpty() && !label.startsWith("#")) {
                    labels.add(label.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not-speakers.txt cannot be read", e);
        }
        return labels;
    }

    /** One line's reading: a turn's label and time, if it opens one, and its text. */
    private record Line(String label, Integer seconds, boolean opensTurn, String text) {}

    public static List<Passage> split(String body, List<String> documentSpeakers) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        if (body.indexOf(':') < 0) {
            return paragraphs(body); // every turn has a colon (see read): no line opens one
        }
        Speakers speakers = new Speakers(documentSpeakers);
        List<Line> lines;
        Map<String, Integer> labelCounts = new HashMap<>();
        if (newlinesOnly(body)) {
            // Only lines holding a colon can open a turn (see read): those are read first, found
            // from their colons, and most bodies end there.
            List<Line> colonLines = new ArrayList<>();
            List<Integer> colonLineStarts = new ArrayList<>();
            readColonLines(body, colonLines, colonLineStarts, labelCounts);
            if (!anyTurn(colonLines, labelCounts, speakers)) {
                return paragraphs(body); // what the reading of every line below would conclude
            }
            lines = allLines(body, colonLines, colonLineStarts);
        } else {
            lines = new ArrayList<>();
            for (String raw : LineBreaks.lines(body)) {
                Line line = read(raw);
                lines.add(line);
                if (line.label() != null) {
                    labelCounts.merge(line.label(), 1, Integer::sum);
                }
            }
        }
        // keep only labels that really name speakers (or are generic turn labels)
        List<Line> accepted = new ArrayList<>();
        boolean anyTurn = false;
        for (Line line : lines) {
            String label = line.label();
            boolean speakerLabel = label != null && speakers.isSpeakerLabel(label, labelCounts);
            if (label != null && !speakerLabel) {
                accepted.add(new Line(null, line.seconds(), line.seconds() != null, line.text().isEmpty() ? label + ":" : label + ": " + line.text()));
            } else {
                accepted.add(line);
            }
            anyTurn |= accepted.get(accepted.size() - 1).opensTurn();
        }
        return anyTurn ? turns(accepted, speakers) : paragraphs(body);
    }

    /**
     * Reads the lines holding a colon of a text whose only breaks are '\n', each found from its
     * colon rather than by cutting the whole text into lines: their readings, where they start,
     * and the count of each label (only these lines can have one).
     */
    private static void readColonLines(String body, List<Line> lines, List<Integer> starts, Map<String, Integer> labelCounts) {
        int n = body.length();
        for (int colon = body.indexOf(':'); colon >= 0; ) {
            int start = body.lastIndexOf('\n', colon - 1) + 1;
            int end = body.indexOf('\n', colon);
            end = end < 0 ? n : end;
            Line line = read(body.substring(start, end));
            lines.add(line);
            starts.add(start);
            if (line.label() != null) {
                labelCounts.merge(line.label(), 1, Integer::sum);
            }
            colon = end < n ? body.indexOf(':', end + 1) : -1;
        }
    }

    /** Whether {@link #split} would find a line that opens a turn among the colon lines. */
    private static boolean anyTurn(List<Line> colonLines, Map<String, Integer> labelCounts, Speakers speakers) {
        for (Line line : colonLines) {
            String label = line.label();
            boolean speakerLabel = label != null && speakers.isSpeakerLabel(label, labelCounts);
            if (label != null && !speakerLabel ? line.seconds() != null : line.opensTurn()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every line's reading, as {@code LineBreaks.lines} and {@link #read} give them, in a text
     * whose only breaks are '\n': the colon lines' readings are taken as already made; a line
     * without a colon is only its text.
     */
    private static List<Line> allLines(String body, List<Line> colonLines, List<Integer> colonLineStarts) {
        List<Line> lines = new ArrayList<>();
        int n = body.length();
        int next = 0; // the next colon line
        int lastNonEmpty = -1; // the last line that is not "" (trailing empty lines are dropped)
        for (int start = 0; start <= n; ) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? n : end;
            if (next < colonLines.size() && colonLineStarts.get(next) == start) {
                lines.add(colonLines.get(next++));
            } else {
                lines.add(new Line(null, null, false, body.substring(start, end).strip()));
            }
            if (end > start) {
                lastNonEmpty = lines.size() - 1;
            }
            start = end + 1;
        }
        return lines.subList(0, lastNonEmpty + 1);
    }

    /**
     * The document's speakers, read once per body for the labels to be matched with them
     * (lower-cased, first and last words), with each label's answers kept: a transcript repeats
     * its few labels on every turn.
     */
    private static final class Speakers {
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");
        private final List<String> names;
        private final String[] lower;
        private final String[] first;
        private final String[] last;
        private final Map<String, String> resolved = new HashMap<>();
        private final Map<String, Boolean> generic = new HashMap<>();

        Speakers(List<String> names) {
            this.names = names;
            int k = names.size();
            lower = new String[k];
            first = new String[k];
            last = new String[k];
            for (int i = 0; i < k; i++) {
                lower[i] = names.get(i).toLowerCase(Locale.ROOT);
                String[] parts = WHITESPACE.split(lower[i]); // as lower.split("\\s+")
                // A name of white space only has no words: null, as a sign to fail as asking for them would.
                first[i] = parts.length == 0 ? null : parts[0];
                last[i] = parts.length == 0 ? null : parts[parts.length - 1];
            }
        }

        /** Whether a label names a speaker: a generic turn label, one of the document's speakers, or used twice. */
        boolean isSpeakerLabel(String label, Map<String, Integer> labelCounts) {
            return isGeneric(label) || resolve(label) != null || labelCounts.getOrDefault(label, 0) >= 2;
        }

        boolean isGeneric(String label) {
            return generic.computeIfAbsent(label, l -> GENERIC.matcher(l).matches());
        }

        /** The document's own name for a label (CHA, Victor, Victor Cha), or null. */
        String resolve(String label) {
            if (resolved.containsKey(label)) {
                return resolved.get(label);
            }
            String wanted = label.strip().toLowerCase(Locale.ROOT);
            String found = null;
            for (int i = 0; i < lower.length; i++) {
                if (first[i] == null && !lower[i].equals(wanted)) {
                    throw new ArrayIndexOutOfBoundsException(0); // as the name's first word would be asked for
                }
                boolean matches = lower[i].equals(wanted) || first[i].equals(wanted) || last[i].equals(wanted);
                if (matches) {
                    if (found != null && !found.equals(names.get(i))) {
                        found = null; // ambiguous: two speakers share that name
                        break;
                    }
                    found = names.get(i);
                }
            }
            resolved.put(label, found);
            return found;
        }
    }

    private static Line read(String raw) {
        String line = raw.strip();
        // Every turn form has a colon (in its label or its time): most lines are prose without one.
        if (line.indexOf(':') < 0) {
            return new Line(null, null, false, line);
        }
        Matcher m = TURN.matcher(line);
        if (line.isEmpty() || !m.matches()) {
            return new Line(null, null, false, line);
        }
        String time = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
        String label = m.group(3);
        String text = m.group(5) == null ? "" : m.group(5).strip();
        if (label != null && NOT_SPEAKERS.contains(label.toLowerCase(Locale.ROOT))) {
            return new Line(null, null, false, line);
        }
        if (label == null && time == null) {
            return new Line(null, null, false, line);
        }
        return new Line(label, time == null ? null : seconds(time), true, text);
    }

    private static List<Passage> turns(List<Line> lines, Speakers speakers) {
        List<Passage> passages = new ArrayList<>();
        String speaker = null;
        Integer start = null;
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (line.opensTurn()) {
                add(passages, speaker, start, text);
                speaker = line.label() == null ? null
                        : speakers.isGeneric(line.label()) ? null : speaker(line.label(), speakers);
                start = line.seconds();
                text.setLength(0);
                text.append(line.text());
            } else if (line.text().isEmpty()) {
                if (text.length() > MAX_CHARS) { // a long turn ends a passage at a paragraph boundary
                    add(passages, speaker, start, text);
                    start = null;
                    text.setLength(0);
                } else if (text.length() > 0) {
                    text.append("\n\n");
                }
            } else {
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
                text.append(line.text());
            }
        }
        add(passages, speaker, start, text);
        return passages;
    }

    private static List<Passage> paragraphs(String body) {
        List<Passage> passages = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (newlinesOnly(body)) {
            // The paragraphs, as LineBreaks.paragraphs cuts them, are walked as stretches of the
            // body rather than copied out of it first: a paragraph is copied once, into its
            // passage (blank parts, which that method may also give, come to nothing below).
            int start = 0;
            for (int i = body.indexOf('\n'); i >= 0; ) {
                int end = blankLineEnd(body, i);
                if (end >= 0) {
                    strippedParagraph(passages, text, body, start, i);
                    start = end;
                    i = body.indexOf('\n', end);
                } else {
                    i = body.indexOf('\n', i + 1);
                }
            }
            strippedParagraph(passages, text, body, start, body.length());
        } else {
            for (String paragraph : LineBreaks.paragraphs(body)) {
                String p = LineBreaks.joinLines(paragraph.strip());
                paragraph(passages, text, p, 0, p.length());
            }
        }
        add(passages, null, null, text);
        return passages;
    }

    /**
     * In a text whose only breaks are '\n', where the blank line that starts with the break at
     * {@code i} ends (after the last '\n' of the white space that follows), or -1 when no other
     * break follows through white space: LineBreaks' reading of {@code \R\s*\R} there.
     */
    private static int blankLineEnd(String text, int i) {
        int lastBreak = -1;
        for (int r = i + 1; r < text.length(); r++) {
            char c = text.charAt(r);
            if (c == '\n') {
                lastBreak = r;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return lastBreak >= 0 ? lastBreak + 1 : -1;
    }

    /**
     * {@link #paragraph} for the paragraph {@code body[from, to)} of a newline-only text, stripped
     * and its lines joined as LineBreaks would (a paragraph of one line has nothing to join).
     */
    private static void strippedParagraph(List<Passage> passages, StringBuilder text, String body, int from, int to) {
        // As String.strip: no white space character is a surrogate, so testing chars is testing code points.
        while (from < to && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        int newline = body.indexOf('\n', from);
        if (newline >= 0 && newline < to) {
            String joined = LineBreaks.joinLines(body.substring(from, to));
            paragraph(passages, text, joined, 0, joined.length());
        } else {
            paragraph(passages, text, body, from, to);
        }
    }

    /**
     * Adds the paragraph {@code source[from, to)}, stripped and its lines joined, to the passage
     * being gathered in {@code text}, or as a passage of its own.
     */
    private static void paragraph(List<Passage> passages, StringBuilder text, String source, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return;
        }
        if (text.length() == 0 && length >= MIN_PARAGRAPH_CHARS) {
            // A passage of its own, as appending it and taking it out again would give: most
            // paragraphs of prose are so, and skip two copies of themselves (strip() of a
            // stripped text is the text itself).
            String t = source.substring(from, to).strip();
            if (!t.isEmpty()) {
                passages.add(new Passage(passages.size(), null, null, t));
            }
            return;
        }
        if (text.length() > 0 && text.length() + length > MAX_CHARS) {
            add(passages, null, null, text);
            text.setLength(0);
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(source, from, to);
        if (text.length() >= MIN_PARAGRAPH_CHARS) {
            add(passages, null, null, text);
            text.setLength(0);
        }
    }

    /** Whether the text's only line breaks are '\n' (none of {@code \r \u000B \f \u0085 \u2028 \u2029}). */
    private static boolean newlinesOnly(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\u000B') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    }

    private static void add(List<Passage> passages, String speaker, Integer start, StringBuilder text) {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            passages.add(new Passage(passages.size(), speaker, start, t));
        }
        text.setLength(0);
    }

    /** The document's own name for a label (CHA, Victor, Victor Cha), or the label as written. */
    private static String speaker(String label, Speakers speakers) {
        String resolved = speakers.resolve(label);
        if (resolved != null) {
            return resolved;
        }
        return label.equals(label.toUpperCase(Locale.ROOT)) && label.length() > 1 ? titleCase(label) : label;
    }

    private static String titleCase(String label) {
        StringBuilder out = new StringBuilder();
        for (String word : label.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    static int seconds(String time) {
        String[] parts = time.split(":");
        int total = 0;
        for (String part : parts) {
            total = total * 60 + Integer.parseInt(part);
        }
        return total;
    }
}
