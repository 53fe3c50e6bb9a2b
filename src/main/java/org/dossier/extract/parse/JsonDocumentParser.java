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
        if (root != null && root.isArray() && root.size() == 1 && root.get(0).isObject()) {
            root = root.get(0); // a reference manager's export of one item: [{...}]
        }
        if (root == null || !root.isObject()) {
            return text.parse(json);
        }
        String body = str(root, "body");
        if (body == null) {
            body = str(root, "fullText");
        }
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
        // Reference managers (Zotero, CSL JSON) put the abstract beside the metadata; with no full
        // text it is the body, with one it is the summary.
        String abstractNote = firstStr(root, "abstractNote", "abstract");
        boolean abstractIsBody = false;
        if (body == null && abstractNote != null) {
            body = abstractNote;
            abstractIsBody = true;
        }
        // Scrapers name the title field after what they scrape: a news item's "headline", a podcast
        // feed's "episode_title". A literal "null" or "undefined" (a scraper's missing value) is none.
        String explicitTitle = firstStr(root, TITLE_FIELDS);
        ParsedPage page = text.parse(explicitTitle == null ? (body == null ? "" : body)
                : explicitTitle + "\n\n" + (body == null ? "" : body));
        if (explicitTitle != null) {
            page.title = explicitTitle;
        }
        page.explicitKind = str(root, "kind");
        if (page.explicitKind == null) {
            page.explicitKind = root.has("itemType") ? ReferenceItems.zoteroKind(str(root, "itemType"))
                    : ReferenceItems.cslKind(str(root, "type"));
        }
        if (page.explicitKind == null) {
            // A scraper's own genre field or roster: "record_type": "event_transcript",
            // "type": "podcast_episode", participants with "role": "moderator".
            page.explicitKind = JsonRecordKinds.labelled(root);
            if (page.explicitKind == null) {
                page.explicitKind = JsonRecordKinds.byRoles(root);
            }
        }
        if (str(root, "source") != null) {
            page.source = str(root, "source");
        } else if (firstStr(root, "show", "show_name", "podcast", "publication", "site_name") != null) {
            page.source = firstStr(root, "show", "show_name", "podcast", "publication", "site_name");
        } else if (firstStr(root, "publicationTitle", "container-title", "websiteTitle", "blogTitle",
                "programTitle", "seriesTitle") != null) {
            page.source = firstStr(root, "publicationTitle", "container-title", "websiteTitle", "blogTitle",
                    "programTitle", "seriesTitle");
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
        if (page.explicitDate == null) {
            page.explicitDate = ReferenceItems.cslDate(root.get("issued")); // CSL: {"date-parts": [[2024, 3, 12]]}
        }
        page.explicitLanguage = str(root, "language");
        if (str(root, "summary") != null) {
            page.summary = str(root, "summary");
        } else if (abstractNote != null && !abstractIsBody) {
            page.summary = abstractNote;
        } else if (body != null && str(root, "description") != null && !body.equals(str(root, "description"))) {
            // A feed item's description beside its content: the episode's own summary (its
            // mentions count toward countries and topics, its intro names the speakers).
            page.summary = str(root, "description");
            page.summaryRepeatsBody = true;
        }
        page.podcastPage |= hasAudio(root) || JsonRecordKinds.hasEpisodeKey(root);
        page.explicitSpeakers = list(root, "speakers");
        page.explicitCountries = list(root, "countries");
        page.explicitTopics = list(root, "topics");
        for (String f : List.of("tags", "keywords")) {
            JsonNode n = root.get(f);
            if (n != null && n.isArray()) {
                n.forEach(v -> {
                    String t = v.isObject() ? v.path("tag").asText("") : v.isValueNode() ? v.asText() : "";
                    if (!t.isBlank()) {
                        page.tags.add(t.strip());
                    }
                });
            } else if (n != null && n.isTextual()) {
                page.tags.addAll(list(root, f));
            }
        }
        // "authors": ["Jane Doe"] or [{"name": "Jane Doe", "url": ...}], as schema.org-minded scrapers write them
        List<String> authors = root.get("authors") != null && root.get("authors").isArray() ? personNames(root.get("authors"))
                : list(root, "authors");
        if (authors != null && authors.isEmpty()) {
            authors = null;
        }
        if (authors == null) {
            // Zotero "creators" [{firstName, lastName, creatorType}], CSL "author" [{given, family}]:
            // authors and contributors speak; editors, translators and series editors do not.
            authors = ReferenceItems.creators(root.get("creators"), root.get("author"));
        }
        if (authors == null && root.get("author") != null && root.get("author").isValueNode()
                && str(root, "author") != null) {
            authors = NameLists.split(str(root, "author"));
        }
        if (authors == null) {
            // "byline": "By Jane Doe and John Roe", or a list of names like "authors"
            String byline = str(root, "byline");
            if (root.get("byline") != null && root.get("byline").isArray()) {
                authors = list(root, "byline");
            } else if (byline != null) {
                List<String> named = OtherBylines.isByline(byline) ? OtherBylines.bylineNames(byline) : NameLists.split(byline);
                authors = named.isEmpty() ? null : named;
            }
        }
        // A podcast record's people: its hosts and guests all speak ("hosts": ["Jane Doe"], "guest": "John Roe").
        for (String f : PEOPLE_FIELDS) {
            List<String> people = root.get(f) != null && root.get(f).isArray() ? personNames(root.get(f)) : null;
            if (people == null && str(root, f) != null && root.get(f).isValueNode()) {
                people = NameLists.split(str(root, f));
            }
            if (people != null && !people.isEmpty()) {
                if (authors == null) {
                    authors = new ArrayList<>();
                } else if (!(authors instanceof ArrayList)) {
                    authors = new ArrayList<>(authors);
                }
                for (String name : people) {
                    if (!authors.contains(name)) {
                        authors.add(name);
                    }
                }
            }
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

    /** Title fields by preference: the item's own title before a feed's episode or a news item's headline. */
    private static final String[] TITLE_FIELDS = {"title", "episode_title", "episodeTitle", "headline"};

    /** A podcast record's speaking people. */
    private static final String[] PEOPLE_FIELDS = {"hosts", "host", "guests", "guest", "presenters", "presenter"};

    /** Names from a list of strings or of objects with a "name" ({"name": "Jane Doe", "role": "host"}). */
    private static List<String> personNames(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(v -> {
            String n = v.isObject() ? v.path("name").asText("") : v.isValueNode() ? v.asText() : "";
            if (!n.isBlank() && !isMissing(n.strip())) {
                out.add(n.strip());
            }
        });
        return out;
    }

    /** A scraper's placeholder for a missing value, written out as text. */
    private static boolean isMissing(String s) {
        return s.equalsIgnoreCase("null") || s.equalsIgnoreCase("undefined") || s.equalsIgnoreCase("none")
                || s.equalsIgnoreCase("n/a") || s.equals("NaN");
    }

    private static final List<String> DATE_FIELDS = List.of(
            "date", "publish_date", "published_date", "published", "published_at", "publishedAt",
            "datePublished", "pubDate", "pub_date", "date_published", "release_date", "releaseDate",
            // an episode's or an event's own day, before a record's creation time
            "air_date", "airDate", "aired", "episode_date", "event_date", "eventDate", "recorded", "recorded_at",
            "created_at", "timestamp");

    private static String firstStr(JsonNode root, String... fields) {
        for (String f : fields) {
            String v = str(root, f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String str(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.isBlank() || isMissing(s.strip()) ? null : s.strip();
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
