package org.dossier.extract.facet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.extract.text.PhraseMatcher;
import org.dossier.extract.text.Resources;
import org.dossier.model.Kind;

/**
 * Decides podcast / article / other from the parsers' structural signs and the cues in
 * {@code kind-cues.tsv}. Literal cues share one phrase matcher (one pass over the text); only the
 * few structural cues (byline, dateline, timestamps) are regexes, since case-insensitive
 * alternations tried at every position were the slowest step of extraction.
 */
public final class KindClassifier {
    private record Cue(Kind kind, int weight, Pattern pattern) {}

    private static final int WINDOW = 3000;
    /** A scraped page's layout (cover/logo lines, People block) outweighs any word cue. */
    private static final int STRUCTURAL = 5;
    private static final int MIN_SCORE = 2;

    private final List<Cue> cues = new ArrayList<>();
    private final PhraseMatcher<Integer> phrases = new PhraseMatcher<>();

    public KindClassifier() {
        for (String row : Resources.lines("kind-cues.tsv")) {
            String[] c = row.split("\t", 4);
            if (c.length < 4) {
                throw new IllegalStateException("kind-cues.tsv: expected 4 columns in: " + row);
            }
            Kind kind = Kind.fromId(c[0]).orElseThrow(() -> new IllegalStateException("kind-cues.tsv: bad kind " + row));
            int weight = Integer.parseInt(c[1].strip());
            int index = cues.size();
            switch (c[2]) {
                case "phrases" -> {
                    cues.add(new Cue(kind, weight, null));
                    for (String p : c[3].split("\\|")) {
                        phrases.add(p.strip(), false, index);
                    }
                }
                case "regex" -> cues.add(new Cue(kind, weight, Pattern.compile(c[3])));
                default -> throw new IllegalStateException("kind-cues.tsv: bad type in: " + row);
            }
        }
    }

    public Kind classify(String title, String header, String body, boolean podcastPage, boolean articlePage) {
        String b = body == null ? "" : body;
        // Cues sit in the opening (introductions, bylines) and the closing (sign-offs).
        String window = b.length() <= 2 * WINDOW ? b : b.substring(0, WINDOW) + "\n" + b.substring(b.length() - WINDOW);
        String text = (title == null ? "" : title) + "\n" + (header == null ? "" : header) + "\n" + window;
        int[] score = new int[Kind.values().length];
        if (podcastPage) {
            score[Kind.PODCAST.ordinal()] += STRUCTURAL;
        }
        if (articlePage) {
            score[Kind.ARTICLE.ordinal()] += STRUCTURAL;
        }
        boolean[] found = new boolean[cues.size()];
        phrases.scan(text, hit -> found[hit.value()] = true);
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (found[i] || cue.pattern != null && cue.pattern.matcher(text).find()) {
                score[cue.kind.ordinal()] += cue.weight;
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
        return title != null && b.length() > 150 ? Kind.ARTICLE : Kind.OTHER;
    }
}
