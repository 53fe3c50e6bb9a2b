package org.dossier.extract.parse;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A page's lines (as {@code text.split("\n", -1)} cuts them) kept as places in the text: a line
 * becomes a String only when a rule reads it, and its stripped form is made once however often
 * the header rules look at it again. Most of a page is prose lines that only go to the body,
 * which is then copied from the text in one piece ({@link BodyLines}) instead of line by line.
 */
final class PageLines {
    private final String text;
    /** Where each line starts, and ends before its '\n'. */
    private final int[] starts;
    private final int[] ends;
    private final int count;
    /** {@code line.strip()} of each line, made on first use. */
    private final String[] stripped;
    /** The bounds of each stripped line: what {@link String#strip()} keeps. */
    private final int[] strippedStarts;
    private final int[] strippedEnds;
    /**
     * Per line rule ({@link #CHROME}, {@link #NAVIGATION_RUN}, {@link #BYLINE_OR_DATE}), its answer
     * for each stripped line, worked out on first use (0: not yet, else 1 + the answer): the
     * masthead rule looks ahead at lines the parse loop then reads again, and asks whether a line
     * below each candidate is a byline or date again and again for a run of candidates (several
     * regexes each). A rule's array is made when first needed: most pages have no masthead question.
     */
    private final byte[][] answers = new byte[3][];
    private static final int CHROME = 0;
    private static final int NAVIGATION_RUN = 1;
    private static final int BYLINE_OR_DATE = 2;

    PageLines(String text) {
        this.text = text;
        int capacity = 64;
        int[] lineStarts = new int[capacity];
        int[] lineEnds = new int[capacity];
        int[] sStarts = new int[capacity];
        int[] sEnds = new int[capacity];
        int n = 0;
        int start = 0;
        while (true) { // one search per line: the lines are not counted first
            int end = text.indexOf('\n', start);
            boolean last = end < 0;
            if (last) {
                end = text.length();
            }
            if (n == capacity) {
                capacity *= 2;
                lineStarts = Arrays.copyOf(lineStarts, capacity);
                lineEnds = Arrays.copyOf(lineEnds, capacity);
                sStarts = Arrays.copyOf(sStarts, capacity);
                sEnds = Arrays.copyOf(sEnds, capacity);
            }
            lineStarts[n] = start;
            lineEnds[n] = end;
            int s = start;
            int e = end;
            // String.strip() drops Character.isWhitespace code points; no supplementary one is
            // white space, so testing each char gives the same bounds.
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            sStarts[n] = s;
            sEnds[n] = e;
            n++;
            if (last) {
                break;
            }
            start = end + 1;
        }
        count = n;
        starts = lineStarts;
        ends = lineEnds;
        strippedStarts = sStarts;
        strippedEnds = sEnds;
        stripped = new String[n];
    }

    String text() {
        return text;
    }

    int count() {
        return count;
    }

    /** The line as it stands in the text. */
    String raw(int i) {
        return text.substring(starts[i], ends[i]);
    }

    int rawLength(int i) {
        return ends[i] - starts[i];
    }

    /** {@code raw(i).strip()}. */
    String stripped(int i) {
        String s = stripped[i];
        if (s == null) {
            s = text.substring(strippedStarts[i], strippedEnds[i]);
            stripped[i] = s;
        }
        return s;
    }

    /** {@code PageChrome.is(stripped(i))}, worked out once. */
    boolean isChrome(int i) {
        return remembered(CHROME, i, PageChrome::is);
    }

    /** {@code Furniture.bundled().isNavigationRun(stripped(i))}, worked out once. */
    boolean isNavigationRun(int i) {
        return remembered(NAVIGATION_RUN, i, line -> Furniture.bundled().isNavigationRun(line));
    }

    /** {@code PlainTextPageParser.isBylineOrDate(stripped(i))}, worked out once. */
    boolean isBylineOrDate(int i) {
        return remembered(BYLINE_OR_DATE, i, PlainTextPageParser::isBylineOrDate);
    }

    private boolean remembered(int rule, int i, Predicate<String> test) {
        byte[] known = answers[rule];
        if (known == null) {
            known = new byte[count];
            answers[rule] = known;
        }
        if (known[i] == 0) {
            known[i] = (byte) (test.test(stripped(i)) ? 2 : 1);
        }
        return known[i] == 2;
    }

    int strippedStart(int i) {
        return strippedStarts[i];
    }

    int strippedEnd(int i) {
        return strippedEnds[i];
    }

    /**
     * A page's body lines: strings made by the parser, and prose lines kept as places in the
     * page's text (copied out only if a rule reads them). {@link #joined} gives
     * {@code String.join("\n", lines)}.
     */
    static final class BodyLines extends java.util.AbstractList<String> {
        private final String text;
        private String[] lines = new String[32];
        /** For a line kept as a place: its start and end in the text (start -1 for a string line). */
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private int size;

        BodyLines(String text) {
            this.text = text;
        }

        private void grow() {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
        }

        @Override
        public boolean add(String line) {
            grow();
            lines[size] = line;
            starts[size] = -1;
            size++;
            return true;
        }

        /** Adds {@code text[start, end)} as a line, without copying it yet. */
        void addPlace(int start, int end) {
            grow();
            lines[size] = null;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        @Override
        public String get(int k) {
            if (k >= size) {
                throw new IndexOutOfBoundsException(k);
            }
            String s = lines[k];
            if (s == null) {
                s = text.substring(starts[k], ends[k]);
                lines[k] = s;
            }
            return s;
        }

        /** {@code get(k).length()}, without making the string. */
        int length(int k) {
            return lines[k] != null ? lines[k].length() : ends[k] - starts[k];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            Arrays.fill(lines, 0, size, null);
            size = 0;
        }

        /** The buffer {@link #joined} last filled. */
        private char[] joinedChars;

        /** {@code String.join("\n", this)}. */
        String joined() {
            int chars = Math.max(0, size - 1);
            for (int k = 0; k < size; k++) {
                chars += length(k);
            }
            // Copied into a char array in bulk: StringBuilder.append(text, start, end) copies
            // one character at a time.
            char[] out = JOINED.get();
            if (out.length < chars) {
                out = new char[Math.max(chars, 2 * out.length)];
                if (out.length <= KEPT_BUFFER) { // a huge page's buffer is not kept for the thread's life
                    JOINED.set(out);
                }
            }
            int at = 0;
            for (int k = 0; k < size; k++) {
                if (k > 0) {
                    out[at++] = '\n';
                }
                if (lines[k] != null) {
                    lines[k].getChars(0, lines[k].length(), out, at);
                } else {
                    text.getChars(starts[k], ends[k], out, at);
                }
                at += length(k);
            }
            joinedChars = out;
            return new String(out, 0, chars);
        }

        /**
         * The characters of the text {@link #joined} last gave, from index 0: a search over them
         * needs no copy of the String. Overwritten by the thread's next {@code joined()}.
         */
        char[] joinedChars() {
            return joinedChars;
        }

        /** The largest buffer a thread keeps between pages (chars). */
        private static final int KEPT_BUFFER = 1 << 20;

        private static final ThreadLocal<char[]> JOINED = ThreadLocal.withInitial(() -> new char[8192]);
    }
}
