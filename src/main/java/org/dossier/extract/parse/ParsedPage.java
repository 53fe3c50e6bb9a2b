package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What a format parser found in one file, before the facet extractors run. Fields a format states
 * explicitly (JSON fields, Markdown front matter, HTML meta tags) are kept apart in the
 * {@code explicit*} fields, because explicit values win over extracted ones.
 */
public final class ParsedPage {
    public String title;
    /** Lines above the body: title, date line, byline. Dates are looked for here first. */
    public String header = "";
    public String body = "";
    public String summary;
    /**
     * The summary is an abstract of the body (a feed item's description beside its content): it
     * repeats the body's sentences, so its topic phrases would be counted twice.
     */
    public boolean summaryRepeatsBody;
    public List<String> chapters = new ArrayList<>();
    public String source;
    public String url;
    /** Names the page lists as its people (podcast People block, HTML author meta, front matter). */
    public List<String> people = new ArrayList<>();
    /** Authors from a byline ("By Jane Doe and John Roe"). */
    public List<String> authors = new ArrayList<>();
    /**
     * Lines that look like a bare author name (a name line above the date): authors if the
     * speaker extractor agrees they are person names (not "Kim Visits Moscow").
     */
    public List<String> nameLines = new ArrayList<>();
    /** Structural podcast signs (cover/logo lines, People block), stronger than word cues. */
    public boolean podcastPage;
    /**
     * Weaker podcast signs a page shows before its furniture is stripped: links to listening
     * platforms ("Listen on Apple Podcasts", "Spotify | RSS"), a title ending "on Apple Podcasts",
     * feed audio fields. A news article may link its own podcast too, so these count less than
     * the layout in {@link #podcastPage}.
     */
    public boolean podcastLinks;
    /** Structural article signs (language switcher, 'Back to Top', og:type article). */
    public boolean articlePage;

    public String explicitKind;
    public String explicitDate;
    public String explicitLanguage;
    public List<String> explicitSpeakers;
    public List<String> explicitCountries;
    public List<String> explicitTopics;
    /**
     * A JSON item's own tags or keywords ("tags", "keywords", Zotero's [{"tag": ...}]): free words,
     * counted as topics only where one is a taxonomy label.
     */
    public List<String> tags = new ArrayList<>();
    /**
     * Page text the parser set aside as furniture (menus, related links, footers, comments): not
     * the document's text, but a country named there is still named on the page, so it counts
     * for countries only.
     */
    public String furniture = "";
}
