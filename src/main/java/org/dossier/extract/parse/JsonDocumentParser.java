package org.dossier.extract.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a JSON object with explicit fields (title, kind, source, url, date, speakers, countries,
 * topics, language, summary, body). Explicit fields win; the body goes through the plain-text
 * parser so that whatever is missing can be extracted from it. Text that is not a JSON object is
 * treated as plain text rather than failing.
 */
public final class JsonDocumentParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PlainTextPageParser text = new PlainTextPageParser();

    public ParsedPage parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) {
            return text.parse(json);
        }
        if (root == null || !root.isObject()) {
            return text.parse(json);
        }
        String body = str(root, "body");
        if (body == null) {
            body = str(root, "text");
        }
        if (body == null) {
            body = str(root, "content");
        }
        if (body == null) {
            body = str(root, "description");
        }
        // the page parser takes a page's first line as its title: with an explicit title, give it
        // that line, so a one-line body is not mistaken for a title and lost
        String explicitTitle = str(root, "title");
        ParsedPage page = text.parse(explicitTitle == null ? (body == null ? "" : body)
                : explicitTitle + "\n\n" + (body == null ? "" : body));
        if (str(root, "title") != null) {
            page.title = str(root, "title");
        }
        page.explicitKind = str(root, "kind");
        if (str(root, "source") != null) {
            page.source = str(root, "source");
        }
        if (str(root, "url") != null) {
            page.url = str(root, "url");
        }
        // The usual names of the publication date in scraper output (newspaper3k's publish_date,
        // schema.org's datePublished, feeds' pubDate...).
        for (String f : DATE_FIELDS) {
            if (page.explicitDate == null) {
                page.explicitDate = str(root, f);
            }
        }
        page.explicitLanguage = str(root, "language");
        if (str(root, "summary") != null) {
            page.summary = str(root, "summary");
        } else if (body != null && str(root, "description") != null && !body.equals(str(root, "description"))) {
            // A feed item's description beside its content: the episode's own summary (its
            // mentions count toward countries and topics, its intro names the speakers).
            page.summary = str(root, "description");
            page.summaryRepeatsBody = true;
        }
        page.podcastPage |= hasAudio(root);
        page.explicitSpeakers = list(root, "speakers");
        page.explicitCountries = list(root, "countries");
        page.explicitTopics = list(root, "topics");
        List<String> authors = list(root, "authors");
        if (authors == null && str(root, "author") != null) {
            authors = NameLists.split(str(root, "author"));
        }
        if (authors != null) {
            page.authors = new ArrayList<>(authors);
        }
        return page;
    }

    /** Feed fields only an audio item has (RSS enclosure, iTunes tags, podcast JSON exports). */
    private static final List<String> AUDIO_FIELDS = List.of(
            "itunes_duration", "duration", "audio_url", "audioUrl", "audio", "itunes_episode", "itunes_episodeType",
            "episode_number", "episodeNumber");

    /** Whether the object describes an audio episode: audio fields, or an audio enclosure. */
    private static boolean hasAudio(JsonNode root) {
        for (String f : AUDIO_FIELDS) {
            if (str(root, f) != null) {
                return true;
            }
        }
        JsonNode enc = root.get("enclosure");
        if (enc == null) {
            enc = root.get("enclosures");
        }
        String e = enc == null ? "" : enc.toString();
        return e.contains("audio/") || e.contains(".mp3") || e.contains(".m4a");
    }

    private static final List<String> DATE_FIELDS = List.of(
            "date", "publish_date", "published_date", "published", "published_at", "publishedAt",
            "datePublished", "pubDate", "pub_date", "created_at", "timestamp");

    private static String str(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.isBlank() ? null : s.strip();
    }

    private static List<String> list(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(v -> {
                if (v.isValueNode() && !v.asText().isBlank()) {
                    out.add(v.asText().strip());
                }
            });
        } else if (n.isTextual()) {
            for (String s : n.asText().split("\\s*[,;]\\s*")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
