package org.dossier.extract.facet;

import java.util.regex.Pattern;
import org.dossier.extract.text.RegexSyntax;

/** The number of a regex's named group, for reading a match's parts by number (Java 17 has no API for it). */
final class RegexGroups {

    private RegexGroups() {}

    /**
     * The number of group {@code name} in {@code regex}: capturing groups are counted in the
     * order their '(' stands, skipping escapes, quoted stretches and character classes. The count
     * of all groups is checked against the compiled pattern's, so a regex this reading gets wrong
     * fails at once instead of reading the wrong part.
     */
    static int number(String regex, String name) {
        int count = 0;
        int found = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = RegexSyntax.escapeEnd(regex, i);
            } else if (c == '[') {
                i = RegexSyntax.classEnd(regex, i);
                if (i < 0) {
                    break;
                }
            } else if (c == '(') {
                if (!regex.startsWith("(?", i)) {
                    count++;
                } else if (regex.startsWith("(?<", i) && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)) {
                    count++;
                    if (regex.startsWith("(?<" + name + ">", i)) {
                        found = count;
                    }
                }
            }
        }
        if (count != Pattern.compile(regex).matcher("").groupCount() || found == 0) {
            throw new IllegalStateException("cannot number group " + name + " of " + regex);
        }
        return found;
    }
}
