package org.dossier.extract.facet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.extract.text.PhraseMatcher;
import org.dossier.extract.text.Resources;

/**
 * Recognises countries by name, demonym, acronym, capital (standing for the government) and their
 * Chinese, Korean, Russian and Japanese names, all from {@code countries.tsv}. Phrases in
 * {@code country-blockers.txt} ("Korean Peninsula", "South China Sea", "朝鲜半岛") are matched too
 * and count for nothing, so the country name inside them is not counted.
 *
 * <p>A country becomes a facet value only when the text mentions it at least {@code minMentions}
 * times across all forms and languages: a single passing mention is usually not what the
 * document is about.
 */
public final class CountryGazetteer {

    /**
     * An alias of {@code country} ({@code null} marks a blocker); a pair word (中俄) also names the
     * countries in {@code more}; a Korean Hanja abbreviation (北, 美) counts only in Korean text.
     */
    private record Alias(String country, boolean nameLike, List<String> more, boolean hanja, boolean capital,
            boolean conditional, boolean context) {
        Alias(String country, boolean nameLike, List<String> more, boolean hanja) {
            this(country, nameLike, more, hanja, false, false, false);
        }

        Alias(String country, boolean nameLike) {
            this(country, nameLike, List.of(), false);
        }

        /** Whether this hit at {@code [start, end)} does not name the country. */
        boolean refused(CharSequence text, int start, int end) {
            return nameLike && (nextToCapitalisedWord(text, start, end) || addressedOrWho(text, start, end))
                    || hanja && !inKorean(text, start, end)
                    || capital && placeAfterIn(text, start, end);
        }
    }

    private static final Alias BLOCKER = new Alias(null, false);

    private record Phrase(String phrase, boolean caseSensitive, Alias alias) {}

    private final PhraseMatcher<Alias> matcher = new PhraseMatcher<>();
    private final List<Phrase> aliases = new ArrayList<>();
    private final Set<String> countries = new TreeSet<>();
    private final int minMentions;

    private CountryGazetteer(int minMentions) {
        this.minMentions = minMentions;
    }

    public static CountryGazetteer bundled() {
        CountryGazetteer g = new CountryGazetteer(2);
        List<String> rows = Resources.rawLines("countries.tsv");
        for (String row : rows.subList(1, rows.size())) { // first row is the column header
            String[] cols = row.split("\t", -1);
            if (cols.length < 7) {
                throw new IllegalStateException("countries.tsv: expected 7 columns in: " + row);
            }
            String name = cols[0].strip();
            g.countries.add(name);
            g.addAll(name, cols[1], true);  // English names and demonyms: proper nouns, case matters
            g.addAll(name, cols[2], true);  // acronyms: 'US' not 'us'
            g.addAll(name, cols[3], true, true);  // capitals
            g.addAll(name, cols[4], false); // Chinese
            g.addAll(name, cols[5], false); // Korean
            g.addAll(name, cols[6], false); // Russian, Japanese
            g.addPlaces(name, cols[3], cols[1]);
        }
        for (String row : Resources.lines("country-pairs.tsv")) {
            String[] c = row.split("\t");
            if (c.length < 3) {
                throw new IllegalStateException("country-pairs.tsv: expected a word and two countries in: " + row);
            }
            List<String> named = new ArrayList<>();
            for (int i = 1; i < c.length; i++) {
                if (!g.countries.contains(c[i].strip())) {
                    throw new IllegalStateException("country-pairs.tsv: unknown country " + c[i] + " in: " + row);
                }
                named.add(c[i].strip());
            }
            g.add(c[0].strip(), false, new Alias(named.get(0), false, List.copyOf(named.subList(1, named.size())), false));
        }
        for (String row : Resources.lines("korean-hanja-countries.tsv")) {
            String[] c = row.split("\t");
            if (c.length != 2 || !g.countries.contains(c[1].strip())) {
                throw new IllegalStateException("korean-hanja-countries.tsv: expected a character and a country in: " + row);
            }
            g.add(c[0].strip(), false, new Alias(c[1].strip(), false, List.of(), true));
        }
        for (String row : Resources.lines("country-contexts.tsv")) {
            String[] c = row.split("\t");
            if (c.length != 2 || !g.countries.contains(c[1].strip())) {
                throw new IllegalStateException("country-contexts.tsv: expected a phrase and a country in: " + row);
            }
            g.add(c[0].strip(), true, new Alias(c[1].strip(), false, List.of(), false, false, false, true));
        }
        for (String phrase : Resources.lines("country-blockers.txt")) {
            g.add(phrase, false, BLOCKER);
        }
        return g;
    }

    private void addAll(String country, String cell, boolean caseSensitive) {
        addAll(country, cell, caseSensitive, false);
    }

    /**
     * Adds a cell's aliases. '~' marks a name that is also a given name ("~Jordan"); '?' one that
     * also names something else ("?Georgia", the US state) and counts only when the same page also
     * names the country by an unambiguous alias (Tbilisi, 格鲁吉亚) or a context phrase of
     * {@code country-contexts.tsv} ("Georgian Dream", "South Ossetia").
     */
    private void addAll(String country, String cell, boolean caseSensitive, boolean capital) {
        String c = cell.strip();
        if (c.isEmpty() || c.equals("-")) {
            return;
        }
        for (String alias : c.split("\\|")) {
            String a = alias.strip();
            boolean nameLike = a.startsWith("~");
            if (nameLike) {
                a = a.substring(1);
            }
            boolean conditional = a.startsWith("?");
            if (conditional) {
                a = a.substring(1);
            }
            // Russian inflects names (России, Россию, Пхеньяне): a Cyrillic alias of four letters
            // or more also matches its inflected forms.
            if (a.length() >= 4 && Character.UnicodeScript.of(a.charAt(0)) == Character.UnicodeScript.CYRILLIC
                    && !a.contains(" ") && !a.endsWith("*")) {
                a = a + "*";
            }
            if (!a.isEmpty()) {
                add(a, caseSensitive, new Alias(country, nameLike, List.of(), false, capital, conditional, false));
            }
        }
    }

    /**
     * "Lima, Peru" names a place (a venue), not the government: the capital followed by the
     * country's name is one mention of the country, not two.
     */
    private void addPlaces(String country, String capitals, String names) {
        if (capitals.isBlank() || capitals.strip().equals("-")) {
            return;
        }
        for (String capital : capitals.strip().split("\\|")) {
            for (String n : names.strip().split("\\|")) {
                String c = capital.strip().replace("~", "").replace("?", "");
                String a = n.strip().replace("~", "").replace("?", "");
                if (!c.isEmpty() && !a.isEmpty() && !a.equals("-")) {
                    add(c + ", " + a, true, new Alias(country, false));
                }
            }
        }
    }

    private void add(String phrase, boolean caseSensitive, Alias alias) {
        matcher.add(phrase, caseSensitive, alias);
        aliases.add(new Phrase(phrase, caseSensitive, alias));
    }

    /** All canonical names, for validation and tests. */
    public Set<String> countries() {
        return countries;
    }

    public int aliasCount() {
        return matcher.size();
    }

    /**
     * Adds every alias and blocker to a shared matcher in {@code layer}, so one pass over a text can
     * serve the gazetteer and other dictionaries; feed that layer's hits to a {@link Tally}.
     */
    public void contribute(PhraseMatcher<Object> shared, int layer) {
        aliases.forEach(a -> shared.add(layer, a.phrase(), a.caseSensitive(), a.alias()));
    }

    /** Counts mentions from hits of this gazetteer's phrases (see {@link #contribute}). */
    public final class Tally {
        /**
         * Mentions per country, in order of first mention: a page names a few countries, so a
         * short list searched in order costs less per hit than a map's hashing and boxing.
         */
        private String[] named = new String[8];
        private int[] mentions = new int[8];
        private int size;
        /** Mentions by ambiguous aliases ("Georgia"), counted once the country is confirmed. */
        private Map<String, Integer> unconfirmed;
        /** Countries whose context phrase the page holds, confirming their ambiguous aliases. */
        private Set<String> contexts;

        public void hit(CharSequence text, int start, int end, Object value) {
            Alias a = (Alias) value;
            if (a.country() == null) {
                return;
            }
            if (a.refused(text, start, end)) {
                return;
            }
            if (a.conditional() || a.context()) {
                if (unconfirmed == null) {
                    unconfirmed = new HashMap<>();
                    contexts = new HashSet<>();
                }
                if (a.context()) {
                    contexts.add(a.country());
                } else {
                    unconfirmed.merge(a.country(), 1, Integer::sum);
                }
                return;
            }
            add(a.country(), 1);
            List<String> more = a.more();
            for (int i = 0; i < more.size(); i++) { // usually empty: no iterator per hit
                add(more.get(i), 1);
            }
        }

        private int indexOf(String country) {
            for (int i = 0; i < size; i++) {
                if (named[i].equals(country)) {
                    return i;
                }
            }
            return -1;
        }

        private void add(String country, int n) {
            int i = indexOf(country);
            if (i < 0) {
                if (size == named.length) {
                    named = Arrays.copyOf(named, size * 2);
                    mentions = Arrays.copyOf(mentions, size * 2);
                }
                i = size++;
                named[i] = country;
            }
            mentions[i] += n;
        }

        /** Adds the ambiguous aliases' mentions of confirmed countries, once. */
        private void confirm() {
            if (unconfirmed != null) {
                // An ambiguous alias counts when the page also names the country unambiguously
                // or holds one of its context phrases ("Georgia" beside Tbilisi).
                unconfirmed.forEach((country, n) -> {
                    if (indexOf(country) >= 0 || contexts.contains(country)) {
                        add(country, n);
                    }
                });
                unconfirmed = null;
            }
        }

        /** Mentions per country, in order of first mention. */
        public Map<String, Integer> counts() {
            confirm();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                counts.put(named[i], mentions[i]);
            }
            return counts;
        }

        /** Countries mentioned at least {@code minMentions} times, most mentioned first. */
        public List<String> countries() {
            confirm();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (mentions[i] >= minMentions) {
                    kept.add(i);
                }
            }
            // Most mentioned first; ties in order of first mention (the sort is stable).
            kept.sort((x, y) -> Integer.compare(mentions[y], mentions[x]));
            List<String> out = new ArrayList<>(kept.size());
            for (int i : kept) {
                out.add(named[i]);
            }
            return out;
        }
    }

    public Tally tally() {
        return new Tally();
    }

    /** Mentions per canonical country, in order of first mention. */
    public Map<String, Integer> count(CharSequence text) {
        Tally t = new Tally();
        matcher.scan(text, 0, text.length(), 1, (layer, s, e, v) -> t.hit(text, s, e, v));
        return t.counts();
    }

    /** True when the text mentions any country (cheaper than {@link #count}). */
    public boolean mentionsAny(CharSequence text) {
        boolean[] any = new boolean[1];
        matcher.scan(text, 0, text.length(), 1, (layer, s, e, v) -> {
            Alias a = (Alias) v;
            if (!any[0] && a.country() != null && !a.conditional() && !a.context() && !a.refused(text, s, e)) {
                any[0] = true;
            }
        });
        return any[0];
    }

    /** Countries mentioned at least {@code minMentions} times, most mentioned first. */
    public List<String> countries(CharSequence... texts) {
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (CharSequence t : texts) {
            if (t == null) {
                continue;
            }
            count(t).forEach((k, v) -> {
                total.merge(k, v, Integer::sum);
                order.putIfAbsent(k, order.size());
            });
        }
        List<String> out = new ArrayList<>();
        total.forEach((k, v) -> {
            if (v >= minMentions) {
                out.add(k);
            }
        });
        out.sort(Comparator.comparing((String k) -> -total.get(k)).thenComparing(order::get));
        return out;
    }

    private static final Set<String> HONORIFICS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Amb", "Hon");

    /**
     * Whether a candidate person's name holds a country name. A given name that is also a
     * country's ("Daniel Jordan", "Jordan Ellison") next to another capitalised word is not one,
     * even at the name's start.
     */
    public boolean mentionsAnyInName(CharSequence name) {
        boolean[] any = new boolean[1];
        matcher.scan(name, 0, name.length(), 1, (layer, s, e, v) -> {
            Alias a = (Alias) v;
            if (!any[0] && a.country() != null && !a.context() && !(a.hanja() && !inKorean(name, s, e))
                    && !(a.nameLike() && (nextToCapitalisedWord(name, s, e) || s > 1 && name.charAt(s - 1) == ' '
                            && Character.isUpperCase(name.charAt(0))))) {
                any[0] = true;
            }
        });
        return any[0];
    }

    /**
     * True when a word that is also a given name ("Jordan") stands next to another capitalised word
     * mid-sentence ("Michael Jordan", "Jordan Peterson"): then it is most likely a person.
     */
    static boolean nextToCapitalisedWord(CharSequence text, int start, int end) {
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j > end && j < text.length() && Character.isUpperCase(text.charAt(j))) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < start - 1 && i >= 1 && text.charAt(i) == '.') { // "Mr. Jordan", "Sen. Jordan"
            int w = i;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            if (w == 0 || !Character.isLetter(text.charAt(w - 1))) {
                return HONORIFICS.contains(text.subSequence(w, i).toString());
            }
        }
        if (i < start - 1 && i >= 0 && Character.isLetter(text.charAt(i))) {
            int wordEnd = i;
            while (i >= 0 && Character.isLetter(text.charAt(i))) {
                i--;
            }
            boolean capitalised = Character.isUpperCase(text.charAt(i + 1));
            // The previous word starts a sentence ("In Jordan"): its capital says nothing.
            int k = i;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            boolean sentenceStart = k < 0 || ".!?\n:\"“".indexOf(text.charAt(k)) >= 0;
            return capitalised && !sentenceStart && wordEnd >= 0;
        }
        return false;
    }

    /**
     * Whether a given name that is also a country's stands where only a person can: greeted,
     * thanked or addressed ("hi Jordan", "thanks, Jordan", "Good question, Jordan."), bringing a
     * listener's question ("a question from Jordan"), or followed by "who" ("Jordan, who writes in").
     */
    static boolean addressedOrWho(CharSequence text, int start, int end) {
        int j = end;
        if (j < text.length() && text.charAt(j) == ',') {
            j++;
        }
        if (j < text.length() && text.charAt(j) == ' ' && regionIs(text, j + 1, "who ")) {
            return true;
        }
        int i = start - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
            boolean comma = i >= 0 && text.charAt(i) == ',';
            if (comma) {
                i--;
                // addressed at a sentence's end: "Good question, Jordan." (a list reads "Syria, Jordan.")
                if (end < text.length() && ".?!".indexOf(text.charAt(end)) >= 0 && i >= 0
                        && Character.isLetter(text.charAt(i))) {
                    int w = i;
                    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                        w--;
                    }
                    if (Character.isLowerCase(text.charAt(w))) {
                        return true;
                    }
                }
            }
            for (String w : GREETINGS) {
                int from = i + 1 - w.length();
                if (from >= 0 && regionIs(text, from, w) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words before a name that greet or address a person, or bring a listener's question. */
    private static final List<String> GREETINGS = List.of("hi", "hey", "hello", "thanks", "thank you", "dear",
            "question from", "questions from", "email from", "e-mail from", "comment from");

    /**
     * Whether a capital stands as a place, not a government: where someone is or lives ("Ben is
     * in London", "lives in Seoul", "our centre in Tallinn"), a sentence's opening setting ("In
     * Hanoi, when ..."), or a meeting named by its venue ("the Hanoi summit"). "Read in Beijing",
     * "officials in Seoul" stay the government.
     */
    static boolean placeAfterIn(CharSequence text, int start, int end) {
        if (regionIs(text, end, " summit")) {
            return true;
        }
        int i = start - 1;
        if (i < 2 || text.charAt(i) != ' ' || !regionIs(text, i - 2, "in")
                || i - 3 >= 0 && Character.isLetter(text.charAt(i - 3))) {
            return false;
        }
        int k = i - 3; // before "in"
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || ".!?\n\"“".indexOf(text.charAt(k)) >= 0) {
            return text.charAt(i - 2) == 'I' && end < text.length() && text.charAt(end) == ','; // "In Hanoi, ..."
        }
        int w = k + 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String before = text.subSequence(w, k + 1).toString().toLowerCase(Locale.ROOT);
        return PLACE_WORDS.contains(before);
    }

    /** Words before "in" that make the capital a place: being, living, working or meeting there. */
    private static final Set<String> PLACE_WORDS = Set.of("is", "am", "are", "was", "were",
            "be", "been", "lives", "live", "lived", "living", "based", "born", "sits", "sitting", "stationed",
            "headquartered", "back", "here", "centre", "center", "office", "offices", "studio", "embassy",
            "work", "works", "worked", "working", "stays", "stayed", "staying");

    private static boolean regionIs(CharSequence text, int from, String s) {
        if (from < 0 || from + s.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (Character.toLowerCase(text.charAt(from + k)) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a one-character Hanja abbreviation at {@code [start, end)} stands in Korean text: no
     * Han, Kana or digit right next to it (北京, 北朝鮮, 19日) and a Hangul syllable within four
     * characters on either side ('北, 美에 경고', '北 김정은').
     */
    static boolean inKorean(CharSequence text, int start, int end) {
        if (start > 0 && cjkOrDigit(text.charAt(start - 1)) || end < text.length() && cjkOrDigit(text.charAt(end))) {
            return false;
        }
        for (int i = Math.max(0, start - 4); i < Math.min(text.length(), end + 4); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HANGUL) {
                return true;
            }
        }
        return false;
    }

    private static boolean cjkOrDigit(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return Character.isDigit(c) || s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
