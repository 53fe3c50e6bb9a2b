package org.dossier.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.extract.facet.CountryGazetteer;
import org.dossier.extract.facet.DateExtractor;
import org.dossier.extract.facet.KindClassifier;
import org.dossier.extract.facet.LanguageDetector;
import org.dossier.extract.facet.SpeakerExtractor;
import org.dossier.extract.facet.TopicClassifier;
import org.dossier.extract.facet.TopicSkips;
import org.dossier.extract.parse.EpisodeTitles;
import org.dossier.extract.parse.HtmlParser;
import org.dossier.extract.parse.JsonDocumentParser;
import org.dossier.extract.parse.MarkdownParser;
import org.dossier.extract.parse.ParsedPage;
import org.dossier.extract.parse.PlainTextPageParser;
import org.dossier.extract.text.PhraseMatcher;
import org.dossier.model.Document;
import org.dossier.model.Kind;

/**
 * Turns one file's text into a {@link Document}: picks a parser by file extension, then fills the
 * facets (kind, date/year, countries, speakers, topics, language). Instances are immutable and
 * thread-safe; build one and reuse it, since loading the gazetteer and taxonomy is the costly part.
 */
public final class DocumentExtractor {

    private final CountryGazetteer gazetteer;
    private final TopicClassifier topics;
    private final DateExtractor dates = DateExtractor.bundled();
    private final SpeakerExtractor speakers;
    private final KindClassifier kinds = new KindClassifier();
    private final TopicSkips topicSkips = new TopicSkips();
    private final PlainTextPageParser plain = new PlainTextPageParser();
    private final HtmlParser html = new HtmlParser();
    private final MarkdownParser markdown = new MarkdownParser();
    private final JsonDocumentParser json = new JsonDocumentParser();

    /** Countries, topics and kind cues in one trie: one pass over the text finds them all. */
    private final PhraseMatcher<Object> lexicon = new PhraseMatcher<>();
    private static final int COUNTRY = 0;
    private static final int TOPIC = 1;
    private static final int KIND = 2; // and KIND + 1 for the kind triggers
    private static final int SPEAKER = 4; // one layer per speaker rule with triggers
    private static final int KIND_ONLY = 1 << KIND | 1 << (KIND + 1);
    private final int speakerMask;
    private final int all;
    private final int facets;

    private DocumentExtractor(TopicClassifier topics) {
        this.gazetteer = CountryGazetteer.bundled();
        this.topics = topics;
        this.speakers = new SpeakerExtractor(gazetteer);
        gazetteer.contribute(lexicon, COUNTRY);
        topics.contribute(lexicon, TOPIC);
        kinds.contribute(lexicon, KIND);
        speakers.contribute(lexicon, SPEAKER);
        speakerMask = ((1 << speakers.triggerLayers()) - 1) << SPEAKER;
        facets = 1 << COUNTRY | 1 << TOPIC;
        all = facets | KIND_ONLY;
    }

    private static final int[] NO_SKIP = new int[0];

    /** A kind cue's hit, held until it is known whether it falls in a window that counts. */
    private record KindHit(int start, int end, Object value) {}

    /** One document's dictionary evidence, gathered in a single pass per text part. */
    private final class Scan {
        final CountryGazetteer.Tally countries = gazetteer.tally();
        final TopicClassifier.Tally topicTally = topics.tally();
        final KindClassifier.Evidence kind = kinds.evidence();
        /** Speaker trigger hits {rule, start} in the speaker text (header, blank line, body). */
        final List<int[]> speakerHits = new ArrayList<>();
        int speakerOffset;
        /** When not null, kind cue hits are held here instead of counted (see {@link #window}). */
        List<KindHit> heldKindHits;
        /** Ranges of the text being scanned whose topic hits do not count ({@link TopicSkips}). */
        int[] topicSkip = NO_SKIP;
        int skipAt;
        /**
         * When not null, country and topic hits count only before {@link #facetEnd}, as hits in
         * this text (see {@link #titleAndHeader}).
         */
        String facetText;
        int facetEnd;

        void scan(String text, int from, int to, int mask) {
            if (text == null || from >= to) {
                return;
            }
            lexicon.scan(text, from, to, mask, (layer, s, e, v) -> {
                if (facetText != null && layer <= TOPIC && s >= facetEnd) {
                    return;
                }
                switch (layer) {
                    case COUNTRY -> countries.hit(facetText != null ? facetText : text, s, e, v);
                    case TOPIC -> {
                        while (skipAt < topicSkip.length && topicSkip[skipAt + 1] <= s) {
                            skipAt += 2;
                        }
                        if (skipAt >= topicSkip.length || s < topicSkip[skipAt]) {
                            topicTally.hit(v);
                        }
                    }
                    case KIND, KIND + 1 -> {
                        if (heldKindHits == null) {
                            kind.hit(text, s, v);
                        } else {
                            heldKindHits.add(new KindHit(s, e, v));
                        }
                    }
                    default -> speakerHits.add(new int[] {(Integer) v, speakerOffset + s});
                }
            });
            if ((mask & KIND_ONLY) != 0 && heldKindHits == null) {
                kind.lines(text, from, to);
            }
        }

        /**
         * Kind cues in {@code body[from, to)}, one end of a long body, from the kind hits of the
         * pass over the whole body: they are exactly what a pass over the window alone finds
         * unless a hit crosses a window edge (a longer cue may then hide a shorter one at the same
         * start, or the end of a cue before the window hide one inside it), and then the window is
         * scanned on its own.
         */
        void window(String body, int from, int to, List<KindHit> bodyHits) {
            for (KindHit h : bodyHits) {
                if (h.start() < from && h.end() > from || h.start() < to && h.end() > to) {
                    scan(body, from, to, KIND_ONLY);
                    return;
                }
            }
            for (KindHit h : bodyHits) {
                if (h.start() >= from && h.start() < to) {
                    kind.hit(body, h.start(), h.value());
                }
            }
            kind.lines(body, from, to);
        }

        /**
         * The title (countries, topics, kind cues) and the header (kind cues, speaker triggers).
         * A header that opens with the title line is scanned once for both: the title's
         * countries and topics are the hits before the line's end (no phrase holds a line
         * break, so none found there reaches past it, and each starts and ends where it would in
         * the title alone), and its kind cues are found again in the header, where they count
         * the same (a cue counts once, and both are read as the head).
         */
        void titleAndHeader(String title, String header) {
            kind.inHead = true;
            topicTally.title(true);
            if (opensWithLine(header, title)) {
                topicTally.addLength(title.length() + 2);
                facetText = title;
                facetEnd = title.length();
                scan(header, 0, header.length(), all | speakerMask);
                facetText = null;
                topicTally.title(false);
            } else {
                facetPart(title, all);
                topicTally.title(false);
                scan(header, 0, header.length(), KIND_ONLY | speakerMask);
            }
            kind.inHead = false;
        }

        /** A part of the facet text ({@code title, summary, chapters, body} joined by blank lines). */
        void facetPart(String text, int mask) {
            if (text == null || text.isEmpty()) {
                return;
            }
            topicTally.addLength(text.length() + 2);
            scan(text, 0, text.length(), mask);
        }

        /**
         * A store's or site's region line below the copyright line of the furniture ("United
         * States", "Country/Region: Japan", "United Kingdom (English)"): a country the page names.
         * Only a line that is nothing but a country counts; related links and tag lists, also set
         * aside as furniture, do not (they name other documents' subjects).
         */
        void regionLines(String furniture) {
            if (furniture == null || furniture.isEmpty()) {
                return;
            }
            int c = furniture.indexOf('©');
            int w = furniture.indexOf("Copyright");
            int from = c < 0 ? w : w < 0 ? c : Math.min(c, w);
            if (from < 0) {
                return;
            }
            from = furniture.indexOf('\n', from);
            while (from >= 0 && from < furniture.length()) {
                int eol = furniture.indexOf('\n', from + 1);
                String line = furniture.substring(from + 1, eol < 0 ? furniture.length() : eol).strip();
                from = eol;
                if (line.isEmpty() || line.length() > 60) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0 && colon < 20) {
                    line = line.substring(colon + 1).strip(); // "Country/Region: Japan"
                }
                int paren = line.indexOf(" (");
                if (paren > 0 && line.endsWith(")")) {
                    line = line.substring(0, paren); // "Canada (English)"
                }
                String l = line;
                lexicon.scan(l, 0, l.length(), 1 << COUNTRY, (layer, s, e, v) -> {
                    if (s == 0 && e == l.length()) {
                        countries.hit(l, s, e, v);
                    }
                });
            }
        }
    }

    /** The bundled gazetteer and topic taxonomy. */
    public static DocumentExtractor withDefaults() {
        return new DocumentExtractor(TopicClassifier.bundled());
    }

    /**
     * The bundled gazetteer with a user topic taxonomy in the bundled format.
     *
     * @throws IllegalArgumentException when the file is missing or malformed, saying what is wrong
     */
    public static DocumentExtractor withTaxonomy(Path taxonomyFile) {
        return new DocumentExtractor(TopicClassifier.fromFile(taxonomyFile));
    }

    /** Extracts a document; never throws on odd text. id, sourcePath and checksum stay null. */
    public Document extract(String fileName, String text) {
        String t = text == null ? "" : stripBom(text);
        ParsedPage page;
        try {
            page = parse(fileName, t);
        } catch (RuntimeException e) {
            // A parser bug must not lose the document: fall back to plain text.
            page = plain.parse(t);
        }
        return build(page, t);
    }

    private ParsedPage parse(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return html.parse(text);
        }
        if (name.endsWith(".json")) {
            return json.parse(text);
        }
        ParsedPage page = name.endsWith(".md") || name.endsWith(".markdown") ? markdown.parse(text) : plain.parse(text);
        page.furniture = tailAfterBody(text, page.body);
        return page;
    }

    /**
     * The lines of a text page after the end of its body: the footer and related links the
     * parser set aside ("More Episodes", a store's country line), where countries still count.
     */
    static String tailAfterBody(String raw, String body) {
        String b = body == null ? "" : body.strip();
        if (b.length() < 40) {
            return "";
        }
        String end = b.substring(b.length() - 40);
        int i = raw.lastIndexOf(end);
        return i < 0 ? "" : raw.substring(i + end.length());
    }

    private Document build(ParsedPage page, String raw) {
        EpisodeTitles.apply(page);
        String title = clean(page.title);
        String body = page.body == null ? "" : page.body.strip();
        String summary = clean(page.summary);

        // One pass per part for countries, topics and kind cues. Kind cues count in the title,
        // the header and the ends of the body; countries and topics in title, summary, chapters
        // and body.
        // Speaker triggers count in the header and the body, as one text (see speakerText).
        Scan scan = new Scan();
        String header = page.header == null ? "" : page.header;
        scan.titleAndHeader(title, header);
        // An abstract that repeats the body counts for countries (a second mention) but not for
        // topics, where the same sentences counted twice would add secondary themes.
        scan.facetPart(summary, page.summaryRepeatsBody ? 1 << COUNTRY : facets);
        scan.facetPart(page.chapters.isEmpty() ? null : String.join("\n", page.chapters), facets);
        scan.regionLines(page.furniture);
        scan.speakerOffset = header.isEmpty() ? 0 : header.length() + 2;
        int w = KindClassifier.WINDOW;
        // Readers' comments and lists of other documents name no topic of this one.
        scan.topicSkip = topicSkips.ranges(body);
        if (body.length() <= 2 * w) {
            scan.facetPart(body, all | speakerMask);
        } else {
            // Kind cues count only at the ends of a long body; the one pass over it finds them
            // everywhere, and those of the ends are then picked out.
            List<KindHit> bodyKindHits = new ArrayList<>();
            scan.heldKindHits = bodyKindHits;
            scan.facetPart(body, all | speakerMask);
            scan.heldKindHits = null;
            scan.window(body, 0, w, bodyKindHits);
            scan.window(body, body.length() - w, body.length(), bodyKindHits);
        }

        Kind kind = page.explicitKind == null ? null : Kind.fromId(page.explicitKind).orElse(null);
        if (kind == null) {
            kind = kinds.classify(scan.kind, title, body.length(), page.podcastPage, page.articlePage, page.podcastLinks);
        }

        LocalDate date = null;
        Integer year = null;
        if (page.explicitDate != null) {
            DateExtractor.Found f = parseExplicitDate(page.explicitDate);
            date = f.date();
            year = f.year();
        }
        if (date == null && year == null) {
            DateExtractor.Found f = dates.extract(page.header, body);
            if (f.year() == null) {
                // A label in the lines the parser set aside ("18K views  Streamed live on Feb 24,
                // 2025" above a YouTube transcript).
                f = dates.extractLabelled(rawHead(raw));
            }
            date = f.date();
            year = f.year();
        }

        List<String> countries = page.explicitCountries != null ? page.explicitCountries : scan.countries.countries();
        List<String> topicLabels = page.explicitTopics != null ? page.explicitTopics : scan.topicTally.classify();
        if (page.explicitTopics == null && !page.tags.isEmpty()) {
            topicLabels = withTaxonomyTags(topicLabels, page.tags);
        }

        List<String> speakerNames;
        if (page.explicitSpeakers != null) {
            speakerNames = page.explicitSpeakers;
        } else {
            List<String> listed = new ArrayList<>(page.people);
            for (String n : page.authors) {
                if (speakers.isPersonName(n)) {
                    listed.add(n); // not the agency of "By Jane Doe and John Roe, Reuters"
                }
            }
            for (String n : page.nameLines) {
                if (speakers.isPersonName(n)) {
                    listed.add(n);
                }
            }
            boolean conversation = kind == Kind.PODCAST || page.podcastPage;
            // The header too: "Remarks by Secretary X" names the speaker in the title line.
            speakerNames = speakers.extract(listed, summary, SpeakerExtractor.text(header, body), conversation, scan.speakerHits,
                    header.length());
        }

        String language = page.explicitLanguage != null ? page.explicitLanguage
                : LanguageDetector.detect(body.isEmpty() ? join(title, summary) : body);

        return Document.builder()
                .title(title)
                .kind(kind)
                .source(clean(page.source))
                .url(clean(page.url))
                .date(date)
                .year(year)
                .countries(countries)
                .topics(topicLabels)
                .speakers(speakerNames)
                .language(language)
                .summary(summary)
                .chapters(page.chapters)
                .body(body)
                .build();
    }

    /**
     * The item's own tags that are taxonomy labels ("sanctions"), added to the found topics; free
     * tags ("to read", "Korea", "Nukes") are not topics.
     */
    private List<String> withTaxonomyTags(List<String> found, List<String> tags) {
        List<String> out = new ArrayList<>(found);
        for (String label : topics.labels()) {
            for (String t : tags) {
                if (t.equalsIgnoreCase(label) && !out.contains(label)) {
                    out.add(label);
                }
            }
        }
        return out;
    }

    /** The first lines of the file as it came, where a platform prints its labelled date. */
    private static String rawHead(String raw) {
        int end = 0;
        for (int lines = 0; lines < 30 && end >= 0 && end < Math.min(raw.length(), 3000); lines++) {
            end = raw.indexOf('\n', end + 1);
        }
        return raw.substring(0, end < 0 ? Math.min(raw.length(), 3000) : Math.min(end, 3000));
    }

    private DateExtractor.Found parseExplicitDate(String value) {
        String v = value.strip();
        try {
            if (v.length() >= 10) {
                LocalDate d = LocalDate.parse(v.substring(0, 10));
                return new DateExtractor.Found(d, d.getYear());
            }
        } catch (RuntimeException e) {
            // not ISO; try the general date forms below
        }
        if (v.matches("\\d{4}")) {
            return new DateExtractor.Found(null, Integer.parseInt(v));
        }
        return dates.extract("Date: " + v, "");
    }

    /** Whether {@code text}'s first line is {@code line} (not empty, and holding no line break). */
    private static boolean opensWithLine(String text, String line) {
        return line != null && !line.isEmpty() && text.startsWith(line)
                && (text.length() == line.length() || text.charAt(line.length()) == '\n') && line.indexOf('\n') < 0;
    }

    private static String join(String... parts) {
        int length = 0;
        for (String p : parts) {
            length += p == null ? 0 : p.length() + 2;
        }
        StringBuilder sb = new StringBuilder(length); // sized once: growing copied the text over and over
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                sb.append(p).append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        // Runs of spaces, tabs and no-break spaces become one space.
        StringBuilder sb = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\u00a0';
            boolean run = space && (c != ' ' || i + 1 < t.length() && isSpace(t.charAt(i + 1)));
            if (sb == null && run) {
                sb = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (sb != null) {
                if (space) {
                    int j = i;
                    while (j + 1 < t.length() && isSpace(t.charAt(j + 1))) {
                        j++;
                    }
                    sb.append(' ');
                    i = j;
                } else {
                    sb.append(c);
                }
            }
        }
        String out = sb == null ? t : sb.toString();
        return out.isEmpty() ? null : out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
