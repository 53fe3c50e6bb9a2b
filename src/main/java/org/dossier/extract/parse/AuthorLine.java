package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** One name of a byline without 'By', maybe with " in City" after it. */
    private static final Pattern PART = Pattern.compile(
            "^(?<name>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?(?: (?:\\p{Lu}\\.|(?:Mc|Mac)?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?)){1,3})(?: in \\p{Lu}[\\p{L}. -]{1,30})?$");
    private static final Pattern SPLIT = Pattern.compile(",\\s*and\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*");

    private AuthorLine() {}

    /**
     * The names of a header line that is only a byline without "By": one name as {@link #name}, or
     * several, each maybe followed by its desk or city ("Jane Doe, Middle East correspondent, and
     * John Roe in Jerusalem", "Jane Doe and John Roe"). Empty when any part is something else.
     */
    static List<String> names(String line) {
        String styled = styledName(line);
        if (styled != null) {
            return List.of(styled);
        }
        String one = name(line);
        if (one != null) {
            return List.of(one);
        }
        String caps = capitalsWithDesk(line);
        if (caps != null) {
            return List.of(caps);
        }
        List<String> out = new ArrayList<>(2);
        String[] parts = SPLIT.split(line);
        if (parts.length < 2 || parts.length > 6) {
            return List.of();
        }
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            Matcher m = PART.matcher(p);
            if (m.matches() && !Mastheads.namesOrganisation(m.group("name"))) {
                out.add(m.group("name"));
            } else if (i == 0 || !isDesk(p)) {
                return List.of();
            }
        }
        return out;
    }

    /** Two to four words in capitals: "MINAMI YUKO", "JEAN-PAUL O'NEILL". */
    private static final Pattern CAPS_NAME = Pattern.compile("^\\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}[\\p{Lu}'’-]+){1,3}$");

    /**
     * A name in capitals with the writer's desk after a comma ("MINAMI YUKO, Nikkei staff writer",
     * "JANE DOE, Diplomatic Correspondent"), title-cased in the order written. Capitals alone
     * ("TRADE WAR") are a kicker: the desk is what makes the line a byline.
     */
    static String capitalsWithDesk(String line) {
        int comma = line.indexOf(',');
        if (comma < 5 || comma > 40 || !isDesk(line.substring(comma + 1).strip())) {
            return null;
        }
        String head = line.substring(0, comma).strip();
        if (!CAPS_NAME.matcher(head).matches()) {
            return null;
        }
        String name = NameLists.titleCase(head);
        return Mastheads.namesOrganisation(name) ? null : name;
    }

    /**
     * A name in the style of an office holder: "The Hon. Jane Doe MP", "The Rt Hon Jane Doe",
     * "H.E. Mr. Jane Doe", "Senator the Hon. Jane Doe", "Her Excellency Jane Doe". The style and the
     * post-nominal letters go.
     */
    private static final Pattern STYLE = Pattern.compile(
            "^(?:(?:Senator|Dr\\.?) )?(?:[Tt]he )?(?:Hon\\.?|Honourable|Honorable|Rt\\.? Hon\\.?|Right Honourable|H\\.\\s?E\\.|(?:His|Her) Excellency)"
            + "(?: (?:Mr|Mrs|Ms|Dr|Sir|Dame)\\.?)? (?<rest>\\p{Lu}.{3,60}?)(?:,? (?:MP|MLA|MHA|MSP|MS|QC|KC|AO|AC|AM|OBE|CBE|MBE|KCMG|CMG|PC))*$");

    /** The name of a line in an office holder's style, or null. */
    static String styledName(String line) {
        if (line.length() > 90 || line.indexOf("H") < 0 && line.indexOf("Excellency") < 0) {
            return null; // every style has an H (Hon, H.E., Honourable) or is "Excellency"
        }
        Matcher m = STYLE.matcher(line);
        return m.matches() ? name(m.group("rest")) : null;
    }

    /** "Jane Doe, Deputy Spokesperson", "The Hon. Jane Doe MP, Minister for Defence": the name, else null. */
    static String nameWithOffice(String line) {
        int comma = line.indexOf(',');
        if (comma < 5 || !isOffice(line.substring(comma + 1).strip())) {
            return null;
        }
        String head = line.substring(0, comma).strip();
        String styled = styledName(head);
        return styled != null ? styled : name(head);
    }

    /** A short line that is an office: "Minister for Defence", "Deputy Spokesperson", "Secretary of State". */
    static boolean isOffice(String line) {
        if (line.length() > 60 || line.isEmpty() || !Character.isUpperCase(line.charAt(0)) || line.endsWith(".")) {
            return false;
        }
        String[] words = line.toLowerCase(Locale.ROOT).split("[\\s,]+");
        if (words.length > 8) {
            return false;
        }
        for (String w : words) {
            if (OtherBylines.OFFICE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CITY = Pattern.compile("^in \\p{Lu}[\\p{L}. -]{1,30}$");

    /** A line that is only a reporter's desk or city: "Diplomatic editor", "in Seoul". */
    static boolean isDeskOrCity(String line) {
        return line.length() < 60 && (CITY.matcher(line).matches() || isDesk(line) && line.indexOf(',') < 0 || isOffice(line));
    }

    /** "Middle East correspondent", "diplomatic editor": a description ending with a desk word. */
    private static boolean isDesk(String part) {
        int sp = part.lastIndexOf(' ');
        String last = (sp < 0 ? part : part.substring(sp + 1)).toLowerCase(Locale.ROOT);
        return part.length() < 50 && OtherBylines.DESK.contains(last);
    }

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
