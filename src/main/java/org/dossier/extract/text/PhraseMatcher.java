package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds many literal phrases in one left-to-right pass over a text, using a character trie built
 * once. At each position the longest phrase wins and the scan continues after it, so a longer
 * "blocker" phrase ("South China Sea", "朝鲜半岛") hides the shorter country name inside it.
 *
 * <p><b>Layers.</b> Several dictionaries (countries, topics, kind cues...) can share one trie, each
 * in its own layer: one pass over the text reports every layer's hits, and longest-match and
 * non-overlap are decided per layer, exactly as if each layer had been scanned on its own.
 *
 * <p>Why not regexes: the gazetteer has well over a thousand aliases; one regex per alias per
 * document would be far too slow, and one giant alternation loses the longest-match control.
 *
 * <p>Boundaries: phrases made of letters of alphabetic scripts (Latin, Cyrillic) must start and end
 * at word boundaries (a phrase ending in {@code *} may be followed by more letters, for simple
 * stemming: {@code sanction*}). Han, kana and Hangul phrases need no boundary, because those
 * scripts do not separate words with spaces and Korean attaches particles to nouns.
 *
 * <p>Speed: the trie is frozen into one int array (a 64K table for the first character, then per
 * node its sorted edge characters and targets, see {@code Frozen}), case folding and the
 * word-character test are table lookups, and the places where a phrase can start are found
 * before the trie is walked from them, a walk that would find nothing within six characters is
 * mostly not started (a Bloom filter of the trie's third to sixth steps), so the scan allocates
 * little (a few small arrays and its hits; the text is copied into a buffer kept for the next
 * scan), and costs a few nanoseconds per character.
 */
public final class PhraseMatcher<T> {

    /** One phrase hit. */
    public record Hit<T>(int start, int end, T value) {}

    /** Receives hits of a layered scan. */
    @FunctionalInterface
    public interface Sink<T> {
        void hit(int layer, int start, int end, T value);
    }

    private record Entry<T>(int layer, String phrase, boolean caseSensitive, boolean prefix, boolean boundedEnd, T value) {}

    private static final char[] FOLD = new char[65536];
    private static final boolean[] WORD = new boolean[65536];
    /** {@link #WORD} as 0 or 1, for arithmetic. */
    private static final byte[] WORD_BIT = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            FOLD[c] = Character.toLowerCase(apostrophe(ch));
            WORD[c] = computeAlphabetic(ch);
            WORD_BIT[c] = (byte) (WORD[c] ? 1 : 0);
        }
    }

    private static final int[] NO_KIDS = new int[0];
    private static final char[] NO_KEYS = new char[0];

    // Node 0 is the root; its children are in rootKids by folded character.
    private final int[] rootKids = new int[65536];
    private char[][] keys = new char[64][];
    private int[][] kids = new int[64][];
    private Object[][] entries = new Object[64][];
    private int nodes = 1;
    private int size;
    private int layers = 1;

    /**
     * The trie frozen for scanning, laid out for the memory cache: a scan is mostly a walk from
     * node to node, so everything a step reads about a node sits together in one int array
     * ({@code trie}), nodes in depth-first order so that a phrase's path runs forward through
     * memory. A node at offset {@code o} with k edges is:
     * <pre>
     * trie[o]                   its entries' index in {@code entries} (-1: none)
     * trie[o + 1]               k
     * then, with fewer than DENSE_EDGES edges:
     *   trie[o + 2 ..]          the edges' (folded) characters, ascending, then their targets
     * or, with more:
     *   trie[o + 2 .. + 128)    the target for each ASCII character (0: none)
     *   trie[o + 130 ..]        the edges' characters, ascending, then their targets
     * </pre>
     * An edge's target, and {@code root}'s entry for each folded first character, is a reference
     * ({@link #ref}): the node's offset with what a step needs to know of the node before reading
     * it (whether it has entries, its number of edges or that it has a table), so that each step
     * waits for one memory read, not three. 0 is no node. {@code pairs} holds, for two folded
     * ASCII characters {@code a << 7 | b}, the node reached by them when {@code a}'s own node
     * holds no phrase (0 otherwise): most walks end within two or three steps, and this makes
     * the first two one read. {@code lookahead} tells, after those two, whether the next four
     * steps can find anything (see {@link #addLookahead}).
     */
    private record Frozen(int[] root, int[] pairs, long[] lookahead, int lookaheadShift, byte[] startClass, int[] trie,
            Object[][] entries) {}

    /**
     * Per character, what {@code candidates} needs of it in one lookup: {@link #WORD_CHAR} when it
     * is a word character, {@link #STARTS_PHRASE} when some phrase starts with it (folded).
     */
    private static final int WORD_CHAR = 1;
    private static final int STARTS_PHRASE = 2;
    /** Candidate starts are found and walked this many positions at a time (a small array, reused). */
    private static final int CANDIDATE_BLOCK = 512;

    /**
     * Nodes with at least this many edges also get a direct table for ASCII characters: a node
     * with one edge is one comparison, and a search among two or three, which ended unpredictably,
     * cost more per step than the larger trie (about 0.7 MB for the shared dictionaries) costs.
     */
    private static final int DENSE_EDGES = 2;
    /** A reference's low bits: the node's number of edges, or DENSE for a node with a table. */
    private static final int SHAPE = 7;
    private static final int DENSE = 4;
    /** A reference's bit for a node with entries. */
    private static final int HAS_ENTRIES = 8;
    private static final int OFFSET_SHIFT = 4;

    private volatile Frozen frozen;

    private Frozen frozen() {
        Frozen f = frozen;
        if (f == null) {
            synchronized (this) {
                f = frozen;
                if (f == null) {
                    f = freeze();
                    frozen = f;
                }
            }
        }
        return f;
    }

    private Frozen freeze() {
        // Depth-first order, children in character order; the root (node 0) has no record.
        int[] order = new int[nodes];
        int[] offset = new int[nodes];
        int count = 0;
        // Offset 0 must not be a node, since a 0 reference means "no node": the trie starts with a pad.
        int size = 1;
        int[] stack = new int[nodes];
        int top = 0;
        for (int c = 65535; c >= 0; c--) {
            if (rootKids[c] != 0) {
                stack[top++] = rootKids[c];
            }
        }
        while (top > 0) {
            int n = stack[--top];
            order[count++] = n;
            offset[n] = size;
            int k = keys[n].length;
            size += 2 + (k >= DENSE_EDGES ? 128 : 0) + 2 * k;
            for (int e = k - 1; e >= 0; e--) {
                stack[top++] = kids[n][e];
            }
        }
        int[] trie = new int[size];
        Object[][] frozenEntries = new Object[count][];
        int entryCount = 0;
        for (int i = 0; i < count; i++) {
            int n = order[i];
            int o = offset[n];
            int k = keys[n].length;
            if (entries[n] != null) {
                frozenEntries[entryCount] = entries[n];
                trie[o] = entryCount++;
            } else {
                trie[o] = -1;
            }
            trie[o + 1] = k;
            int edges = o + 2 + (k >= DENSE_EDGES ? 128 : 0);
            for (int e = 0; e < k; e++) {
                char c = keys[n][e];
                int target = ref(kids[n][e], offset);
                trie[edges + e] = c;
                trie[edges + k + e] = target;
                if (k >= DENSE_EDGES && c < 128) {
                    trie[o + 2 + c] = target;
                }
            }
        }
        int[] root = new int[65536];
        byte[] startClass = new byte[65536];
        for (int c = 0; c < 65536; c++) {
            root[c] = rootKids[c] == 0 ? 0 : ref(rootKids[c], offset);
            startClass[c] = (byte) ((WORD[c] ? WORD_CHAR : 0) | (rootKids[FOLD[c]] == 0 ? 0 : STARTS_PHRASE));
        }
        // The second step for ASCII pairs, from first characters whose node holds no phrase.
        int[] pairs = new int[128 * 128];
        for (int c = 0; c < 128; c++) {
            int first = rootKids[c];
            if (first != 0 && entries[first] == null) {
                for (int e = 0; e < keys[first].length; e++) {
                    if (keys[first][e] < 128) {
                        pairs[c << 7 | keys[first][e]] = ref(kids[first][e], offset);
                    }
                }
            }
        }
        // The third to sixth steps after two ASCII characters, as a set (see addLookahead).
        List<Long> keys = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            int first = rootKids[c];
            if (first != 0 && entries[first] == null) {
                for (int e = 0; e < this.keys[first].length; e++) {
                    char second = this.keys[first][e];
                    int node = kids[first][e];
                    if (second < 128 && entries[node] == null) {
                        addLookahead(keys, c << 7 | second, node);
                    }
                }
            }
        }
        // At least 32 bits per key: a walk that would find nothing is walked once in 30 or less, and
        // the filter (a few KB for the bundled dictionaries) stays in the first-level cache.
        int bits = Integer.highestOneBit(Math.max(64, keys.size() * 32 - 1)) << 1;
        long[] lookahead = new long[bits / 64];
        int lookaheadShift = 64 - Integer.numberOfTrailingZeros(bits);
        for (long key : keys) {
            int bit = (int) (key * LOOKAHEAD_MIX >>> lookaheadShift);
            lookahead[bit >>> 6] |= 1L << bit;
        }
        return new Frozen(root, pairs, lookahead, lookaheadShift, startClass, trie, Arrays.copyOf(frozenEntries, entryCount));
    }

    /**
     * Most walks end within six characters having found nothing: after the first two characters
     * (one lookup in {@code pairs}) the third, fourth, fifth or sixth has no edge. Whether a walk
     * can find anything in its next four steps is told by lookups in a small Bloom filter that
     * stays in the cache, where a walk costs a chain of memory reads and branches that end
     * unpredictably. For the first two characters {@code pair} (ASCII, {@code a << 7 | b}) and
     * their node (holding no phrase), the filter holds the key of each third character whose node
     * holds a phrase, of each third and fourth whose node holds one, of each third to fifth whose
     * node holds one, and of each third to sixth whose node exists: a walk that has none of them
     * ends by its sixth character empty-handed. A false positive only costs the walk.
     */
    private void addLookahead(List<Long> out, int pair, int second) {
        for (int e = 0; e < keys[second].length; e++) {
            char third = keys[second][e];
            int node = kids[second][e];
            if (entries[node] != null) {
                out.add(thirdHoldsKey(pair, third));
            }
            for (int e4 = 0; e4 < keys[node].length; e4++) {
                char fourth = keys[node][e4];
                int node4 = kids[node][e4];
                if (entries[node4] != null) {
                    out.add(fourthHoldsKey(pair, third, fourth));
                }
                for (int e5 = 0; e5 < keys[node4].length; e5++) {
                    char fifth = keys[node4][e5];
                    int node5 = kids[node4][e5];
                    if (entries[node5] != null) {
                        out.add(fifthHoldsKey(pair, third, fourth, fifth));
                    }
                    for (char sixth : keys[node5]) {
                        out.add(sixthExistsKey(pair, third, fourth, fifth, sixth));
                    }
                }
            }
        }
    }

    private static final long LOOKAHEAD_MIX = 0x9E3779B97F4A7C15L;

    private static long thirdHoldsKey(int pair, char third) {
        return (long) pair | (long) third << 14 | 1L << 62;
    }

    private static long fourthHoldsKey(int pair, char third, char fourth) {
        return (long) pair | (long) third << 14 | (long) fourth << 30 | 1L << 63;
    }

    private static long fifthHoldsKey(int pair, char third, char fourth, char fifth) {
        return (long) pair | (long) third << 14 | (long) fourth << 30 | (long) fifth << 46 | 3L << 62;
    }

    /** Six characters do not fit in a key: the sixth is mixed in (a collision costs a walk). */
    private static long sixthExistsKey(int pair, char third, char fourth, char fifth, char sixth) {
        long five = (long) pair | (long) third << 14 | (long) fourth << 30 | (long) fifth << 46;
        return (five ^ five >>> 29) * 0xBF58476D1CE4E5B9L + sixth;
    }

    private static boolean inLookahead(long[] lookahead, int shift, long key) {
        int bit = (int) (key * LOOKAHEAD_MIX >>> shift);
        return (lookahead[bit >>> 6] & 1L << bit) != 0;
    }

    /** A reference to a node: its offset, whether it has entries, and its shape (see Frozen). */
    private int ref(int node, int[] offset) {
        int k = keys[node].length;
        return offset[node] << OFFSET_SHIFT | (entries[node] != null ? HAS_ENTRIES : 0) | (k >= DENSE_EDGES ? DENSE : k);
    }

    public PhraseMatcher() {
        keys[0] = NO_KEYS;
        kids[0] = NO_KIDS;
    }

    /**
     * Adds a phrase to layer 0. {@code caseSensitive} phrases must match exactly (acronyms: "US"
     * but not "us"); others match ignoring case. A trailing {@code *} lets the last word continue.
     */
    public PhraseMatcher<T> add(String phrase, boolean caseSensitive, T value) {
        return add(0, phrase, caseSensitive, value);
    }

    /** Adds a phrase to a layer (0..30). Not to be called while another thread scans. */
    public synchronized PhraseMatcher<T> add(int layer, String phrase, boolean caseSensitive, T value) {
        frozen = null;
        if (layer < 0 || layer > 30) {
            throw new IllegalArgumentException("layer out of range: " + layer);
        }
        boolean prefix = phrase.endsWith("*");
        String p = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (p.isBlank()) {
            return this;
        }
        int node = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = FOLD[p.charAt(i)];
            int next = child(node, c);
            if (next == 0) {
                next = newNode();
                if (node == 0) {
                    rootKids[c] = next;
                } else {
                    insertChild(node, c, next);
                }
            }
            node = next;
        }
        boolean boundedEnd = !prefix && WORD[p.charAt(p.length() - 1)];
        Entry<T> e = new Entry<>(layer, p, caseSensitive, prefix, boundedEnd, value);
        Object[] old = entries[node];
        Object[] grown = old == null ? new Object[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = e;
        entries[node] = grown;
        layers = Math.max(layers, layer + 1);
        size++;
        return this;
    }

    private int newNode() {
        if (nodes == keys.length) {
            keys = Arrays.copyOf(keys, nodes * 2);
            kids = Arrays.copyOf(kids, nodes * 2);
            entries = Arrays.copyOf(entries, nodes * 2);
        }
        keys[nodes] = NO_KEYS;
        kids[nodes] = NO_KIDS;
        return nodes++;
    }

    private void insertChild(int node, char c, int child) {
        char[] k = keys[node];
        int[] n = kids[node];
        int pos = 0;
        while (pos < k.length && k[pos] < c) {
            pos++;
        }
        char[] k2 = new char[k.length + 1];
        int[] n2 = new int[n.length + 1];
        System.arraycopy(k, 0, k2, 0, pos);
        System.arraycopy(n, 0, n2, 0, pos);
        k2[pos] = c;
        n2[pos] = child;
        System.arraycopy(k, pos, k2, pos + 1, k.length - pos);
        System.arraycopy(n, pos, n2, pos + 1, n.length - pos);
        keys[node] = k2;
        kids[node] = n2;
    }

    private int child(int node, char folded) {
        if (node == 0) {
            return rootKids[folded];
        }
        char[] k = keys[node];
        int len = k.length;
        if (len <= 8) {
            for (int i = 0; i < len; i++) {
                if (k[i] == folded) {
                    return kids[node][i];
                }
                if (k[i] > folded) {
                    return 0;
                }
            }
            return 0;
        }
        int i = Arrays.binarySearch(k, folded);
        return i >= 0 ? kids[node][i] : 0;
    }

    public int size() {
        return size;
    }

    /** Reports every non-overlapping longest hit of layer 0, left to right. */
    public void scan(CharSequence text, Consumer<Hit<T>> sink) {
        scan(text, 0, text.length(), 1, (layer, s, e, v) -> sink.accept(new Hit<>(s, e, v)));
    }

    public List<Hit<T>> findAll(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        scan(text, hits::add);
        return hits;
    }

    /**
     * One pass over {@code text[from, to)} for all layers in {@code layerMask} (bit i = layer i):
     * per layer, every non-overlapping longest hit, left to right. Word boundaries look at the
     * characters just outside the range, so a range can be part of a larger text.
     */
    @SuppressWarnings("unchecked")
    public void scan(CharSequence cs, int from, int to, int layerMask, Sink<T> sink) {
        // A private copy of the characters: array reads are cheaper than String.charAt.
        int length = cs.length();
        int nLayers = layers;
        Scratch scratch = takeScratch(length, nLayers);
        char[] text = scratch.text;
        if (cs instanceof String str) {
            str.getChars(0, length, text, 0);
        } else {
            for (int i = 0; i < length; i++) {
                text[i] = cs.charAt(i);
            }
        }
        Frozen f = frozen();
        int[] root = f.root;
        int[] pairs = f.pairs;
        long[] lookahead = f.lookahead;
        int lookaheadShift = f.lookaheadShift;
        int[] trie = f.trie;
        Object[][] entries = f.entries;
        int[] nextFree = scratch.nextFree;
        int[] bestEnd = scratch.bestEnd;
        Entry<T>[] best = (Entry<T>[]) scratch.best;
        int n = to;
        int[] starts = scratch.starts;
        for (int block = from; block < n; block += CANDIDATE_BLOCK) {
            int count = candidates(text, block, Math.min(n, block + CANDIDATE_BLOCK), f.startClass, starts);
            for (int s = 0; s < count; s++) {
                int i = starts[s];
                char first = FOLD[text[i]];
                int ref = root[first];
                int j = i;
                char second;
                if ((ref & HAS_ENTRIES) == 0 && first < 128 && i + 1 < n && (second = FOLD[text[i + 1]]) < 128) {
                    // Two steps in one lookup: the first character's node holds no phrase to accept.
                    int pair = first << 7 | second;
                    ref = pairs[pair];
                    if (ref == 0) {
                        continue;
                    }
                    if ((ref & HAS_ENTRIES) == 0 && i + 5 < n) {
                        char third = FOLD[text[i + 2]];
                        char fourth = FOLD[text[i + 3]];
                        char fifth = FOLD[text[i + 4]];
                        if (!inLookahead(lookahead, lookaheadShift, thirdHoldsKey(pair, third))
                                && !inLookahead(lookahead, lookaheadShift, fourthHoldsKey(pair, third, fourth))
                                && !inLookahead(lookahead, lookaheadShift, fifthHoldsKey(pair, third, fourth, fifth))
                                && !inLookahead(lookahead, lookaheadShift,
                                        sixthExistsKey(pair, third, fourth, fifth, FOLD[text[i + 5]]))) {
                            continue; // the walk would end by the sixth character, empty-handed
                        }
                    }
                    j = i + 1;
                }
                int found = 0; // the layers holding a hit from i
                for (; ; ) {
                    int node = ref >>> OFFSET_SHIFT;
                    if ((ref & HAS_ENTRIES) != 0) {
                        found |= accept(entries[trie[node]], text, length, i, j + 1, layerMask, nextFree, best, bestEnd);
                    }
                    j++;
                    if (j >= n) {
                        break;
                    }
                    char fc = FOLD[text[j]];
                    int shape = ref & SHAPE;
                    int next;
                    if (shape == 1) {
                        next = trie[node + 2] == fc ? trie[node + 3] : 0;
                    } else if (shape == DENSE) {
                        next = fc < 128 ? trie[node + 2 + fc] : edge(trie, node + 2 + 128, trie[node + 1], fc);
                    } else {
                        next = 0; // a leaf
                    }
                    ref = next;
                    if (ref == 0) {
                        break;
                    }
                }
                // Layers in ascending order, as they were reported when every layer was looked at.
                for (; found != 0; found &= found - 1) {
                    int l = Integer.numberOfTrailingZeros(found);
                    sink.hit(l, i, bestEnd[l], best[l].value);
                    nextFree[l] = bestEnd[l];
                    best[l] = null;
                }
            }
        }
        giveBackScratch(scratch);
    }

    /**
     * A scan's working arrays: the copy of the text, the candidate starts of a block, and per
     * layer where it may next hit and its longest hit so far. Each thread keeps those of its
     * last scan for the next one: new arrays for every scan cost about 3% of a body's scan,
     * most of it in clearing them, and more for the short parts (header, summary), scanned on
     * their own. Only the characters up to the text's length are read, so what a longer earlier
     * text left there does not matter; {@code best} is left empty by every scan that ends, and
     * {@code nextFree} is cleared when taken. A scan takes the arrays and gives them back when
     * done (a scan started from a sink, or one that ends by an exception, just makes or keeps
     * new ones), and a copy longer than {@link #KEPT_BUFFER} characters is not kept.
     */
    private static final class Scratch {
        char[] text = new char[1024];
        final int[] starts = new int[CANDIDATE_BLOCK];
        int[] nextFree = new int[0];
        int[] bestEnd = new int[0];
        Object[] best = new Object[0];
    }

    private static final ThreadLocal<Scratch[]> SCRATCH = ThreadLocal.withInitial(() -> new Scratch[1]);
    private static final int KEPT_BUFFER = 1 << 16;

    private static Scratch takeScratch(int length, int layers) {
        Scratch[] kept = SCRATCH.get();
        Scratch scratch = kept[0];
        kept[0] = null;
        if (scratch == null) {
            scratch = new Scratch();
        }
        if (scratch.text.length < length) {
            scratch.text = new char[length];
        }
        if (scratch.nextFree.length < layers) {
            scratch.nextFree = new int[layers];
            scratch.bestEnd = new int[layers];
            scratch.best = new Entry<?>[layers];
        } else {
            Arrays.fill(scratch.nextFree, 0, layers, 0);
        }
        return scratch;
    }

    private static void giveBackScratch(Scratch scratch) {
        if (scratch.text.length > KEPT_BUFFER) {
            scratch.text = new char[1024];
        }
        SCRATCH.get()[0] = scratch;
    }

    /** The target of the edge for {@code c} among the {@code k} sorted edges at {@code edges}, or 0. */
    private static int edge(int[] trie, int edges, int k, char c) {
        for (int e = edges, end = edges + k; e < end; e++) {
            int key = trie[e];
            if (key >= c) {
                return key == c ? trie[e + k] : 0;
            }
        }
        return 0;
    }

    /**
     * Where a phrase can start in {@code text[from, to)}: at a character that some phrase starts
     * with, and not inside a word (a word-bounded phrase cannot start there), written to
     * {@code starts}; returns how many. Found by arithmetic rather than by a test per character:
     * whether a character starts a word is unpredictable, and the processor's mispredicted
     * branches cost three times what the loop costs without them.
     */
    private static int candidates(char[] text, int from, int to, byte[] startClass, int[] starts) {
        int count = 0;
        int previousWord = from > 0 ? WORD_BIT[text[from - 1]] : 0;
        for (int i = from; i < to; i++) {
            int c = startClass[text[i]];
            int word = c & WORD_CHAR;
            starts[count] = i;
            count += (c >> 1) & (1 - (word & previousWord));
            previousWord = word;
        }
        return count;
    }

    /** Takes the entries of a node reached at {@code end} that match there; returns their layers (bit l = layer l). */
    @SuppressWarnings("unchecked")
    private int accept(Object[] es, char[] text, int length, int start, int end, int layerMask,
            int[] nextFree, Entry<T>[] best, int[] bestEnd) {
        int taken = 0; // layers that already accepted an entry at this node: the first one wins
        for (Object o : es) {
            Entry<T> e = (Entry<T>) o;
            int l = e.layer;
            if ((layerMask & (1 << l)) == 0 || start < nextFree[l] || (taken & (1 << l)) != 0) {
                continue;
            }
            if (e.caseSensitive && !regionEquals(text, length, start, e.phrase)) {
                continue;
            }
            if (e.boundedEnd && end < length && WORD[text[end]]) {
                continue;
            }
            taken |= 1 << l;
            best[l] = e;
            bestEnd[l] = e.prefix ? extendWord(text, length, end) : end;
        }
        return taken;
    }

    private static int extendWord(char[] text, int length, int end) {
        while (end < length && WORD[text[end]]) {
            end++;
        }
        return end;
    }

    private static boolean regionEquals(char[] text, int length, int start, String phrase) {
        if (start + phrase.length() > length) {
            return false;
        }
        for (int k = 0; k < phrase.length(); k++) {
            char t = apostrophe(text[start + k]);
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
    public static char fold(char c) {
        return FOLD[c];
    }

    /** Letters and digits of scripts that put spaces between words (Latin, Cyrillic, Greek...). */
    public static boolean isWordChar(char c) {
        return WORD[c];
    }

    static boolean isAlphabetic(char c) {
        return WORD[c];
    }

    private static boolean computeAlphabetic(char c) {
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
}
