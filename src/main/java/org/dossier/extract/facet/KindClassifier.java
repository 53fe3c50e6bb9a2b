package org.dossier.extract.facet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.dossier.extract.text.Literal;
import org.dossier.extract.text.PhraseMatcher;
import org.dossier.extract.text.Resources;
import org.dossier.model.Kind;

/**
 * Decides podcast / article / other from the parsers' structural signs and the cues in
 * {@code kind-cues.tsv}. Literal cues and the triggers of 'at' cues are phrases found in one pass
 * (shared with the gazetteer and the taxonomy through {@link #contribute}); 'line' cues are tried
 * only at line starts and 'at' cues only where their trigger was found, because regexes tried at
 * every position were the slowest step of extraction.
 */
public final class KindClassifier {
    private enum Type { PHRASES, HEAD, LINE, AT }

    private record Cue(Kind kind, int weight, Type type, Pattern pattern, Literal needs) {}

    /** The part of a long body searched at each end: cues sit in openings and sign-offs. */
    public static final int WINDOW = 3000;
    /** A scraped page's layout (cover/logo lines, People block) outweighs any word cue. */
    private static final int STRUCTURAL = 5;
    /** Links to listening platforms: a podcast page's sign, but articles may link a podcast too. */
    private static final int PLATFORM_LINKS = 3;
    private static final int MIN_SCORE = 2;

    private final List<Cue> cues = new ArrayList<>();
    private final List<String[]> phrases = new ArrayList<>(); // {phrase, cue index}
    private final List<String[]> triggers = new ArrayList<>(); // {phrase, cue index}
    private final PhraseMatcher<Object> own = new PhraseMatcher<>();
    /** The indexes in {@link #cues} of the 'line' cues. */
    private final int[] lineCues;
    /**
     * Per line cue, the number of its literal among the distinct ones ({@code -1}: none): cues
     * that share a literal (":" is common) share the search for it.
     */
    private final int[] lineLiteral;
    private final Literal[] literals;
    /** The length of the longest of {@link #literals}. */
    private final int longestLiteral;
    /**
     * Per line cue, whether every match of its regex holds a clock time ({@code \d{1,2}:\d{2}},
     * see {@link ClockTimes}): the timestamp cues' literal is ":", which most titles and headers
     * hold ("Sanctions: a primer"), and trying their regexes on such a line cost about a
     * microsecond each, where looking for a digit on each side of the colon costs nanoseconds.
     */
    private final boolean[] needsClockTime;
    /** Longs per character in {@link #lineStarts}: 63 line cues to a long. */
    private final int startWords;
    /**
     * Per character c, {@link #startWords} longs: bit k of word w is set when line cue
     * {@code lineCues[63 * w + k]} can match a line starting with c; bit 63 marks a word that is
     * worked out (see {@link #lineStarts}). Opaque accesses, so that a long is never seen half written.
     */
    private final AtomicLongArray lineStarts;
    /**
     * The same for lines whose first two characters are ASCII ({@code 128 * first + second}):
     * most lines open with a capital, which a dozen cues admit ({@code \p{Lu}}, "Chair", "Press"),
     * and the second character rules out most of them ("Th" is no "THE CHAIR", no "Q12").
     */
    private final AtomicLongArray pairStarts;
    private static final long KNOWN = 1L << 63;

    public KindClassifier() {
        for (String row : Resources.lines("kind-cues.tsv")) {
            String[] c = row.split("\t", 5);
            if (c.length < 4) {
                throw new IllegalStateException("kind-cues.tsv: expected 4 columns in: " + row);
            }
            Kind kind = Kind.fromId(c[0]).orElseThrow(() -> new IllegalStateException("kind-cues.tsv: bad kind " + row));
            int weight = Integer.parseInt(c[1].strip());
            int index = cues.size();
            switch (c[2]) {
                case "phrases", "head" -> {
                    cues.add(new Cue(kind, weight, c[2].equals("head") ? Type.HEAD : Type.PHRASES, null, null));
                    for (String p : c[3].split("\\|")) {
                        phrases.add(new String[] {p.strip(), Integer.toString(index)});
                    }
                }
                case "line" -> cues.add(new Cue(kind, weight, Type.LINE, Pattern.compile(c[3]),
                        c.length > 4 && !c[4].isEmpty() ? new Literal(c[4]) : null));
                case "at" -> {
                    if (c.length < 5) {
                        throw new IllegalStateException("kind-cues.tsv: 'at' needs TRIGGERS<TAB>REGEX in: " + row);
                    }
                    cues.add(new Cue(kind, weight, Type.AT, Pattern.compile(c[4]), null));
                    for (String p : c[3].split("\\|")) {
                        triggers.add(new String[] {p.strip(), Integer.toString(index)});
                    }
                }
                default -> throw new IllegalStateException("kind-cues.tsv: bad type in: " + row);
            }
        }
        contribute(own, 0);
        lineCues = IntStream.range(0, cues.size()).filter(i -> cues.get(i).type == Type.LINE).toArray();
        lineLiteral = new int[lineCues.length];
        Map<String, Integer> literalNumbers = new LinkedHashMap<>();
        List<Literal> distinct = new ArrayList<>();
        for (int k = 0; k < lineCues.length; k++) {
            Literal needs = cues.get(lineCues[k]).needs;
            lineLiteral[k] = needs == null ? -1 : literalNumbers.computeIfAbsent(needs.toString(), l -> {
                distinct.add(needs);
                return distinct.size() - 1;
            });
        }
        literals = distinct.toArray(new Literal[0]);
        longestLiteral = distinct.stream().mapToInt(l -> l.toString().length()).max().orElse(1);
        needsClockTime = new boolean[lineCues.length];
        for (int k = 0; k < lineCues.length; k++) {
            needsClockTime[k] = ClockTimes.everyMatchHolds(cues.get(lineCues[k]).pattern.pattern());
        }
        startWords = Math.max(1, (lineCues.length + 62) / 63);
        lineStarts = new AtomicLongArray(65536 * startWords);
        pairStarts = new AtomicLongArray(128 * 128 * startWords);
    }

    /**
     * Adds the literal cues to a shared matcher in {@code layer} and the triggers of 'at' cues in
     * {@code layer + 1} (their own layer, so a phrase hit never hides a trigger inside it).
     */
    public void contribute(PhraseMatcher<Object> shared, int layer) {
        for (String[] p : phrases) {
            shared.add(layer, p[0], false, Integer.valueOf(p[1]));
        }
        for (String[] p : triggers) {
            shared.add(layer + 1, p[0], false, Integer.valueOf(p[1]));
        }
    }

    /** The cues found in one document, fed from a shared scan ({@link #hit}) and {@link #lines}. */
    public final class Evidence {
        private final boolean[] found = new boolean[cues.size()];
        /**
         * Whether hits now come from the title or the header: 'head' cues count only there (a
         * backgrounder that mentions "the Joint Statement of 2005" is not a joint statement).
         */
        public boolean inHead;

        /** A phrase hit of this classifier's layer in {@code text} at {@code start}. */
        public void hit(CharSequence text, int start, Object value) {
            int i = (Integer) value;
            if (found[i]) {
                return;
            }
            Cue cue = cues.get(i);
            if (cue.type == Type.HEAD && !inHead) {
                return;
            }
            if (cue.type != Type.AT && NavigationLines.isMenuItem(text, start, phraseLength(text, start))) {
                return; // "Commentary  Podcasts  Members  Events": a site's menu, not this page's genre
            }
            if (cue.type == Type.AT) {
                Matcher m = cue.pattern.matcher(text);
                m.region(start, text.length());
                found[i] = m.lookingAt();
            } else {
                found[i] = true;
            }
        }

        /** The length of the word run at {@code start} up to the next menu separator or line end. */
        private static int phraseLength(CharSequence text, int start) {
            return NavigationLines.itemEnd(text, start) - start;
        }

        /**
         * Tries the 'line' cues at each line start of {@code text[from, to)}. One pass over the
         * lines: at each line only the cues that can match a line starting with its first
         * character are tried, and a cue with a literal only on a line that holds it. Looping over
         * the cues, each searching the text for its literal, cost a search of the text per cue.
         */
        public void lines(String text, int from, int to) {
            int[] literalAt = null; // per literal: where it next occurs, NOT_SEARCHED or NONE
            String searched = null; // the text searched for literals, see literalsSearchedIn
            int clockAt = NOT_SEARCHED; // the colon of the next clock time, NOT_SEARCHED or NONE
            Matcher[] matchers = null;
            int pos = from;
            while (pos < to) {
                int eol = text.indexOf('\n', pos);
                if (eol < 0 || eol > to) {
                    eol = to;
                }
                if (eol > pos) {
                    char first = text.charAt(pos);
                    char second = eol - pos >= 2 ? text.charAt(pos + 1) : 0xFFFF;
                    for (int w = 0; w < startWords; w++) {
                        long starts = lineStarts(first, w);
                        if (first < 128 && second < 128 && starts != KNOWN) {
                            starts &= pairStarts(first, second, w);
                        }
                        for (long bits = starts & ~KNOWN; bits != 0; bits &= bits - 1) {
                            int k = 63 * w + Long.numberOfTrailingZeros(bits);
                            int i = lineCues[k];
                            if (found[i]) {
                                continue;
                            }
                            Cue cue = cues.get(i);
                            int literal = lineLiteral[k];
                            if (literal >= 0) {
                                if (literalAt == null) {
                                    literalAt = new int[literals.length];
                                    Arrays.fill(literalAt, NOT_SEARCHED);
                                }
                                int at = literalAt[literal];
                                if (at == NOT_SEARCHED || at >= 0 && at < pos) {
                                    if (searched == null) {
                                        searched = literalsSearchedIn(text, to);
                                    }
                                    at = literals[literal].indexIn(searched, pos);
                                    literalAt[literal] = at = at < 0 || at >= to ? NONE : at;
                                }
                                if (at == NONE || at >= eol) {
                                    continue; // the line does not hold the literal
                                }
                            }
                            if (needsClockTime[k]) {
                                if (clockAt == NOT_SEARCHED || clockAt >= 0 && clockAt <= pos) {
                                    clockAt = ClockTimes.colonIn(text, pos, to);
                                }
                                if (clockAt == NONE || clockAt + 1 >= eol) {
                                    continue; // the line holds no clock time
                                }
                            }
                            if (matchers == null) {
                                matchers = new Matcher[lineCues.length];
                            }
                            Matcher m = matchers[k] == null ? matchers[k] = cue.pattern.matcher(text) : matchers[k];
                            m.region(pos, eol);
                            if (m.lookingAt()) {
                                found[i] = true;
                            }
                        }
                    }
                }
                pos = eol + 1;
            }
        }
    }

    private static final int NOT_SEARCHED = -2;
    private static final int NONE = -1;

    /**
     * The text that {@link Evidence#lines} searches for literals when it reads {@code text[.., to)}:
     * a literal that does not occur in the lines was searched for up to the end of the text, and
     * for the opening window of a long body (see {@link #WINDOW}) that was the whole rest of the
     * body once per such literal (a third of all the characters searched). The text is cut just
     * past the last place where a literal starting before {@code to} can end, so every occurrence
     * that counts is found at the same index; copying it costs less than one literal's search.
     */
    private String literalsSearchedIn(String text, int to) {
        int end = to + longestLiteral - 1;
        return end >= text.length() ? text : text.substring(0, end);
    }

    /**
     * Word {@code w} of the line cues that can match a line starting with c, worked out on first
     * sight of c (a regex that cannot match anything starting with c fails on "c" without
     * reaching its end).
     */
    private long lineStarts(char c, int w) {
        int slot = c * startWords + w;
        long bits = lineStarts.getOpaque(slot);
        return bits != 0 ? bits : workOut(lineStarts, slot, String.valueOf(c), w);
    }

    /** As {@link #lineStarts} for the first two characters of a line, both ASCII. */
    private long pairStarts(char first, char second, int w) {
        int slot = (128 * first + second) * startWords + w;
        long bits = pairStarts.getOpaque(slot);
        return bits != 0 ? bits : workOut(pairStarts, slot, new String(new char[] {first, second}), w);
    }

    /** Works out a word of {@link #lineStarts} or {@link #pairStarts} for a line starting with {@code prefix}. */
    private long workOut(AtomicLongArray table, int slot, String prefix, int w) {
        long bits = KNOWN;
        for (int k = 63 * w; k < Math.min(lineCues.length, 63 * w + 63); k++) {
            Matcher m = cues.get(lineCues[k]).pattern.matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                bits |= 1L << (k - 63 * w);
            }
        }
        table.setOpaque(slot, bits); // a benign race: every thread computes the same value
        return bits;
    }

    public Evidence evidence() {
        return new Evidence();
    }

    /** Classifies one text on its own (title, header and the ends of the body). */
    public Kind classify(String title, String header, String body, boolean podcastPage, boolean articlePage) {
        String b = body == null ? "" : body;
        String window = b.length() <= 2 * WINDOW ? b : b.substring(0, WINDOW) + "\n" + b.substring(b.length() - WINDOW);
        String text = (title == null ? "" : title) + "\n" + (header == null ? "" : header) + "\n" + window;
        Evidence ev = new Evidence();
        int headEnd = (title == null ? 0 : title.length()) + 1 + (header == null ? 0 : header.length());
        own.scan(text, 0, text.length(), 3, (layer, s, e, v) -> {
            ev.inHead = s < headEnd;
            ev.hit(text, s, v);
        });
        ev.lines(text, 0, text.length());
        return classify(ev, title, b.length(), podcastPage, articlePage, false);
    }

    public Kind classify(Evidence ev, String title, int bodyLength, boolean podcastPage, boolean articlePage) {
        return classify(ev, title, bodyLength, podcastPage, articlePage, false);
    }

    public Kind classify(Evidence ev, String title, int bodyLength, boolean podcastPage, boolean articlePage,
            boolean podcastLinks) {
        int[] score = new int[Kind.values().length];
        if (podcastLinks) {
            score[Kind.PODCAST.ordinal()] += PLATFORM_LINKS;
        }
        if (podcastPage) {
            score[Kind.PODCAST.ordinal()] += STRUCTURAL;
        }
        if (articlePage) {
            score[Kind.ARTICLE.ordinal()] += STRUCTURAL;
        }
        for (int i = 0; i < cues.size(); i++) {
            if (ev.found[i]) {
                score[cues.get(i).kind.ordinal()] += cues.get(i).weight;
            }
        }
        Kind best = null;
        int bestScore = MIN_SCORE - 1;
        for (Kind k : Kind.values()) {
            if (score[k.ordinal()] > bestScore) {
                best = k;
                bestScore = score[k.ordinal()];
            }
        }
        if (best != null) {
            return best;
        }
        return title != null && bodyLength > 150 ? Kind.ARTICLE : Kind.OTHER;
    }
}
