package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds many literal phrases in one left-to-right pass over a text, using a character trie built
 * once. At each position the longest phrase wins and the scan continues after it, so a longer
 * "blocker" phrase ("South China Sea", "朝鲜半岛") hides the shorter country name inside it.
 *
 * <p>Why not regexes: the gazetteer has well over a thousand aliases; one regex per alias per
 * document would be far too slow, and one giant alternation loses the longest-match control.
 *
 * <p>Boundaries: phrases made of letters of alphabetic scripts (Latin, Cyrillic) must start and end
 * at word boundaries (a phrase ending in {@code *} may be followed by more letters, for simple
 * stemming: {@code sanction*}). Han, kana and Hangul phrases need no boundary, because those
 * scripts do not separate words with spaces and Korean attaches particles to nouns.
 */
public final class PhraseMatcher<T> {

    /** One phrase hit. */
    public record Hit<T>(int start, int end, T value) {}

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>(4);
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    private record Entry<T>(String phrase, boolean caseSensitive, boolean prefix, T value) {}

    private final Node<T> root = new Node<>();
    /**
     * The root's children by folded first character: most text positions start no phrase, and an
     * array lookup rejects them without boxing a Character for a HashMap probe.
     */
    @SuppressWarnings("unchecked")
    private final Node<T>[] first = (Node<T>[]) new Node[65536];
    private int size;

    /**
     * Adds a phrase. {@code caseSensitive} phrases must match exactly (acronyms: "US" but not "us");
     * others match ignoring case. A trailing {@code *} lets the last word continue.
     */
    public PhraseMatcher<T> add(String phrase, boolean caseSensitive, T value) {
        boolean prefix = phrase.endsWith("*");
        String p = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (p.isBlank()) {
            return this;
        }
        Node<T> node = root;
        for (int i = 0; i < p.length(); i++) {
            char c = fold(p.charAt(i));
            node = node.next.computeIfAbsent(c, k -> new Node<>());
            if (i == 0) {
                first[c] = node;
            }
        }
        node.entries.add(new Entry<>(p, caseSensitive, prefix, value));
        size++;
        return this;
    }

    public int size() {
        return size;
    }

    /** Reports every non-overlapping longest hit, left to right. */
    public void scan(CharSequence text, Consumer<Hit<T>> sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char first = text.charAt(i);
            // A word-bounded phrase cannot start inside a word; skipping here keeps the scan cheap.
            boolean alphaStart = isAlphabetic(first);
            if (alphaStart && i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Node<T> node = this.first[fold(first)];
            if (node == null) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Entry<T> best = null;
            for (int j = i; j < n; j++) {
                if (j > i) {
                    node = node.next.get(fold(text.charAt(j)));
                }
                if (node == null) {
                    break;
                }
                if (node == null) {
                    break;
                }
                if (!node.entries.isEmpty()) {
                    Entry<T> ok = accept(node.entries, text, i, j + 1);
                    if (ok != null) {
                        best = ok;
                        bestEnd = ok.prefix ? extendWord(text, j + 1) : j + 1;
                    }
                }
            }
            if (best != null) {
                sink.accept(new Hit<>(i, bestEnd, best.value));
                i = bestEnd;
            } else {
                i++;
            }
        }
    }

    public List<Hit<T>> findAll(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        scan(text, hits::add);
        return hits;
    }

    private Entry<T> accept(List<Entry<T>> entries, CharSequence text, int start, int end) {
        for (Entry<T> e : entries) {
            if (e.caseSensitive && !regionEquals(text, start, e.phrase)) {
                continue;
            }
            char last = e.phrase.charAt(e.phrase.length() - 1);
            if (!e.prefix && isAlphabetic(last) && end < text.length() && isWordChar(text.charAt(end))) {
                continue;
            }
            return e;
        }
        return null;
    }

    private static int extendWord(CharSequence text, int end) {
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean regionEquals(CharSequence text, int start, String phrase) {
        if (start + phrase.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < phrase.length(); k++) {
            char t = apostrophe(text.charAt(start + k));
            char p = apostrophe(phrase.charAt(k));
            if (t != p && t != Character.toUpperCase(p)) {
                return false;
            }
        }
        // A capitalised phrase also matches in an all-capitals heading ("NORTH KOREA"), but not in
        // lower case ("china" the porcelain, "us" the pronoun).
        return true;
    }

    private static char apostrophe(char c) {
        return c == '\u2019' || c == '\u02bc' ? '\'' : c;
    }

    /** Case- and apostrophe-folding, so "People’s" and "People's" share one trie path. */
    private static char fold(char c) {
        return Character.toLowerCase(apostrophe(c));
    }

    /** Letters of scripts that put spaces between words (Latin, Cyrillic, Greek...). */
    static boolean isAlphabetic(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s != Character.UnicodeScript.HAN && s != Character.UnicodeScript.HANGUL
                && s != Character.UnicodeScript.HIRAGANA && s != Character.UnicodeScript.KATAKANA;
    }

    private static boolean isWordChar(char c) {
        return isAlphabetic(c);
    }
}
