package org.dossier.extract.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every place where one of a few lower-case ASCII words ({@code furniture.tsv}'s prefilter
 * words) occurs in a text, ignoring case: the places {@code text.toLowerCase(Locale.ROOT).indexOf(word, ...)}
 * gives, in one pass over the text instead of one per word.
 *
 * <p>The pass does not read every character. Every word is at least {@code shortest} characters
 * long, so any occurrence holds, among its first {@code shortest} characters, a three-character
 * group starting at a multiple of {@code stride = shortest - 2}. Only those groups are looked up
 * (a quarter of the positions for six-letter words): a bit screen, then a table of the groups
 * that the words hold at their first {@code stride} places, naming the words and offsets to
 * compare. A group with a character past ASCII is passed over (no word holds one); the others
 * are screened with the case bit set ({@code | 0x20}), which maps both cases of a letter, and the
 * words' own characters, to themselves.
 *
 * <p>Lower-casing the whole text maps a character to an ASCII letter only when it is that letter
 * in either case, except the Kelvin sign (to 'k') and U+0130 'İ' (to two characters, shifting
 * every place after it). A text holding either is refused ({@link #find} gives null) and left to
 * the JDK's lower case.
 */
final class KeywordPlaces {
    private static final int CASE_BITS = 0x202020;

    private final byte[][] words;
    private final int stride;
    /** Open addressing: the group (three bytes, first lowest) or 0 for a free slot. */
    private final int[] groupKeys;
    /** For each slot, the (word index << 8 | offset) pairs whose word holds the group at that offset. */
    private final int[][] groupHits;
    private final int mask;
    /**
     * A screen before the table: bit {@code hash >>> 20} (of 64 x 64) set for each group the
     * words hold, so a group no word holds is mostly ruled out without probing.
     */
    private final long[] groupBits = new long[64];

    /**
     * Null when the words do not allow it: one is shorter than three, or holds a character that
     * is not ASCII, a capital, '?', or one without the case bit (0x20: lower-case letters, digits,
     * space and most punctuation have it).
     */
    static KeywordPlaces of(List<String> words) {
        int shortest = Integer.MAX_VALUE;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= 128 || (c | 0x20) != c || c == '?') {
                    return null;
                }
            }
            shortest = Math.min(shortest, w.length());
        }
        return words.isEmpty() || shortest < 3 ? null : new KeywordPlaces(words, shortest - 2);
    }

    private KeywordPlaces(List<String> words, int stride) {
        this.words = new byte[words.size()][];
        this.stride = stride;
        int size = Integer.highestOneBit(words.size() * stride * 4) * 2;
        groupKeys = new int[size];
        groupHits = new int[size][];
        mask = size - 1;
        for (int k = 0; k < words.size(); k++) {
            byte[] w = words.get(k).getBytes(StandardCharsets.ISO_8859_1);
            this.words[k] = w;
            for (int off = 0; off < stride; off++) {
                int key = w[off] | w[off + 1] << 8 | w[off + 2] << 16;
                int h = key * 0x9E3779B1;
                groupBits[h >>> 26] |= 1L << (h >>> 20);
                int slot = slotOf(key);
                groupKeys[slot] = key;
                int[] hits = groupHits[slot] == null ? new int[0] : groupHits[slot];
                hits = Arrays.copyOf(hits, hits.length + 1);
                hits[hits.length - 1] = k << 8 | off;
                groupHits[slot] = hits;
            }
        }
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    private int slotOf(int key) {
        int slot = ((key * 0x9E3779B1) >>> 16) & mask;
        while (groupKeys[slot] != 0 && groupKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * The places (in no particular order) where a word occurs in {@code text} ignoring case, as
     * the JDK's lower case of the text would show them; null when the text is refused (see the
     * class comment). An empty array when no word occurs.
     */
    int[] find(String text) {
        return find(text, null);
    }

    /**
     * {@link #find(String)}, reading the text's characters from {@code textChars} (from index 0)
     * when the caller has them, as the array the text was built from: no copy of the text then.
     */
    int[] find(String text, char[] textChars) {
        if (text.indexOf('\u0130') >= 0 || text.indexOf('\u212A') >= 0) {
            return null;
        }
        int n = text.length();
        char[] chars = textChars;
        if (chars == null) {
            chars = CHARS.get();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
                if (chars.length <= KEPT_BUFFER) { // a huge page's buffer is not kept for the thread's life
                    CHARS.set(chars);
                }
            }
            // One bulk copy (an array copy for most texts): a String read char by char, or encoded
            // to Latin-1 bytes when it holds a character past Latin-1, is slower.
            text.getChars(0, n, chars, 0);
        }
        int[] places = null;
        int count = 0;
        for (int j = 0; j + 3 <= n; j += stride) {
            int a = chars[j];
            int b = chars[j + 1];
            int c = chars[j + 2];
            if ((a | b | c) >= 128) {
                continue; // a character past ASCII: never part of a word
            }
            int key = (a | b << 8 | c << 16) | CASE_BITS;
            int h = key * 0x9E3779B1;
            if ((groupBits[h >>> 26] & 1L << (h >>> 20)) == 0) {
                continue; // no word holds this group: most samples end here
            }
            int slot = (h >>> 16) & mask;
            int k;
            while ((k = groupKeys[slot]) != 0 && k != key) {
                slot = (slot + 1) & mask;
            }
            if (k == 0) {
                continue;
            }
            for (int hit : groupHits[slot]) {
                byte[] w = words[hit >>> 8];
                int p = j - (hit & 0xFF);
                if (p >= 0 && p + w.length <= n && occursAt(chars, p, w)) {
                    if (places == null) {
                        places = new int[8];
                    } else if (count == places.length) {
                        places = Arrays.copyOf(places, count * 2);
                    }
                    places[count++] = p;
                }
            }
        }
        return places == null ? new int[0] : Arrays.copyOf(places, count);
    }

    /** The largest buffer a thread keeps between pages (chars). */
    private static final int KEPT_BUFFER = 1 << 20;

    /** A per-thread copy of the text being searched, grown as needed. */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[8192]);

    /** Whether {@code w} stands at {@code p}, with the text's capitals lowered. */
    private static boolean occursAt(char[] text, int p, byte[] w) {
        for (int q = 0; q < w.length; q++) {
            int c = text[p + q];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != w[q]) {
                return false;
            }
        }
        return true;
    }
}
