package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Line and paragraph splitting by hand, giving exactly what three {@link java.util.regex} idioms
 * give ({@code split("\\R")}, {@code split("\\R\\s*\\R")}, {@code replaceAll("\\s*\\R\\s*", " ")})
 * at a fraction of the cost: a regex tries its pattern at every character of the text, and these
 * run over every document's body. {@code LineBreaksTest} checks them against the regexes on random
 * texts made of the characters that matter.
 *
 * <p>The characters, as {@code java.util.regex} defines them: a line break ({@code \R}) is
 * {@code \r\n} or one of {@code \n \u000B \f \r \u0085 \u2028 \u2029}; white space ({@code \s})
 * is one of {@code space \t \n \u000B \f \r}. So {@code \u0085}, {@code \u2028} and {@code \u2029}
 * break lines without being white space, which is why the code below treats them apart.
 */
public final class LineBreaks {
    private LineBreaks() {}

    /** {@code \s}: space, tab, and the four breaks that are also white space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || isSpaceBreak(c);
    }

    /** A line break that {@code \s} also matches. */
    private static boolean isSpaceBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A line break that {@code \s} does not match. */
    private static boolean isOtherBreak(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isBreak(char c) {
        return isSpaceBreak(c) || isOtherBreak(c);
    }

    /** Whether the text holds any line break at all. */
    public static boolean hasBreak(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text.split("\\R")}: the lines ({@code \r\n} is one break), with a leading empty line
     * when the text starts with a break, and without trailing empty lines.
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        if (newlinesOnly(text)) {
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (isBreak(c)) {
                    lines.add(text.substring(start, i));
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
        }
        if (lines.isEmpty()) {
            return List.of(text); // no break: the text itself, as split gives it
        }
        lines.add(text.substring(start));
        return withoutTrailingEmpty(lines);
    }

    /**
     * {@code text.split("\\R\\s*\\R")}: the text cut at blank lines, that is at two line breaks
     * with only white space between. As the regex reads it, a lone {@code \r\n} is two breaks.
     */
    public static List<String> paragraphs(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        boolean newlinesOnly = newlinesOnly(text);
        for (int i = nextBreak(text, 0, newlinesOnly); i >= 0; ) {
            int end = blankLineEnd(text, i);
            if (end >= 0) {
                parts.add(text.substring(start, i));
                start = end;
                i = nextBreak(text, end, newlinesOnly);
            } else {
                i = nextBreak(text, i + 1, newlinesOnly);
            }
        }
        if (parts.isEmpty()) {
            return List.of(text);
        }
        parts.add(text.substring(start));
        return withoutTrailingEmpty(parts);
    }

    /**
     * Where a match of {@code \R\s*\R} starting at {@code i} ends, or -1 when none starts there:
     * a break, then the longest run of white space that still leaves a break at its end (the
     * regex's greedy {@code \s*} giving back characters), then that break.
     */
    private static int blankLineEnd(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (!isBreak(c)) {
            return -1;
        }
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            int end = secondBreakEnd(text, i + 2);
            // Failing after \r\n, \R gives back the \n, which is then the second break itself.
            return end >= 0 ? end : i + 2;
        }
        return secondBreakEnd(text, i + 1);
    }

    /**
     * {@code \s*\R} from {@code from}: the end of the last break reachable through white space
     * (the character after the run may itself be a break that is not white space), or -1.
     */
    private static int secondBreakEnd(String text, int from) {
        int n = text.length();
        int lastBreak = -1;
        int r = from;
        while (r < n && isSpace(text.charAt(r))) {
            if (isSpaceBreak(text.charAt(r))) {
                lastBreak = r;
            }
            r++;
        }
        if (r < n && isOtherBreak(text.charAt(r))) {
            return r + 1;
        }
        // The last break of the run cannot be the \r of a \r\n: the \n after it would be later.
        return lastBreak >= 0 ? lastBreak + 1 : -1;
    }

    /**
     * {@code text.replaceAll("\\s*\\R\\s*", " ")}: every run of white space holding a line break
     * becomes one space (a break outside {@code \s}, such as {@code \u2028}, ends the run it
     * closes and the white space after it, so two of them in a row give two spaces).
     */
    public static String joinLines(String text) {
        if (newlinesOnly(text)) {
            return joinNewlines(text);
        }
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isSpace(c) && !isOtherBreak(c)) {
                i++;
                continue;
            }
            int r = i;
            boolean hasSpaceBreak = false;
            while (r < n && isSpace(text.charAt(r))) {
                hasSpaceBreak |= isSpaceBreak(text.charAt(r));
                r++;
            }
            int end;
            if (r < n && isOtherBreak(text.charAt(r))) {
                end = r + 1;
                while (end < n && isSpace(text.charAt(end))) {
                    end++;
                }
            } else if (hasSpaceBreak) {
                end = r;
            } else {
                i = r; // spaces and tabs only: kept as they are
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i).append(' ');
            copied = end;
            i = end;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /**
     * {@link #joinLines} for a text whose only breaks are {@code \n}: there, white space is space,
     * tab and {@code \n}, and each maximal run of it that holds a {@code \n} becomes one space.
     */
    private static String joinNewlines(String text) {
        int i = text.indexOf('\n');
        if (i < 0) {
            return text;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        for (; i >= 0; i = text.indexOf('\n', copied)) {
            int start = i;
            while (start > copied && isSpace(text.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            out.append(text, copied, start).append(' ');
            copied = end;
        }
        return out.append(text, copied, n).toString();
    }

    /**
     * Whether every line break in the text is a plain {@code \n}, as in nearly every file: then
     * breaks can be found with {@link String#indexOf(int)}, which the JVM runs many characters at a
     * time, rather than by testing each character.
     */
    private static boolean newlinesOnly(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\u000B') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    }

    /** The first line break at or after {@code from}, or -1. */
    private static int nextBreak(String text, int from, boolean newlinesOnly) {
        if (newlinesOnly) {
            return text.indexOf('\n', from);
        }
        for (int i = from; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> withoutTrailingEmpty(List<String> parts) {
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size);
    }
}
