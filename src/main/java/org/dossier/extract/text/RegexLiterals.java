package org.dossier.extract.text;

/** What a regular expression needs literally, so texts that lack it can be skipped cheaply. */
public final class RegexLiterals {
    private RegexLiterals() {}

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
