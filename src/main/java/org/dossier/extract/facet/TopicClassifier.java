package org.dossier.extract.facet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.extract.text.PhraseMatcher;
import org.dossier.extract.text.Resources;

/**
 * Assigns topic labels from a taxonomy file (see the bundled {@code topics.json} for the format).
 * Each topic has weighted phrases per language; the score is the weighted hit count, with each
 * phrase's count capped and the total divided by the square root of the text length in units, so
 * a long transcript needs more evidence than a short article and does not collect every topic.
 * Phrases in the title add {@code titleWeight} x their weight once each, and a topic scoring below
 * {@code relativeThreshold} x the document's strongest topic is a passing mention and is dropped.
 */
public final class TopicClassifier {

    private record Weight(int topic, double weight) {}

    /**
     * The weights that phrases share (see the constructor), numbered so that a document's hits
     * are counted in an array by {@code id}.
     */
    private record Weights(int id, List<Weight> weights) {}

    private final List<String> labels = new ArrayList<>();
    private final PhraseMatcher<Weights> matcher = new PhraseMatcher<>();
    private final double threshold;
    private final int minHits;
    private final int maxCountPerPhrase;
    private final double lengthUnit;
    private final double titleWeight;
    private final double relativeThreshold;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TopicClassifier bundled() {
        return parse(Resources.read("topics.json"), "bundled topics.json");
    }

    /** Loads a user taxonomy; a bad file gives an IllegalArgumentException saying what is wrong. */
    public static TopicClassifier fromFile(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("taxonomy file not found: " + file);
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read taxonomy file " + file + ": " + e.getMessage(), e);
        }
    }

    static TopicClassifier parse(String json, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("taxonomy " + name + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("taxonomy " + name + ": expected a JSON object with 'topics'");
        }
        JsonNode topics = root.get("topics");
        if (topics == null || !topics.isArray() || topics.isEmpty()) {
            throw new IllegalArgumentException("taxonomy " + name + ": 'topics' must be a non-empty array");
        }
        return new TopicClassifier(root, topics, name);
    }

    private TopicClassifier(JsonNode root, JsonNode topics, String name) {
        threshold = number(root, "threshold", 3.0, name);
        minHits = (int) number(root, "minHits", 2, name);
        maxCountPerPhrase = (int) number(root, "maxCountPerPhrase", 3, name);
        lengthUnit = number(root, "lengthUnit", 3000, name);
        titleWeight = number(root, "titleWeight", 1.0, name);
        relativeThreshold = number(root, "relativeThreshold", 0.3, name);
        Map<String, List<Weight>> phraseWeights = new LinkedHashMap<>();
        for (JsonNode t : topics) {
            JsonNode label = t.get("label");
            if (label == null || !label.isTextual() || label.asText().isBlank()) {
                throw new IllegalArgumentException("taxonomy " + name + ": every topic needs a 'label' string");
            }
            if (labels.contains(label.asText())) {
                throw new IllegalArgumentException("taxonomy " + name + ": duplicate label '" + label.asText() + "'");
            }
            int index = labels.size();
            labels.add(label.asText());
            JsonNode phrases = t.get("phrases");
            if (phrases == null || !phrases.isObject() || phrases.isEmpty()) {
                throw new IllegalArgumentException("taxonomy " + name + ": topic '" + label.asText()
                        + "' needs 'phrases': {language: {phrase: weight}}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> langs = phrases.fields(); langs.hasNext(); ) {
                Map.Entry<String, JsonNode> lang = langs.next();
                if (!lang.getValue().isObject()) {
                    throw new IllegalArgumentException("taxonomy " + name + ": phrases for '" + lang.getKey()
                            + "' in topic '" + label.asText() + "' must be an object of phrase: weight");
                }
                for (Iterator<Map.Entry<String, JsonNode>> ps = lang.getValue().fields(); ps.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = ps.next();
                    if (!p.getValue().isNumber()) {
                        throw new IllegalArgumentException("taxonomy " + name + ": weight of '" + p.getKey()
                                + "' in topic '" + label.asText() + "' must be a number");
                    }
                    addWeight(phraseWeights.computeIfAbsent(p.getKey(), k -> new ArrayList<>()),
                            new Weight(index, p.getValue().asDouble()));
                }
            }
        }
        // Acronyms in capitals ("NPT", "ICBM*") match case-sensitively so "Quad" is not "quad".
        // Phrases with equal weight lists share one Weights: their hits are counted (and capped)
        // together, in an array by its id.
        Map<List<Weight>, Weights> canonical = new HashMap<>();
        phraseWeights.forEach((phrase, weights) -> {
            Weights shared = canonical.computeIfAbsent(weights, w -> new Weights(canonical.size(), w));
            byPhrase.put(phrase, shared);
            matcher.add(phrase, isAcronym(phrase), shared);
        });
        weightsCount = canonical.size();
    }

    private final Map<String, Weights> byPhrase = new LinkedHashMap<>();
    private final int weightsCount;

    /** A phrase listed for one topic under two languages (外交 in zh and ja) counts once, at its highest weight. */
    private static void addWeight(List<Weight> weights, Weight w) {
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).topic() == w.topic()) {
                weights.set(i, new Weight(w.topic(), Math.max(w.weight(), weights.get(i).weight())));
                return;
            }
        }
        weights.add(w);
    }

    /**
     * Adds every phrase to a shared matcher in {@code layer}, so one pass over a text serves the
     * taxonomy and other dictionaries; feed that layer's hits to a {@link Tally}.
     */
    public void contribute(PhraseMatcher<Object> shared, int layer) {
        byPhrase.forEach((phrase, weights) -> shared.add(layer, phrase, isAcronym(phrase), weights));
    }

    /** Phrase hit counts of one document, fed from a shared scan. */
    public final class Tally {
        private final Counts counts = new Counts(weightsCount);
        private final Counts titleCounts = new Counts(weightsCount);
        private boolean inTitle;
        private int length;

        public void hit(Object value) {
            counts.add((Weights) value);
            if (inTitle) {
                titleCounts.add((Weights) value);
            }
        }

        /** Hits while this is on are in the title, whose phrases weigh more ({@code titleWeight}). */
        public void title(boolean on) {
            inTitle = on;
        }

        /** Adds to the text length the score is normalised by. */
        public void addLength(int chars) {
            length += chars;
        }

        public List<String> classify() {
            return TopicClassifier.this.classify(scores(counts, titleCounts, length));
        }
    }

    public Tally tally() {
        return new Tally();
    }

    private static boolean isAcronym(String phrase) {
        String p = phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1) : phrase;
        return p.length() >= 2 && p.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static double number(JsonNode root, String field, double fallback, String name) {
        JsonNode n = root.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("taxonomy " + name + ": '" + field + "' must be a number");
        }
        return n.asDouble();
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    /**
     * Hit counts by {@link Weights}, in arrays rather than a map: a document has dozens of hits,
     * and counting them in an IdentityHashMap was a tenth of all extraction time.
     */
    private static final class Counts {
        private final int[] count;
        private final Weights[] seen; // in order of first hit
        private int seenCount;

        Counts(int weightsCount) {
            count = new int[weightsCount];
            seen = new Weights[weightsCount];
        }

        void add(Weights weights) {
            if (count[weights.id()]++ == 0) {
                seen[seenCount++] = weights;
            }
        }
    }

    /** Scores per label (only labels with at least one hit), for diagnostics and tuning. */
    public Map<String, Double> scores(CharSequence text) {
        Counts counts = new Counts(weightsCount);
        matcher.scan(text, hit -> counts.add(hit.value()));
        return scores(counts, new Counts(0), text.length());
    }

    private Map<String, Double> scores(Counts counts, Counts titleCounts, int textLength) {
        double[] score = new double[labels.size()];
        int[] hits = new int[labels.size()];
        for (int i = 0; i < counts.seenCount; i++) {
            Weights weights = counts.seen[i];
            int count = counts.count[weights.id()];
            int capped = Math.min(count, maxCountPerPhrase);
            for (Weight w : weights.weights()) {
                score[w.topic()] += w.weight() * capped;
                if (w.weight() > 0) { // a phrase of weight 0 only hides the words inside it
                    hits[w.topic()] += count;
                }
            }
        }
        double norm = Math.sqrt(Math.max(1.0, textLength / lengthUnit));
        // A phrase in the title says what the document is about, whatever its length.
        double[] title = new double[labels.size()];
        for (int i = 0; i < titleCounts.seenCount; i++) {
            for (Weight w : titleCounts.seen[i].weights()) {
                title[w.topic()] += titleWeight * w.weight();
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < score.length; i++) {
            if (hits[i] > 0) {
                out.put(labels.get(i), hits[i] >= minHits ? score[i] / norm + title[i] : 0.0);
            }
        }
        return out;
    }

    /** Labels whose score reaches the threshold, best first. */
    public List<String> classify(CharSequence text) {
        return classify(scores(text));
    }

    private List<String> classify(Map<String, Double> s) {
        List<String> out = new ArrayList<>();
        // A topic far weaker than the document's main one is a passing mention.
        double floor = Math.max(threshold, relativeThreshold * s.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        s.entrySet().stream()
                .filter(e -> e.getValue() >= floor)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.add(e.getKey()));
        return out;
    }
}
