package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The small YAML subset used in Markdown front matter, and how its keys map onto a page. */
final class FrontMatter {
    private FrontMatter() {}

    static Map<String, Object> parse(String block) {
        Map<String, Object> out = new LinkedHashMap<>();
        String listKey = null;
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String t = line.strip();
            if (t.startsWith("- ") && listKey != null) {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) out.computeIfAbsent(listKey, k -> new ArrayList<String>());
                list.add(unquote(t.substring(2)));
                continue;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = t.substring(colon + 1).strip();
            if (value.isEmpty()) {
                listKey = key;
                out.put(key, new ArrayList<String>());
            } else if (value.startsWith("[") && value.endsWith("]")) {
                List<String> list = new ArrayList<>();
                for (String v : value.substring(1, value.length() - 1).split(",")) {
                    if (!v.isBlank()) {
                        list.add(unquote(v.strip()));
                    }
                }
                out.put(key, list);
                listKey = null;
            } else {
                out.put(key, unquote(value));
                listKey = null;
            }
        }
        return out;
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    static void apply(Map<String, Object> front, ParsedPage page) {
        front.forEach((key, value) -> {
            String str = value instanceof String s ? s : null;
            List<String> list = value instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : (str == null ? List.of() : List.of(str.split("\\s*[,;]\\s*")));
            switch (key) {
                case "title" -> page.title = str;
                case "kind", "type" -> page.explicitKind = str;
                case "source", "publication", "podcast", "site", "publisher" -> page.source = str;
                case "url", "link" -> page.url = str;
                case "date", "published", "pubdate" -> page.explicitDate = str;
                case "author", "authors", "by", "byline", "writer", "writers", "creator" -> page.authors = new ArrayList<>(list);
                case "speakers", "hosts", "guests", "host", "guest" -> {
                    if (page.explicitSpeakers == null) {
                        page.explicitSpeakers = new ArrayList<>();
                    }
                    page.explicitSpeakers.addAll(list);
                }
                case "countries" -> page.explicitCountries = list;
                case "topics" -> page.explicitTopics = list;
                case "language", "lang" -> page.explicitLanguage = str;
                case "summary", "description" -> page.summary = str;
                default -> { }
            }
        });
    }
}
