package org.dossier.extract.text;

/** What a regular expression needs literally, so texts that lack it can be skipped cheaply. */
public final class RegexLiterals {
    private RegexLiterals() {}

    /**
     * The literals one of which ends every match of a regex that ends with a group of plain
     * alternatives ("...\\s*(?:认为|表示|说)"), or null when it does not end so or when anything
     * could make the group match otherwise (flags, a '|' outside it, escapes or metacharacters in it).
     */
    public static String[] endingAlternatives(String regex) {
        if (!regex.endsWith(")")) {
            return null;
        }
        int open = regex.lastIndexOf("(?:");
        if (open < 0) {
            return null;
        }
        String inside = regex.substring(open + 3, regex.length() - 1);
        for (int i = 0; i < inside.length(); i++) {
            if ("\\[](){}.*+?^$".indexOf(inside.charAt(i)) >= 0) {
                return null; // not plain literals (and the group might not be the closing one)
            }
        }
        String before = regex.substring(0, open);
        if (before.contains("\\Q")) {
            return null; // a quoted stretch could hide a '|' or a parenthesis
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                // Only plain and named groups: a flag group ("(?i)") could make the literals match otherwise.
                boolean plain = !before.startsWith("(?", i) || before.startsWith("(?:", i)
                        || before.startsWith("(?<", i) && i + 3 < before.length() && Character.isLetter(before.charAt(i + 3));
                if (!plain) {
                    return null;
                }
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return null; // an alternative of the whole regex need not end with the group
            }
        }
        if (depth != 0 || inClass || inside.isEmpty()) {
            return null;
        }
        String[] literals = inside.split("\\|", -1);
        for (String l : literals) {
            if (l.isEmpty()) {
                return null; // an empty alternative: the group may match nothing
            }
        }
        return literals;
    }

    /** The literal characters a regex starts with ("새해" for "새해\\s*..."), up to its first metacharacter. */
    public static String prefix(String regex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if ("\\[](){}.*+?^$|".indexOf(c) >= 0) {
                if ((c == '?' || c == '*' || c == '{') && sb.length() > 0) {
                    sb.setLength(sb.length() - 1); // the last literal was optional
                }
                break;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
