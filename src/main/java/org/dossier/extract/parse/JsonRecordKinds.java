package org.dossier.extract.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.text.Resources;

/**
 * A scraped JSON record's genre from its own fields ({@code json-record-kinds.tsv}): a genre
 * field's value ("record_type": "event_transcript", "type": "podcast_episode"), the keys only an
 * episode has ("podcast", "hosts", "guests") and the roles of its participants (an event's
 * moderator and panelists, a show's host and guests).
 */
final class JsonRecordKinds {
    /** Fields scrapers name a record's genre in. */
    private static final List<String> GENRE_FIELDS = List.of("record_type", "recordType", "content_type",
            "contentType", "doc_type", "docType", "document_type", "item_type", "type", "format", "genre");
    /** Fields that list the people of an event or a show. */
    private static final List<String> ROSTER_FIELDS = List.of("participants", "people", "speakers", "panelists",
            "panel", "cast");

    private static final Map<String, Set<String>> WORDS = new HashMap<>(); // "kind:what" -> words
    static {
        for (String row : Resources.lines("json-record-kinds.tsv")) {
            String[] c = row.split("\t");
            if (c.length != 3) {
                throw new IllegalStateException("json-record-kinds.tsv: expected 3 columns in: " + row);
            }
            Set<String> set = WORDS.computeIfAbsent(c[0] + ":" + c[1], k -> new HashSet<>());
            for (String w : c[2].split("\\|")) {
                set.add(c[1].equals("key") ? w.strip() : w.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    private JsonRecordKinds() {}

    /** "podcast" or "other" as a genre field's value names it, or null. */
    static String labelled(JsonNode root) {
        for (String f : GENRE_FIELDS) {
            JsonNode n = root.get(f);
            if (n == null || !n.isTextual()) {
                continue;
            }
            String kind = kindOfWords(n.asText(), "value");
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** "podcast" or "other" as the roles of the record's participants name them, or null. */
    static String byRoles(JsonNode root) {
        for (String f : ROSTER_FIELDS) {
            JsonNode n = root.get(f);
            if (n == null || !n.isArray()) {
                continue;
            }
            int podcast = 0;
            int other = 0;
            for (JsonNode p : n) {
                String kind = p.isObject() && p.path("role").isTextual() ? kindOfWords(p.path("role").asText(), "role") : null;
                podcast += "podcast".equals(kind) ? 1 : 0;
                other += "other".equals(kind) ? 1 : 0;
            }
            if (podcast > 0 || other > 0) {
                return podcast >= other ? "podcast" : "other";
            }
        }
        return null;
    }

    /** Whether the record has a field only an episode record has. */
    static boolean hasEpisodeKey(JsonNode root) {
        for (String k : WORDS.getOrDefault("podcast:key", Set.of())) {
            JsonNode n = root.get(k);
            if (n != null && !n.isNull() && !(n.isTextual() && n.asText().isBlank()) && !(n.isArray() && n.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static String kindOfWords(String value, String what) {
        String[] words = value.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (String kind : new String[] {"podcast", "other"}) {
            Set<String> set = WORDS.getOrDefault(kind + ":" + what, Set.of());
            for (String w : words) {
                if (set.contains(w)) {
                    return kind;
                }
            }
        }
        return null;
    }
}
