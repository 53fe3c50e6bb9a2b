package org.dossier.extract.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses HTML with jsoup: metadata from {@code <title>} and meta tags (og:title, og:site_name,
 * article:published_time, author, description, canonical URL), text from the article/main element
 * with navigation, scripts, styles, footers and share widgets removed. The text then goes through
 * the plain-text parser so the same furniture and byline rules apply.
 */
public final class HtmlParser {
    private static final String FURNITURE = "script, style, noscript, nav, footer, aside, form, iframe, svg, "
            + "button, [role=navigation], [aria-hidden=true], .share, .social, .related, .newsletter, "
            + ".advertisement, .ad, .breadcrumb, .breadcrumbs, .menu, .cookie, .comments";

    private final PlainTextPageParser text = new PlainTextPageParser();
    /** Elements that hold a page's date, source or byline beside its text block. */
    private static final String META_BLOCKS = ".time, .date, .pubdate, .publish-time, .source, .byline, .author";

    public ParsedPage parse(String html) {
        Document doc = Jsoup.parse(html);
        String ogTitle = meta(doc, "og:title");
        String siteName = meta(doc, "og:site_name");
        // Publication-date meta as publishers, repositories (Highwire "citation_*", read by Google
        // Scholar) and Dublin Core write it; then schema.org's JSON-LD; then a <time> element.
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "citation_publication_date"),
                meta(doc, "citation_date"), meta(doc, "citation_online_date"), meta(doc, "date"),
                meta(doc, "pubdate"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.issued"),
                meta(doc, "dcterms.date"), meta(doc, "publication_date"), jsonLdDate(doc),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        // An episode page: an audio player, or a container named for the episode ("podcast-view",
        // "episode-detail"). Such pages keep a CMS's default og:type "article", which then says nothing.
        boolean audioPlayer = doc.selectFirst("audio, source[type^=audio]") != null;
        boolean episodeBlock = episodeContainer(doc);
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"),
                text(doc.selectFirst("[rel=author], .byline, .author")));
        List<String> ldAuthors = author == null ? jsonLdAuthors(doc) : List.of();
        if (author == null && ldAuthors.isEmpty()) {
            ldAuthors = authorBlockNames(doc);
        }
        String description = firstNonBlank(meta(doc, "description"), meta(doc, "og:description"));
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        String ogType = meta(doc, "og:type");
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : h1.text().strip();

        String furnitureText = footerText(doc);
        doc.select(FURNITURE).remove();
        doc.select("header").forEach(h -> {
            if (h.selectFirst("h1") == null) {
                h.remove(); // site header; an article header holding the h1 stays
            }
        });
        Element root = mainContent(doc);
        List<String> lines = new ArrayList<>();
        if (root != null && h1 != null && !h1.parents().contains(root) && root != h1) {
            // The content block alone (".content" under the headline): the date and byline
            // printed between the headline and it are the page's header.
            for (Element e : doc.select(META_BLOCKS)) {
                String t = e.text().strip();
                if (!t.isEmpty() && t.length() < 120 && !e.parents().contains(root) && lines.size() < 10) {
                    lines.add(t);
                    lines.add("");
                }
            }
        }
        if (root != null) {
            // Every block's text, the title heading included (as the page shows it): paragraph
            // elements alone lose the text saved pages put straight in divs, sections and cells.
            for (String t : blockLines(root)) {
                lines.add(t);
                lines.add("");
            }
        }
        String title = firstNonBlank(h1Text, ogTitle, cleanTitle(doc.title(), siteName));
        StringBuilder sb = new StringBuilder();
        sb.append(title == null ? "" : title).append("\n\n");
        if (published != null) {
            sb.append("Published: ").append(published).append("\n");
        }
        sb.append("\n").append(String.join("\n", lines));
        ParsedPage page = text.parse(sb.toString());
        page.title = title != null ? title : page.title;
        if (siteName != null) {
            page.source = siteName;
        }
        if (url != null) {
            page.url = url;
        }
        if (author != null && page.authors.isEmpty()) {
            page.authors.addAll(NameLists.split(
                    author.replaceFirst("^(?i)(?:(?:written|posted|words|text|story|interview(?:ed)?(?: and text)?) )?by\\s+", "")));
        }
        if (page.authors.isEmpty()) {
            page.authors.addAll(ldAuthors); // schema.org's "author": [{"@type": "Person", "name": ...}]
        }
        if (description != null && page.summary == null) {
            page.summary = description;
        }
        if ("article".equalsIgnoreCase(ogType) && !audioPlayer && !episodeBlock) {
            page.articlePage = true;
        }
        page.podcastPage |= episodeBlock;
        page.furniture = furnitureText;
        return page;
    }

    /** Blocks a page prints its author in, by class: "author-block", "article-author", "byline-wrap", "writer_info". */
    private static final String AUTHOR_BLOCKS = "[class*=author], [class*=byline], [class*=writer], [class*=contributor]";

    /**
     * The names in a page's author block when it has no author meta, byline element or JSON-LD: a
     * name in its own element beside a role ("<span>Jane Doe</span><span class=role>Fellow</span>"),
     * the first block holding one; blocks inside comments or related links are passed over.
     */
    private static List<String> authorBlockNames(Document doc) {
        List<String> out = new ArrayList<>(0);
        int blocks = 0;
        for (Element block : doc.select(AUTHOR_BLOCKS)) {
            if (++blocks > 4) {
                break;
            }
            boolean aside = false;
            for (Element a : block.parents()) {
                String cls = a.className().toLowerCase(Locale.ROOT);
                aside |= cls.contains("comment") || cls.contains("related");
            }
            if (aside) {
                continue;
            }
            for (Element e : block.select("a, span, strong, b, div, p, h3, h4, h5")) {
                String t = e.ownText().strip();
                if (t.length() > 3 && t.length() < 60 && !OtherBylines.isActionLabel(t)) {
                    String name = AuthorLine.name(t);
                    if (name != null && !out.contains(name)) {
                        out.add(name);
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern LD_DATE = Pattern.compile(
            "\"(?:datePublished|uploadDate|dateCreated)\"\\s*:\\s*\"([^\"]{4,40})\"");

    /** schema.org's publication date in a JSON-LD block ("datePublished", a video's "uploadDate"). */
    private static String jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.indexOf("\"date") < 0 && data.indexOf("\"uploadDate") < 0) {
                continue;
            }
            Matcher m = LD_DATE.matcher(data);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Class names of an episode page's main block: "episode", "podcast-view", "episode_detail". */
    private static final Pattern EPISODE_CLASS = Pattern.compile(
            "(?i)(?:podcast|episode)(?:[-_](?:view|page|detail|details|body|content|main|wrap|wrapper|container|single|post))?");

    private static boolean episodeContainer(Document doc) {
        // The block must hold the page's heading: a sidebar's "episode" cards do not.
        String heading = doc.selectFirst("h1") != null ? "h1" : "h2";
        for (Element e : doc.select("article[class], main[class], section[class], div[class]")) {
            for (String c : e.classNames()) {
                // the class name first (a character, then a regex), the heading search only then
                if ((c.startsWith("p") || c.startsWith("e") || c.startsWith("P") || c.startsWith("E"))
                        && EPISODE_CLASS.matcher(c).matches() && e.selectFirst(heading) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The people a page's JSON-LD names as its authors: "author" of the item (or of the items in an
     * "@graph"), a name string or Person objects; an Organization author is no person.
     */
    private static List<String> jsonLdAuthors(Document doc) {
        List<String> out = new ArrayList<>(0);
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.indexOf("\"author\"") < 0) {
                continue;
            }
            try {
                JsonNode root = JSON.readTree(data);
                List<JsonNode> items = new ArrayList<>();
                if (root.isArray()) {
                    root.forEach(items::add);
                } else if (root.has("@graph")) {
                    root.get("@graph").forEach(items::add);
                } else {
                    items.add(root);
                }
                for (JsonNode item : items) {
                    JsonNode a = item.get("author");
                    if (a == null) {
                        continue;
                    }
                    (a.isArray() ? a : JSON.createArrayNode().add(a)).forEach(one -> {
                        String name = one.isTextual() ? one.asText()
                                : "Organization".equals(one.path("@type").asText()) ? "" : one.path("name").asText("");
                        if (!name.isBlank() && !out.contains(name.strip())) {
                            out.add(name.strip());
                        }
                    });
                }
            } catch (Exception e) {
                // not JSON after all: the page's visible byline is read instead
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** The footers' lines (a store's region line sits there), for {@link ParsedPage#furniture}. */
    private static String footerText(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Element e : doc.select("footer")) {
            if (e.parents().stream().noneMatch(p -> p.normalName().equals("footer"))) {
                for (String t : blockLines(e)) {
                    sb.append(t).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * The element holding the page's text: the longest of the article, main and content
     * candidates, unless even that holds under a third of the body's text (a saved page's
     * ".content" may be a subscribe bar while the episode text sits in other divs), then the body.
     */
    private static Element mainContent(Document doc) {
        Element body = doc.body();
        int bodyLength = body == null ? 0 : body.text().length();
        Element article = doc.selectFirst("article");
        if (article != null && article.text().length() * 3 >= bodyLength) {
            return article;
        }
        Element best = null;
        int bestLength = 0;
        for (Element e : doc.select("article, main, [role=main], #content, .content")) {
            int n = e.text().length();
            if (n > bestLength) {
                best = e;
                bestLength = n;
            }
        }
        if (best == null || body == null) {
            return best != null ? best : body;
        }
        return bestLength * 3 >= bodyLength ? best : body;
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article",
            "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "br", "hr", "address",
            "details", "summary");

    /**
     * The element's text as lines: every block element (paragraphs, but also the divs, sections and
     * table cells saved pages put their text in directly) and every {@code <br>} breaks a line, so
     * text outside paragraphs is kept and separate blocks never run together.
     */
    static List<String> blockLines(Element root) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        }, root);
        List<String> out = new ArrayList<>();
        for (String l : sb.toString().split("\n")) {
            String t = l.replace('\u00a0', ' ').strip(); // text nodes come with their spaces collapsed
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** "Title | Site" or "Title - Site": drop the site part. */
    private static String cleanTitle(String title, String site) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        if (site != null) {
            t = t.replace(" | " + site, "").replace(" - " + site, "").replace(" – " + site, "");
        }
        return t.strip();
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Element e, String attr) {
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
