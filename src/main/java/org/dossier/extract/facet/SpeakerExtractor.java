package org.dossier.extract.facet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.Resources;

/**
 * Finds the people whose words a document carries: hosts and guests, interviewees, turn-labelled
 * speakers, bylined authors. People who are only talked about ("Putin said...") are not speakers:
 * only the structural cues in {@code speaker-rules.tsv} produce names. Short names ("Andrew",
 * "CHA") are expanded to the full name when the text gives one ("Andrew Kim", "Victor Cha").
 */
public final class SpeakerExtractor {

    private static final Pattern CAP_SEQ = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:[ ](?:\\p{Lu}[\\p{L}'’.-]*))*");
    private static final Pattern GENERIC = Pattern.compile("(?i)^(?:speaker|person|voice|participant|caller|guest|host)\\s*\\d*$|^[A-Z]\\d*$");

    private final List<Pattern> turn = new ArrayList<>();
    private final List<Pattern> intro = new ArrayList<>();
    private final List<Pattern> said = new ArrayList<>();
    private final List<Pattern> vocative = new ArrayList<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final CountryGazetteer gazetteer;

    public SpeakerExtractor(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String row : Resources.lines("speaker-rules.tsv")) {
            String[] c = row.split("\t", 2);
            Pattern p = Pattern.compile(c[1]);
            switch (c[0]) {
                case "turn" -> turn.add(p);
                case "intro" -> intro.add(p);
                case "said" -> said.add(p);
                case "vocative" -> vocative.add(p);
                default -> throw new IllegalStateException("speaker-rules.tsv: unknown row " + row);
            }
        }
        for (String row : Resources.lines("speaker-words.tsv")) {
            String[] c = row.split("\t", 2);
            String w = c[1].strip().toLowerCase(Locale.ROOT);
            switch (c[0]) {
                case "label" -> labels.add(w);
                case "title" -> titles.add(w);
                case "notname" -> notNames.add(w);
                default -> throw new IllegalStateException("speaker-words.tsv: unknown row " + row);
            }
        }
    }

    /**
     * @param listed names the page lists itself (People block, byline, author meta)
     * @param summary a summary that may describe the speakers (may be null)
     * @param body the text
     * @param conversation whether the document is a conversation (podcast, interview, transcript),
     *     where names used to address someone are speakers too
     */
    public List<String> extract(List<String> listed, String summary, String body, boolean conversation) {
        Map<String, String> found = new LinkedHashMap<>(); // key -> display name
        for (String n : listed) {
            addName(found, n);
        }
        String text = body == null ? "" : body;
        // Turn labels: a real speaker takes more than one turn, unless the label is a full name.
        Map<String, Integer> turnCounts = new LinkedHashMap<>();
        for (Pattern p : turn) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group("name").strip();
                if (!labels.contains(name.toLowerCase(Locale.ROOT)) && !GENERIC.matcher(name).matches()) {
                    turnCounts.merge(name, 1, Integer::sum);
                }
            }
        }
        turnCounts.forEach((name, count) -> {
            if (count >= 2 || name.contains(" ")) {
                String full = expand(name, text, found);
                if (isPersonName(full)) {
                    addName(found, full);
                }
            }
        });
        for (Pattern p : intro) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = hasGroup(p, "rest") ? firstPersonName(m.group("rest")) : m.group("name");
                if (name != null && isPersonName(name)) {
                    addName(found, name);
                }
            }
        }
        if (summary != null) {
            for (Pattern p : said) {
                Matcher m = p.matcher(summary);
                while (m.find()) {
                    String name = m.group("name");
                    if (isPersonName(name)) {
                        addName(found, expand(name, text, found));
                    }
                }
            }
        }
        if (conversation) {
            Map<String, Integer> voc = new HashMap<>();
            for (Pattern p : vocative) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    voc.merge(m.group("name"), 1, Integer::sum);
                }
            }
            voc.forEach((name, count) -> {
                if (count >= 2 && isPersonName(name)) {
                    addName(found, expand(name, text, found));
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    private static boolean hasGroup(Pattern p, String group) {
        return p.pattern().contains("(?<" + group + ">");
    }

    /** The first capitalised run in an intro that is a person's name, skipping job titles. */
    private String firstPersonName(String rest) {
        Matcher m = CAP_SEQ.matcher(rest);
        while (m.find()) {
            String seq = m.group();
            String[] words = seq.split(" ");
            // Drop leading titles: "Senior Vice President Victor Cha" -> "Victor Cha".
            int i = 0;
            while (i < words.length && titles.contains(words[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
                i++;
            }
            if (i >= words.length) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (name.split(" ").length >= 2 && isPersonName(name)) {
                return name;
            }
        }
        return null;
    }

    /** Short name to full name: a known speaker starting/ending with it, else "Name Surname" in the text. */
    private String expand(String name, String text, Map<String, String> found) {
        String key = key(name);
        boolean single = !name.contains(" ");
        String shortName = single && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 1
                ? name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) : name;
        if (!single) {
            return name;
        }
        for (String full : found.values()) {
            String[] parts = full.split(" ");
            if (key(parts[0]).equals(key) || key(parts[parts.length - 1]).equals(key)) {
                return full;
            }
        }
        // "Andrew" -> "Andrew Schwartz"; "CHA" -> "Victor Cha" (Korean names put the surname first:
        // "KIM" -> "Kim Min-ji"), taking the most frequent such pair that looks like a name.
        Pattern after = Pattern.compile("\\b" + Pattern.quote(shortName) + " (\\p{Lu}[\\p{Ll}'’]+(?:-[\\p{L}]+)?)\\b");
        Pattern before = Pattern.compile("\\b((?:\\p{Lu}[\\p{Ll}]+ ){0,1}\\p{Lu}[\\p{Ll}]+) " + Pattern.quote(shortName) + "\\b");
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = after.matcher(text);
        while (m.find()) {
            String cand = shortName + " " + m.group(1);
            if (isPersonName(cand)) {
                counts.merge(cand, 1, Integer::sum);
            }
        }
        m = before.matcher(text);
        while (m.find()) {
            String first = m.group(1);
            // "Senior Fellow Terry": drop leading job titles.
            while (first.contains(" ") && titles.contains(first.substring(0, first.indexOf(' ')).toLowerCase(Locale.ROOT))) {
                first = first.substring(first.indexOf(' ') + 1);
            }
            String cand = first + " " + shortName;
            if (!titles.contains(first.toLowerCase(Locale.ROOT)) && isPersonName(cand)) {
                counts.merge(cand, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(shortName);
    }

    boolean isPersonName(String name) {
        if (name == null || name.isBlank() || name.length() > 60) {
            return false;
        }
        if (labels.contains(name.toLowerCase(Locale.ROOT)) || GENERIC.matcher(name).matches()) {
            return false;
        }
        for (String w : name.split("[ ]+")) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            if (notNames.contains(lw)) {
                return false;
            }
        }
        // A country, capital or demonym is not a person ("Russia:", ", Moscow.").
        return gazetteer.count(name).isEmpty();
    }

    private static void addName(Map<String, String> found, String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            return;
        }
        String k = key(n);
        // Keep the longer form when one name is the first or last word of another.
        for (Map.Entry<String, String> e : new ArrayList<>(found.entrySet())) {
            String ek = e.getKey();
            if (ek.equals(k) || ek.startsWith(k + " ") || ek.endsWith(" " + k)) {
                return;
            }
            if (k.startsWith(ek + " ") || k.endsWith(" " + ek)) {
                found.remove(ek);
                found.put(k, n);
                return;
            }
        }
        found.put(k, n);
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
    }
}
