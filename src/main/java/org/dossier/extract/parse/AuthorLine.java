package org.dossier.extract.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header line that is only a person's name, maybe with an office after a comma or a city after
 * "in": "Artyom Lukin", "Antony J. Blinken, Secretary of State", "Justin McCurry in Tokyo". Analysis sites and press statements print the
 * author so, without "By", right above the date.
 */
final class AuthorLine {
    /**
     * Two to four capitalised words, initials ("J.") allowed ("Mc" and "Mac" names too); then
     * nothing, ", Office" or " in City".
     */
    private static final Pattern NAME = Pattern.compile(
            "^(?<name>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?(?: (?:\\p{Lu}\\.|(?:Mc|Mac)?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?)){1,3})(?:, \\p{Lu}[^,]{2,60}| in \\p{Lu}[\\p{L}. -]{1,30})?$");

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
