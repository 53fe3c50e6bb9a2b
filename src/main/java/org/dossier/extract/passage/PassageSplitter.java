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
        if (newlinesOnly(body) && !anyTurnInColonLines(body, documentSpeakers)) {
            return paragraphs(body); // what the reading of every line below would conclude
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> labelCounts = new HashMap<>();
        for (String raw : LineBreaks.lines(body)) {
            Line line = read(raw);
            lines.add(line);
            if (line.label() != null) {
                labelCounts.merge(line.label(), 1, Integer::sum);
            }
        }
        // keep only labels that really name speakers (or are generic turn labels)
        List<Line> accepted = new ArrayList<>();
        boolean anyTurn = false;
        for (Line line : lines) {
            String label = line.label();
            boolean speakerLabel = label != null && (GENERIC.matcher(label).matches()
                    || resolve(label, documentSpeakers) != null || labelCounts.getOrDefault(label, 0) >= 2);
            if (label != null && !speakerLabel) {
                accepted.add(new Line(null, line.seconds(), line.seconds() != null, line.text().isEmpty() ? label + ":" : label + ": " + line.text()));
            } else {
                accepted.add(line);
            }
            anyTurn |= accepted.get(accepted.size() - 1).opensTurn();
        }
        return anyTurn ? turns(accepted, documentSpeakers) : paragraphs(body);
    }

    /**
     * Whether {@link #split} would find a line that opens a turn, in a text whose only breaks are
     * '\n': only lines holding a colon can (see read), so only they are read, each found from
     * its colon rather than by cutting the whole text into lines.
     */
    private static boolean anyTurnInColonLines(String body, List<String> documentSpeakers) {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> labelCounts = new HashMap<>();
        int n = body.length();
        for (int colon = body.indexOf(':'); colon >= 0; ) {
            int start = body.lastIndexOf('\n', colon - 1) + 1;
            int end = body.indexOf('\n', colon);
            end = end < 0 ? n : end;
            Line line = read(body.substring(start, end));
            lines.add(line);
            if (line.label() != null) {
                labelCounts.merge(line.label(), 1, Integer::sum);
            }
            colon = end < n ? body.indexOf(':', end + 1) : -1;
        }
        for (Line line : lines) {
            String label = line.label();
            boolean speakerLabel = label != null && (GENERIC.matcher(label).matches()
                    || resolve(label, documentSpeakers) != null || labelCounts.getOrDefault(label, 0) >= 2);
            if (label != null && !speakerLabel ? line.seconds() != null : line.opensTurn()) {
                return true;
            }
        }
        return false;
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

    private static List<Passage> turns(List<Line> lines, List<String> documentSpeakers) {
        List<Passage> passages = new ArrayList<>();
        String speaker = null;
        Integer start = null;
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (line.opensTurn()) {
                add(passages, speaker, start, text);
                speaker = line.label() == null ? speaker(null, documentSpeakers)
                        : GENERIC.matcher(line.label()).matches() ? null : speaker(line.label(), documentSpeakers);
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
        // A paragraph of one line, in a text whose only breaks are '\n', has nothing to join: most
        // paragraphs are so, and joinLines would first search each of them for other breaks.
        boolean newlinesOnly = newlinesOnly(body);
        for (String paragraph : LineBreaks.paragraphs(body)) {
            String stripped = paragraph.strip();
            String p = newlinesOnly && stripped.indexOf('\n') < 0 ? stripped : LineBreaks.joinLines(stripped);
            if (p.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && text.length() + p.length() > MAX_CHARS) {
                add(passages, null, null, text);
                text.setLength(0);
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(p);
            if (text.length() >= MIN_PARAGRAPH_CHARS) {
                add(passages, null, null, text);
                text.setLength(0);
            }
        }
        add(passages, null, null, text);
        return passages;
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
    private static String speaker(String label, List<String> documentSpeakers) {
        if (label == null) {
            return null;
        }
        String resolved = resolve(label, documentSpeakers);
        if (resolved != null) {
            return resolved;
        }
        return label.equals(label.toUpperCase(Locale.ROOT)) && label.length() > 1 ? titleCase(label) : label;
    }

    private static String resolve(String label, List<String> documentSpeakers) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        String found = null;
        for (String name : documentSpeakers) {
            String lower = name.toLowerCase(Locale.ROOT);
            String[] parts = lower.split("\\s+");
            boolean matches = lower.equals(wanted) || parts[0].equals(wanted) || parts[parts.length - 1].equals(wanted);
            if (matches) {
                if (found != null && !found.equals(name)) {
                    return null; // ambiguous: two speakers share that name
                }
                found = name;
            }
        }
        return found;
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
