package org.dossier.extract.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Items exported by reference managers: Zotero's JSON ({@code itemType}, {@code creators} with
 * {@code firstName}/{@code lastName}/{@code creatorType}) and CSL JSON ({@code type}, {@code author}
 * with {@code given}/{@code family}, {@code issued.date-parts}).
 */
final class ReferenceItems {
    /** Creator roles whose people are the item's voices; editors and translators are not. */
    private static final Set<String> SPEAKING_ROLES = Set.of("author", "contributor", "podcaster", "presenter",
            "guest", "interviewee", "interviewer");
    private static final Set<String> ARTICLE_TYPES = Set.of("journalarticle", "newspaperarticle",
            "magazinearticle", "blogpost", "article-journal", "article-newspaper", "article-magazine",
            "post-weblog");

    private ReferenceItems() {}

    /**
     * The kind id for a Zotero {@code itemType}: journal, newspaper and magazine articles and blog
     * posts are articles, podcasts podcasts, every other item type other.
     */
    static String zoteroKind(String itemType) {
        if (itemType == null) {
            return null;
        }
        String t = itemType.strip().toLowerCase(Locale.ROOT);
        return ARTICLE_TYPES.contains(t) ? "article" : t.equals("podcast") ? "podcast" : "other";
    }

    /**
     * The kind id for a CSL {@code type}, only for CSL's own type names and the genre names of
     * official material ("Press release", "Readout", "Fact sheet": always 'other'): other scrapers'
     * "type" fields ("NewsArticle", "story") say nothing here.
     */
    static String cslKind(String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        if (ARTICLE_TYPES.contains(t)) {
            return "article";
        }
        return CSL_OTHER.contains(t) ? "other" : null;
    }

    private static final Set<String> CSL_OTHER = Set.of("book", "chapter", "report", "thesis", "legislation",
            "legal_case", "bill", "hearing", "speech", "treaty", "regulation", "dataset", "paper-conference",
            // scrapers' own genre names for official material ("type": "Press release")
            "press release", "press_release", "press-release", "statement", "joint statement", "readout",
            "fact sheet", "factsheet", "communique", "communiqué", "press briefing", "briefing", "white paper");

    /** Names of the speaking creators, or null when the item lists none in these forms. */
    static List<String> creators(JsonNode zotero, JsonNode csl) {
        List<String> out = new ArrayList<>();
        boolean seen = false;
        for (JsonNode list : new JsonNode[] {zotero, csl}) {
            if (list == null || !list.isArray()) {
                continue;
            }
            for (JsonNode c : list) {
                if (!c.isObject()) {
                    continue;
                }
                seen = true;
                String role = c.path("creatorType").asText("author");
                if (!SPEAKING_ROLES.contains(role)) {
                    continue;
                }
                String first = firstText(c, "firstName", "given");
                String last = firstText(c, "lastName", "family");
                // A one-field creator ("name", "literal", or a last name alone with Zotero's
                // fieldMode 1) is an institution: "Ministry of Defense" does not speak.
                if (first != null && last != null) {
                    out.add(first + " " + last);
                }
            }
        }
        return seen ? out : null;
    }

    /** A CSL date {"date-parts": [[2024, 3, 12]]} as ISO text (or just the year), else null. */
    static String cslDate(JsonNode issued) {
        if (issued == null) {
            return null;
        }
        if (issued.isTextual()) {
            return issued.asText();
        }
        JsonNode parts = issued.path("date-parts").path(0);
        if (!parts.isArray() || parts.isEmpty()) {
            return issued.path("raw").isTextual() ? issued.path("raw").asText() : null;
        }
        int y = parts.path(0).asInt();
        if (parts.size() < 3) {
            return String.valueOf(y);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, parts.path(1).asInt(), parts.path(2).asInt());
    }

    private static String firstText(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
