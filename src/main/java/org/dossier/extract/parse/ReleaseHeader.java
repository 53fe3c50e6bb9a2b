package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.text.Resources;

/**
 * The header of a government press release: the issuer ("통일부"), a genre label ("보도자료",
 * "Press Statement") and metadata lines ("담당부서 ...") above the real title. None of them is the
 * title. Labels and metadata words are in {@code release-labels.tsv}.
 */
final class ReleaseHeader {
    private static final Set<String> LABELS = new HashSet<>();
    /** Genre words that label a page only as a whole line ("Speech" above the speech's title). */
    private static final Set<String> GENRES = new HashSet<>();
    private static final List<String> META = new ArrayList<>();

    static {
        for (String row : Resources.lines("release-labels.tsv")) {
            String[] c = row.split("\t", 2);
            switch (c[0]) {
                case "label" -> LABELS.add(c[1].strip().toLowerCase(Locale.ROOT));
                case "meta" -> META.add(c[1].strip());
                case "genre" -> GENRES.add(c[1].strip().toLowerCase(Locale.ROOT));
                default -> throw new IllegalStateException("release-labels.tsv: unknown row " + row);
            }
        }
    }

    private ReleaseHeader() {}

    /** A genre label line, or a metadata line ("담당부서 인도협력국"). */
    static boolean isLabelOrMeta(String line) {
        if (line.length() > 40) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (LABELS.contains(lower) || GENRES.contains(lower)) {
            return true;
        }
        // An issuer's name before the label: "Joint Staff Press Release", "Embassy Press Statement".
        int space = lower.indexOf(' ');
        for (int k = space; k > 0 && k < lower.length(); k = lower.indexOf(' ', k + 1)) {
            if (LABELS.contains(lower.substring(k + 1)) && lower.split(" ").length <= 6) {
                return true;
            }
        }
        for (String m : META) {
            if (line.startsWith(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the next non-blank line is a genre label: then this line names the issuer. */
    static boolean labelFollows(PageLines lines, int i) {
        if (lines.rawLength(i) > 60) {
            return false;
        }
        for (int j = i + 1; j < lines.count(); j++) {
            String l = lines.stripped(j);
            if (!l.isEmpty()) {
                return l.length() <= 40 && LABELS.contains(l.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
