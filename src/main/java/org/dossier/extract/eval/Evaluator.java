package org.dossier.extract.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.dossier.extract.DocumentExtractor;
import org.dossier.model.Document;

/**
 * Runs the extractor over the files a gold file names and compares: micro-averaged P/R/F1 for
 * countries, speakers and topics; accuracy for year, kind and title.
 *
 * <p>Comparison rules: titles after whitespace and quote normalisation (curly = straight); a null
 * gold year is right only when no year is predicted; speaker names ignore case and accents, and a
 * one-word gold name ("Andrew") matches a predicted full name starting with it ("Andrew Kim").
 */
public final class Evaluator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentExtractor extractor;

    public Evaluator(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    /** Reads a gold file; a clear IllegalArgumentException when it is missing or malformed. */
    public static List<GoldDocument> readGold(Path goldFile) {
        if (goldFile == null || !Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException("gold file not found: " + goldFile);
        }
        List<GoldDocument> gold;
        try {
            gold = JSON.readValue(goldFile.toFile(), new TypeReference<List<GoldDocument>>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException("gold file " + goldFile
                    + " is not a JSON array of {file, kind, title, ...} objects: " + e.getMessage(), e);
        }
        if (gold == null) {
            throw new IllegalArgumentException("gold file " + goldFile + " is empty");
        }
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i) == null || gold.get(i).file() == null || gold.get(i).file().isBlank()) {
                throw new IllegalArgumentException("gold file " + goldFile + ": entry " + i + " has no 'file'");
            }
        }
        return gold;
    }

    public EvalReport evaluate(List<GoldDocument> gold, Path docsDir, boolean verbose) {
        if (docsDir == null || !Files.isDirectory(docsDir)) {
            throw new IllegalArgumentException("documents directory not found: " + docsDir);
        }
        int[] countries = new int[3];
        int[] speakers = new int[3];
        int[] topics = new int[3];
        int yearOk = 0;
        int kindOk = 0;
        int titleOk = 0;
        List<String> errors = new ArrayList<>();
        List<EvalReport.DocumentMisses> misses = new ArrayList<>();
        for (GoldDocument g : gold) {
            Path file = docsDir.resolve(g.file());
            Document d;
            try {
                d = extractor.extract(g.file(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                errors.add(g.file() + ": " + e);
                d = Document.builder().build();
            }
            List<List<String>> c = compare(g.countries(), d.countries(), Evaluator::sameLabel, countries);
            List<List<String>> s = compare(g.speakers(), d.speakers(), Evaluator::sameSpeaker, speakers);
            List<List<String>> t = compare(g.topics(), d.topics(), Evaluator::sameLabel, topics);
            boolean y = Objects.equals(g.year(), d.year());
            boolean k = g.kind() == null || g.kind().equalsIgnoreCase(d.kind().id());
            boolean ti = normaliseTitle(g.title()).equals(normaliseTitle(d.title()));
            yearOk += y ? 1 : 0;
            kindOk += k ? 1 : 0;
            titleOk += ti ? 1 : 0;
            boolean any = !y || !k || !ti || c.stream().anyMatch(l -> !l.isEmpty())
                    || s.stream().anyMatch(l -> !l.isEmpty()) || t.stream().anyMatch(l -> !l.isEmpty());
            if (verbose && any) {
                misses.add(new EvalReport.DocumentMisses(g.file(),
                        c.get(0), c.get(1), s.get(0), s.get(1), t.get(0), t.get(1),
                        y ? null : "expected " + g.year() + ", got " + d.year(),
                        k ? null : "expected " + g.kind() + ", got " + d.kind().id(),
                        ti ? null : "expected '" + g.title() + "', got '" + d.title() + "'"));
            }
        }
        int n = gold.size();
        return new EvalReport(n,
                EvalReport.SetScore.of(countries[0], countries[1], countries[2]),
                EvalReport.SetScore.of(speakers[0], speakers[1], speakers[2]),
                EvalReport.SetScore.of(topics[0], topics[1], topics[2]),
                EvalReport.Accuracy.of(yearOk, n),
                EvalReport.Accuracy.of(kindOk, n),
                EvalReport.Accuracy.of(titleOk, n),
                errors.isEmpty() ? null : errors,
                verbose ? misses : null);
    }

    /**
     * Matches gold against predicted values one to one; adds tp/fp/fn into {@code counts} and
     * returns [missing gold values, extra predicted values].
     */
    static List<List<String>> compare(List<String> gold, List<String> predicted,
                                      BiPredicate<String, String> same, int[] counts) {
        List<String> left = new ArrayList<>(predicted);
        List<String> missing = new ArrayList<>();
        for (String g : gold) {
            String hit = null;
            for (String p : left) {
                if (same.test(g, p)) {
                    hit = p;
                    break;
                }
            }
            if (hit != null) {
                left.remove(hit);
                counts[0]++;
            } else {
                missing.add(g);
                counts[2]++;
            }
        }
        counts[1] += left.size();
        return List.of(missing, left);
    }

    static boolean sameLabel(String gold, String predicted) {
        return gold.strip().equalsIgnoreCase(predicted.strip());
    }

    static boolean sameSpeaker(String gold, String predicted) {
        String g = foldName(gold);
        String p = foldName(predicted);
        return g.equals(p) || (!g.contains(" ") && p.startsWith(g + " "));
    }

    static String foldName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String normaliseTitle(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC)
                .replaceAll("[‘’‚‛′`´]", "'")
                .replaceAll("[“”„‟″«»]", "\"");
        return s.replaceAll("\\s+", " ").strip();
    }
}
