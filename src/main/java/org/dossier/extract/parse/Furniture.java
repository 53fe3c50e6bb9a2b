package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.text.Resources;

/**
 * Recognises page furniture (navigation, share buttons, image names, sign-offs) from
 * {@code furniture.tsv} and site section names from {@code sections.txt}. All line patterns are
 * joined into one regex so each line costs one match, not one per pattern.
 */
public final class Furniture {
    private static final int TAIL_PARAGRAPHS = 3;
    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?。！？])\\s+");

    private final Pattern line;
    private final Pattern sentence;
    private final Set<String> sections = new HashSet<>();
    private final List<String> prefilter = new ArrayList<>();

    private static final Furniture BUNDLED = new Furniture();

    public static Furniture bundled() {
        return BUNDLED;
    }

    private Furniture() {
        List<String> lines = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String row : Resources.lines("furniture.tsv")) {
            String[] c = row.split("\t", 2);
            switch (c[0]) {
                case "line" -> lines.add("(?:" + c[1] + ")");
                case "sentence" -> sentences.add("(?:" + c[1] + ")");
                case "prefilter" -> prefilter.add(c[1].strip().toLowerCase(Locale.ROOT));
                default -> throw new IllegalStateException("furniture.tsv: unknown row " + row);
            }
        }
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        line = Pattern.compile(String.join("|", lines), flags);
        sentence = Pattern.compile(String.join("|", sentences), flags);
        for (String s : Resources.lines("sections.txt")) {
            sections.add(s.toLowerCase(Locale.ROOT));
        }
    }

    public boolean isFurnitureLine(String l) {
        String t = l.strip();
        return !t.isEmpty() && t.length() < 200 && line.matcher(t).matches();
    }

    public boolean isSection(String l) {
        return sections.contains(l.strip().toLowerCase(Locale.ROOT));
    }

    /** Cheap literal pre-check ('prefilter' rows) before the sentence regexes run. */
    private boolean mayHaveBoilerplate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String k : prefilter) {
            if (lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasBoilerplate(String text) {
        return sentence.matcher(text).find();
    }

    /**
     * Removes boilerplate sentences from body paragraphs (blank-line separated); a paragraph near
     * the end that contains one is a promotion or sign-off and is dropped whole.
     */
    public String cleanBody(String body) {
        if (!mayHaveBoilerplate(body)) {
            return body.strip();
        }
        String[] paras = body.split("\\n\\s*\\n");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paras.length; i++) {
            String p = paras[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!sentence.matcher(p).find()) {
                kept.add(p);
                continue;
            }
            if (i >= paras.length - TAIL_PARAGRAPHS) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (String s : SENTENCE_SPLIT.split(p)) {
                if (!sentence.matcher(s).find()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(s);
                }
            }
            if (sb.length() > 0) {
                kept.add(sb.toString());
            }
        }
        return String.join("\n\n", kept);
    }
}
