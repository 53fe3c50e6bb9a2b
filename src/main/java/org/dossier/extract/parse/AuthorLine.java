package org.dossier.extract.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header line that is only a person's name, maybe with an office after a comma: "Artyom
 * Lukin", "Antony J. Blinken, Secretary of State". Analysis sites and press statements print the
 * author so, without "By", right above the date.
 */
final class AuthorLine {
    /** Two to four capitalised words, initials ("J.") allowed; then nothing, or ", Office". */
    private static final Pattern NAME = Pattern.compile(
            "^(?<name>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?)){1,3})(?:, \\p{Lu}[^,]{2,60})?$");

    private AuthorLine() {}

    /** The name, or null when the line is not a name line (or names an organisation). */
    static String name(String line) {
        Matcher m = NAME.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String name = m.group("name");
        return Mastheads.namesOrganisation(name) ? null : name;
    }
}
