package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.FirstCharacters;

/**
 * Parses plain text, including pages scraped from podcast and article sites. Podcast pages have a
 * recognisable layout ("cover of episode TITLE", "logo of podcast NAME", a People block of
 * initial/name line pairs, then Topics, Chapters and the transcript); article pages have a header
 * of short lines (language switcher, section, title, date) and then prose.
 */
public final class PlainTextPageParser {

    private static final Pattern COVER = Pattern.compile("(?i)^cover of (?:episode|podcast)\\s+(.+)$");
    private static final Pattern LOGO = Pattern.compile("(?i)^logo of (?:podcast|show)\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·*\\-–]|\\d+[.)])\\s+");
    /**
     * A Korean wire byline at the start of the body: "(서울=연합뉴스) 김수연 기자 = 북한은...", the
     * reporter's name (or names) before 기자 (reporter) or 특파원 (correspondent) and an equals sign.
     */
    private static final Pattern LEAD_BYLINE_KO = Pattern.compile(
            "^(?:[(（][^)）\\n]{1,30}[)）]\\s*)?(?<names>[가-힣]{2,4}(?:[ ·,]{1,2}[가-힣]{2,4}){0,3})\\s*(?:기자|특파원|통신원)\\s*=");
    /** A Chinese byline line: "记者 李维 周雅琴", "新华社记者：张三、李四", "作者：王五". */
    private static final Pattern ZH_BYLINE = Pattern.compile(
            "^(?:本报|新华社|中新社)?(?:记者|記者|作者)\\s*[:：]?\\s*\\p{IsHan}{2,4}(?:[\\s、，,]+\\p{IsHan}{2,4}){0,4}$");
    /** A byline after a separator in a header line: "Analysis · 9 February 2024 · by Jane Doe", "Issue #12 | written by Jane Doe". */
    private static final Pattern INLINE_BYLINE = Pattern.compile("[·|•]\\s*(?:(?:[Ww]ritten|[Ww]ords) )?(?:[Bb]y|BY)\\s+(\\p{Lu}.+)$");

    /** Whether a line holds one of the separators INLINE_BYLINE opens with: else it cannot match. */
    private static boolean hasBylineSeparator(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('·') >= 0 || line.indexOf('•') >= 0;
    }
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:source|publication|publisher|podcast|show|site|url|link|episode date|date|published|update|updated|release date|alert code|last revised)\\s*[:：]\\s*(.*)$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    /** Lines that open a podcast page section; their content goes to summary/chapters, not body. */
    private static final Pattern SECTION_HEAD = Pattern.compile(
            "(?i)^(people|topics|chapters|deep dive|shownotes transcript|shownotes|transcript|translations\\s*[:：]?|中文)$");
    /**
     * The characters a line can start with for each line rule above to match it: most lines are
     * ruled out by one lookup, without a matcher (a header line faces many rules, and lines above
     * and below are looked at again).
     */
    private static final FirstCharacters COVER_FIRST = new FirstCharacters(COVER);
    private static final FirstCharacters LOGO_FIRST = new FirstCharacters(LOGO);
    private static final FirstCharacters SECTION_HEAD_FIRST = new FirstCharacters(SECTION_HEAD);
    private static final FirstCharacters ZH_BYLINE_FIRST = new FirstCharacters(ZH_BYLINE);
    private static final FirstCharacters LABEL_FIRST = new FirstCharacters(LABEL);
    private static final FirstCharacters URL_FIRST = new FirstCharacters(URL);
    private static final int PROSE = 200;
    /** Items of a tag or related-links list are short; a longer line is prose again. */
    private static final int LIST_ITEM = 120;
    private static final int LONG_TITLE = 320;
    /** Short lines at the body's start read for a byline left there (a masthead block, a reporter's line). */
    private static final int OPENING_LINES = 6;

    /**
     * Longer than any line a rule of the parse loop reads in the body (the longest limit is
     * {@link PageChrome}'s 240): such a line in the body is prose and goes there untouched.
     */
    private static final int PROSE_LINE = 240;

    private final Furniture furniture = Furniture.bundled();

    /** A platform's direction mark (U+200E to U+202E) before a title. */
    private static boolean isBidiMark(char c) {
        return c >= '\u200e' && c <= '\u202e';
    }

    public ParsedPage parse(String text) {
        ParsedPage page = new ParsedPage();
        // Most texts have no carriage return: then there is nothing to replace (each replace reads the text).
        String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        PageLines lines = new PageLines(unified);
        List<String> header = new ArrayList<>();
        PageLines.BodyLines body = new PageLines.BodyLines(unified);
        List<String> summary = new ArrayList<>();
        String section = null; // which podcast page section we are in
        boolean inBody = false;
        boolean titleSet = false;
        boolean inList = false; // inside a list of tags or related links
        String dek = null; // a standfirst below the title, above the byline or date
        int nextNoBreakSpace = unified.indexOf('\u00a0');

        for (int i = 0; i < lines.count(); i++) {
            int from = lines.strippedStart(i);
            int to = lines.strippedEnd(i);
            if (nextNoBreakSpace >= 0 && nextNoBreakSpace < from) {
                nextNoBreakSpace = unified.indexOf('\u00a0', from);
            }
            if (inBody && to - from > PROSE_LINE && (section == null || section.equals("people"))
                    && (page.title == null || page.title.length() != to - from)
                    && (nextNoBreakSpace < 0 || nextNoBreakSpace >= to) && !isBidiMark(unified.charAt(from))) {
                // A prose line in the body, as most lines are: every rule below passes over a line
                // this long (it ends a people block or a tag list), so it goes to the body as it
                // stands in the text, not copied out on its own.
                section = null;
                inList = false;
                body.addPlace(from, to);
                continue;
            }
            String line = withoutNoBreakSpaces(lines.stripped(i));
            if (!line.isEmpty() && isBidiMark(line.charAt(0))) {
                line = PodcastSigns.withoutBidiMarks(line); // a platform's direction mark before a title
            }
            if (line.isEmpty()) {
                if (inBody) {
                    body.add("");
                }
                continue;
            }
            Matcher m;
            if (!inBody && COVER_FIRST.admits(line) && (m = COVER.matcher(line)).matches()) {
                page.title = m.group(1).strip();
                titleSet = true;
                page.podcastPage = true;
                header.add(page.title);
                continue;
            }
            if (!inBody && LOGO_FIRST.admits(line) && (m = LOGO.matcher(line)).matches()) {
                page.source = m.group(1).strip();
                page.podcastPage = true;
                if (i + 2 < lines.count() && lines.stripped(i + 2).equals(page.source)) {
                    i += 2; // the logo line repeats as the show name after a blank line
                } else if (i + 1 < lines.count() && lines.stripped(i + 1).equals(page.source)) {
                    i += 1;
                }
                continue;
            }
            Matcher sh = line.length() <= 40 && SECTION_HEAD_FIRST.admits(line) ? SECTION_HEAD.matcher(line) : null;
            if (sh != null && sh.matches() && (page.podcastPage || !inBody)) {
                String s = sh.group(1).toLowerCase();
                if (s.equals("transcript") && !inBody && page.title == null && titleFollows(lines, i)) {
                    header.add(line); // "Transcript" above the episode's title: a page label
                    continue;
                }
                if (s.startsWith("people") || s.startsWith("topics") || s.startsWith("chapters")) {
                    section = s;
                    page.podcastPage = true;
                } else {
                    // Deep Dive / Shownotes Transcript / Translations / 中文: furniture; the
                    // transcript body follows.
                    section = s.startsWith("deep dive") ? "deepdive" : null;
                    if (!s.startsWith("deep dive")) {
                        inBody = true;
                    }
                }
                continue;
            }
            if (inBody && line.length() <= 40 && furniture.isListHeading(line)) {
                inList = true; // "Tags", "Related Articles": the list below is furniture too
                continue;
            }
            if (inList) {
                if (line.length() < LIST_ITEM) {
                    continue;
                }
                inList = false;
            }
            // (the page's own line, unchanged: its answers may be known from the masthead rule's look ahead)
            boolean asInPage = line == lines.stripped(i);
            if (line.length() <= 160 && (asInPage && line.indexOf('｜') < 0 ? lines.isNavigationRun(i)
                    : furniture.isNavigationRun(line.indexOf('｜') < 0 ? line : line.replace('｜', '|')))) {
                // "News Sports Business Opinion ...", "LATEST SINGAPORE ASIA WORLD": a navigation
                // bar, in the header or in the scraped body; neither a title nor country mentions.
                continue;
            }
            if ((asInPage ? lines.isChrome(i) : PageChrome.is(line)) || furniture.isFurnitureLine(line)) {
                if (!inBody) {
                    page.articlePage |= line.contains("简体") || line.contains("繁體");
                }
                String lower = line.toLowerCase();
                if (lower.startsWith("back to top") || lower.startsWith("you might also like")) {
                    page.articlePage = true;
                }
                continue;
            }
            if ("people".equals(section)) {
                if (isOneCapital(line) && i + 1 < lines.count()) {
                    continue; // avatar initial; the name is on the next line
                }
                // A name line has no digits or colon; "Episode Date: ..." ends the block.
                if (line.length() < 60 && !line.contains(":") && !hasDigit(line)) {
                    page.people.add(line);
                    continue;
                }
                section = null;
            }
            if ("topics".equals(section)) {
                summary.add(line);
                continue;
            }
            if ("chapters".equals(section) || "deepdive".equals(section)) {
                String item = BULLET.matcher(line).replaceFirst("").strip();
                if (!item.isEmpty()) {
                    page.chapters.add(item);
                }
                continue;
            }
            if (inBody && page.title != null && body.size() <= 8 && line.equals(page.title) && shortLines(body)) {
                // The headline repeated below a type label ("Cybersecurity Advisory", "Interviews"),
                // as an HTML page prints it above its h1: the lines above it are header lines too
                // (kind cues read them there); they stay in the text, where a section name
                // ("Alliances") still counts for topics.
                for (String b : body) {
                    if (!b.isEmpty()) {
                        header.add(b);
                    }
                }
            }
            // A byline's names, read once for the body's and the header's rules below (both ask).
            List<String> byline = line.length() < 160 && (!inBody || body.size() <= 30) ? OtherBylines.bylineNames(line) : null;
            if (inBody && byline != null) {
                // "By Jane Doe" below a run of short lines (a site's menu, a section, the
                // headline): the header ran on; its most substantial line is the title.
                String better = titleAbove(body, page.title);
                if (better != null) {
                    page.title = better;
                    for (String b : body) {
                        if (!b.isEmpty()) {
                            header.add(b);
                        }
                    }
                    body.clear();
                    inBody = false;
                } else if (body.size() <= 12 && headerLike(body)) {
                    // Below a dek ("Iran sells more oil today. How?"): still the header's byline.
                    page.authors.addAll(byline);
                    header.add(line);
                    continue;
                }
            }
            if (!inBody) {
                if (page.title != null && line.equals(page.title)) {
                    continue; // the scraped title repeats
                }
                if (byline != null) {
                    page.authors.addAll(byline);
                    header.add(line);
                    continue;
                }
                List<String> kept = titleSet ? OtherBylines.openingBylineNames(line) : null;
                if (kept != null) {
                    // "Von Jane Doe, Vilnius und Berlin": the byline ends the header and stays in the
                    // text, where its places are mentions as before.
                    page.authors.addAll(kept);
                    inBody = true;
                    body.add(line);
                    continue;
                }
                if (line.length() < 60 && ZH_BYLINE_FIRST.admits(line) && (m = ZH_BYLINE.matcher(line)).matches()) {
                    page.authors.addAll(NameLists.split(line)); // "记者 李维 周雅琴"
                    header.add(line);
                    continue;
                }
                if (line.length() < 160 && hasBylineSeparator(line) && (m = INLINE_BYLINE.matcher(line)).find()) {
                    page.authors.addAll(NameLists.split(m.group(1)));
                    header.add(line);
                    continue;
                }
                if (LABEL_FIRST.admits(line) && (m = LABEL.matcher(line)).matches()) {
                    String key = line.substring(0, line.indexOf(line.contains(":") ? ':' : '：')).strip().toLowerCase();
                    String value = m.group(1).strip();
                    if (key.equals("source") || key.equals("publication") || key.equals("publisher")
                            || key.equals("podcast") || key.equals("show") || key.equals("site")) {
                        page.source = value;
                        if (key.equals("podcast") || key.equals("show")) {
                            page.podcastPage = true;
                        }
                    } else if (key.equals("url") || key.equals("link")) {
                        page.url = value;
                    }
                    header.add(line);
                    continue;
                }
                if (isBreadcrumb(line)) {
                    header.add(line); // "Home > Press Releases > ...": its section names are kind cues
                    continue;
                }
                if (URL_FIRST.admits(line) && URL.matcher(line).matches()) {
                    if (page.url == null) {
                        page.url = line;
                    }
                    continue;
                }
                // The page's first line may be a long title (ministry pages: "Foreign Minister X's
                // remarks ... following talks with Y, Moscow, January 16, 2024"); prose ends a sentence.
                boolean firstLine = header.isEmpty() && body.isEmpty() && page.title == null;
                int titleMax = firstLine && !endsSentence(line) ? LONG_TITLE : PROSE;
                if (!titleSet && line.length() < titleMax) {
                    if (line.charAt(0) == '[' && line.charAt(line.length() - 1) == ']' && line.length() < 100
                            && line.indexOf(']') == line.length() - 1) {
                        header.add(line); // "[From the U.S. Government Publishing Office]": provenance
                        continue;
                    }
                    if (furniture.isSection(line) && nextNonBlankIsShort(lines, i)) {
                        continue; // section label above the title
                    }
                    if (looksLikeDateOrTime(line)) {
                        header.add(line);
                        continue;
                    }
                    if (ReleaseHeader.isLabelOrMeta(line) || ReleaseHeader.labelFollows(lines, i)) {
                        header.add(line); // "통일부 / 보도자료 / 담당부서 ...": issuer, genre, metadata
                        continue;
                    }
                    if (isKicker(line) && nextNonBlankIsShort(lines, i)) {
                        header.add(line); // "ARGUMENT", "ANALYSIS": a section kicker above the title
                        continue;
                    }
                    if (!firstLine && (line.endsWith(".") || line.endsWith("。")) && titleFollows(lines, i)) {
                        header.add(line); // a strapline under a kicker ("An expert's point of view.")
                        continue;
                    }
                    String holder = line.length() < 100 ? AuthorLine.styledName(line) : null;
                    if (holder == null && line.length() < 100 && line.indexOf(',') > 0) {
                        holder = AuthorLine.nameWithOffice(line);
                    }
                    if (holder != null) {
                        // "The Rt Hon Jane Doe MP" or "Jane Doe, Deputy Spokesperson" above the
                        // speech's or briefing's title: the speaker's line, not the title
                        page.nameLines.add(holder);
                        header.add(line);
                        continue;
                    }
                    if (Mastheads.isAboveTitle(lines, i)) {
                        header.add(line); // site, show or section name: kind cues still see it
                        continue;
                    }
                    String bare = PodcastSigns.withoutPlatformSuffix(line);
                    page.title = HEADLINE_TAG.matcher(bare == null ? line : bare).replaceFirst("");
                    String rest = bare == null ? titleContinues(line, lines, i) : null;
                    if (rest != null) { // a title broken over two lines
                        page.title = page.title + " " + rest;
                        header.add(line);
                        line = rest;
                        i++;
                    }
                    // A title with a platform's suffix is the platform's episode page: structural.
                    page.podcastPage |= bare != null;
                    titleSet = true;
                    header.add(line);
                    continue;
                }
                if (titleSet && body.isEmpty() && line.length() < 120 && hasNameDateSeparator(line)) {
                    // "Jane Doe | March 3, 2025", "Jane Doe and John Roe · 3 March 2025": names, then the date.
                    String[] nd = NAME_THEN_DATE.split(line, 2);
                    // "Show Name • Mar 3, 2023 • 41 min": an episode's meta line names the show, not a writer.
                    List<String> named = nd.length == 2 && looksLikeDateOrTime(nd[1].strip()) && !DURATION.matcher(nd[1]).find()
                            ? AuthorLine.names(nd[0].strip()) : List.of();
                    if (!named.isEmpty()) {
                        page.nameLines.addAll(named);
                        header.add(line);
                        continue;
                    }
                }
                if (titleSet && line.length() < 80 && looksLikeDateOrTime(line) && body.isEmpty()) {
                    header.add(line);
                    continue;
                }
                // A bare name above the date ("Artyom Lukin", "Antony J. Blinken, Secretary of
                // State"): the author, as analysis sites and press statements print it.
                int desk = titleSet && body.isEmpty() && line.length() < 100 ? deskLineBelow(lines, i) : -1;
                List<String> authors = titleSet && body.isEmpty() && line.length() < 100 && (desk > 0 || dateFollows(lines, i))
                        ? AuthorLine.names(line) : List.of();
                if (!authors.isEmpty()) {
                    page.nameLines.addAll(authors);
                    if (desk > 0) { // "Jane Doe" / "Diplomatic editor" / date: the desk line is the byline's too
                        header.add(line);
                        line = lines.stripped(desk);
                        i = desk;
                    }
                    header.add(line);
                    continue;
                }
                // A short header line that is not a date ("All News 15:21 March 10, 2025", a dek)
                // with a byline or a date right below it: still the header, so the byline is read.
                if (titleSet && body.isEmpty() && line.length() < 120 && bylineOrDateFollows(lines, i)) {
                    header.add(line);
                    if (line.length() >= 40 && section == null && summary.isEmpty() && !isCapitals(line)) {
                        dek = line; // the standfirst: the page's own summary, where its places count
                    }
                    continue;
                }
                inBody = true;
            }
            body.add(line);
        }
        String subject = MailHeaders.subject(text);
        if (subject != null) {
            page.title = subject; // a newsletter saved from a mail client: its Subject is the title
        }
        if (page.title != null && page.title.contains("/PV.")) {
            // "United Nations   S/PV.9791": a meeting record's masthead with its symbol; the record
            // has no headline but its agenda item ("Agenda" / "Non-proliferation/...")
            String item = agendaItem(lines);
            if (item != null) {
                page.title = item;
            }
        }
        page.podcastLinks |= PodcastSigns.linksPlatform(text);
        page.header = String.join("\n", header);
        if (page.podcastPage || page.podcastLinks) {
            closingCredit(body, page);
        }
        page.summary = summary.isEmpty() ? dek : String.join("\n", summary);
        String joined = body.joined();
        page.body = furniture.cleanBody(joined, body.joinedChars());
        if (page.authors.isEmpty()) {
            // A CJK header names the writer inside a meta line ("来源：某网　作者：王五") or on a
            // reporter's line right under it ("정민서 기자", among the body's first lines).
            for (String h : header) {
                page.authors.addAll(OtherBylines.headerLineNames(h));
            }
            // So does a newsletter's masthead block: "Issue #112 | written by Jane Doe".
            int seen = 0;
            for (int k = 0; k < body.size() && seen < OPENING_LINES && page.authors.isEmpty(); k++) {
                if (body.length(k) >= PROSE) {
                    break; // the first paragraph of prose: the opening block is over
                }
                String b = body.get(k);
                if (!b.isEmpty()) {
                    seen++;
                    page.authors.addAll(OtherBylines.headerLineNames(b));
                    Matcher m;
                    if (b.length() < 160 && (b.indexOf('|') > 0 || b.indexOf('·') > 0 || b.indexOf('•') > 0)
                            && (m = INLINE_BYLINE.matcher(b)).find()) {
                        page.authors.addAll(NameLists.split(m.group(1)));
                    }
                }
            }
        }
        if (page.authors.isEmpty()) {
            page.authors.addAll(OtherBylines.find(page.body));
        }
        if (page.authors.isEmpty() && page.body.indexOf('=') >= 0) {
            Matcher lead = LEAD_BYLINE_KO.matcher(page.body);
            if (lead.region(0, Math.min(page.body.length(), 120)).lookingAt()) {
                page.authors.addAll(NameLists.split(lead.group("names").replaceAll("[ ·]+", ",")));
            }
        }
        return page;
    }

    /** How far from a show page's end its closing credit is looked for. */
    private static final int CREDITS = 1500;
    /** A show's closing credit: "Harbour Hour is hosted by Jane Doe and John Roe, and produced in Oslo.", "Hosted by Jane Doe." */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:\\b(?:is|are) (?:produced and |written and )?(?:co-)?|^(?:Produced and )?(?:Co-)?)(?:hosted|presented|Hosted|Presented) by (?<names>\\p{Lu}[^.;:!?\\n]{2,120})");

    /**
     * The hosts a show page names only in its closing credit, read before the furniture goes (the
     * credit shares its paragraph with "rate us on Apple Podcasts", a promotion dropped whole).
     */
    private static void closingCredit(List<String> body, ParsedPage page) {
        int chars = 0;
        for (int k = body.size() - 1; k >= 0 && chars < CREDITS; k--) {
            String l = body.get(k);
            chars += l.length() + 1;
            if (l.indexOf("ed by ") < 0) {
                continue;
            }
            Matcher m = CREDIT.matcher(l);
            if (m.find()) {
                page.people.addAll(NameLists.split(m.group("names")));
                return;
            }
        }
    }

    /** How far into a meeting record its agenda is looked for. */
    private static final int AGENDA_LINES = 60;

    /** The line below a line "Agenda" among the first lines, when short and not a sentence; else null. */
    private static String agendaItem(PageLines lines) {
        for (int i = 0; i < lines.count() && i < AGENDA_LINES; i++) {
            if (lines.stripped(i).equalsIgnoreCase("agenda")) {
                for (int j = i + 1; j < lines.count() && j < i + 3; j++) {
                    String l = lines.stripped(j);
                    if (!l.isEmpty()) {
                        return l.length() < PROSE && !endsSentence(l) ? l : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * No-break spaces as plain spaces; looked for first, since a line rarely holds one and the
     * search is faster than the replacing loop.
     */
    private static String withoutNoBreakSpaces(String line) {
        return line.indexOf('\u00a0') < 0 ? line : line.replace('\u00a0', ' ');
    }

    /** An avatar's initial: one upper-case letter alone on its line (as the regex ^\p{Lu}$ read it). */
    private static boolean isOneCapital(String line) {
        int c = line.codePointAt(0);
        return line.length() == Character.charCount(c) && Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    /** Whether a char of the line is a digit in any script ({@link Character#isDigit}), tested char by char. */
    private static boolean hasDigit(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (Character.isDigit(line.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** An episode's length on its meta line: "41 min", "1 hr 5 min", "44 mins", "46분", "38分钟", "00:57:41". */
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b\\d{1,3}\\s*(?:min|mins|minutes|hr|hrs|hours?)\\b|\\d{1,3}\\s*(?:분|分钟|分)|\\b\\d{1,2}:\\d{2}:\\d{2}\\b");

    private static final Pattern TITLE_CONNECTOR = Pattern.compile(
            "(?i).*(?:\\s(?:and|or|of|the|to|for|in|on|a|an|with|from|at|by|after|before|versus|vs\\.)|[:—–-])$");

    /**
     * The line right below a title (no blank line between) when it carries the title on: both in
     * capitals ("CLEARING THE BACKLOG: ARMS SALES TO TAIWAN" / "AND THE DETERRENCE WINDOW"), or the
     * title ends with a connecting word or a colon. Null otherwise.
     */
    private String titleContinues(String title, PageLines lines, int i) {
        if (i + 1 >= lines.count() || endsSentence(title)) {
            return null;
        }
        String next = lines.stripped(i + 1).replace('\u00a0', ' ');
        if (next.isEmpty() || next.length() > 100 || isBylineOrDate(next) || endsSentence(next) || next.endsWith(":")
                || PageChrome.is(next) || furniture.isFurnitureLine(next) || furniture.isNavigationRun(next)) {
            return null;
        }
        boolean caps = isCapitals(title) && isCapitals(next) && next.indexOf(' ') > 0;
        return caps || TITLE_CONNECTOR.matcher(title).matches() ? next : null;
    }

    /** Letters all in capitals, at least five of them. */
    private static boolean isCapitals(String s) {
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 5;
    }

    /** Short lines with at most one sentence among them (a dek): a header, not prose. */
    private static boolean headerLike(List<String> lines) {
        int sentences = 0;
        for (String l : lines) {
            if (l.length() >= PROSE || !l.isEmpty() && endsSentence(l) && ++sentences > 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether every line is short (labels, not prose). */
    private static boolean shortLines(List<String> lines) {
        for (String l : lines) {
            if (l.length() >= 120 || l.length() > 40 && endsSentence(l)) {
                return false;
            }
        }
        return true;
    }

    /** A wire's tag before a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)". */
    private static final Pattern HEADLINE_TAG = Pattern.compile("^\\((?:LEAD|URGENT|\\d(?:st|nd|rd|th) LD|[A-Z][a-z]+ (?:Focus|Analysis|Interview))\\)\\s+(?=\\p{Lu})");

    /**
     * The headline among short lines read as body before a byline, when it outweighs the title
     * taken: no prose above the byline (every line short, none a sentence), the candidate not a
     * date or time line and with at least four words. Null when there is none.
     */
    private static String titleAbove(List<String> body, String title) {
        String best = null;
        int bestWeight = Math.max(3, title == null ? 0 : Mastheads.weight(title));
        for (String l : body) {
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() >= PROSE || endsSentence(l) && l.length() > 60) {
                return null; // prose: the byline is inside the text
            }
            if (looksLikeDateOrTime(l) || TIME.matcher(l).find() || endsSentence(l) || l.endsWith(":")) {
                continue;
            }
            int w = Mastheads.weight(l);
            if (w >= 4 && w > bestWeight) {
                best = l;
                bestWeight = w;
            }
        }
        return best == null ? null : HEADLINE_TAG.matcher(best).replaceFirst("");
    }

    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the next non-blank line is a date line. */
    /**
     * The index of the line below line {@code i} when it is a reporter's desk or city ("Diplomatic
     * editor", "Asia correspondent", "in Seoul") with a date right below it; else -1.
     */
    private static final Pattern NAME_THEN_DATE = Pattern.compile("\\s+[|·•—–]\\s+");

    /** Whether a line holds one of the marks NAME_THEN_DATE splits at: else it is one part, no split needed. */
    private static boolean hasNameDateSeparator(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '|' || c == '·' || c == '•' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    private static int deskLineBelow(PageLines lines, int i) {
        for (int j = i + 1; j < lines.count(); j++) {
            String l = lines.stripped(j);
            if (!l.isEmpty()) {
                return AuthorLine.isDeskOrCity(l) && dateFollows(lines, j) ? j : -1;
            }
        }
        return -1;
    }

    private static boolean dateFollows(PageLines lines, int i) {
        for (int j = i + 1; j < lines.count(); j++) {
            String l = lines.stripped(j);
            if (!l.isEmpty()) {
                return looksLikeDateOrTime(l);
            }
        }
        return false;
    }

    /** Whether one of the next two non-blank lines is a byline or a date line (both short). */
    private static boolean bylineOrDateFollows(PageLines lines, int i) {
        int seen = 0;
        for (int j = i + 1; j < lines.count() && seen < 2; j++) {
            String l = lines.stripped(j);
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (l.length() >= 160) {
                return false;
            }
            if (OtherBylines.isByline(l) || looksLikeDateOrTime(l) || AuthorLine.styledName(l) != null) {
                return true; // "The Hon. Jane Doe MP": an office holder's name is a byline too
            }
        }
        return false;
    }

    static boolean isBylineOrDate(String line) {
        return OtherBylines.isByline(line) || looksLikeDateOrTime(line) || LABEL_FIRST.admits(line) && LABEL.matcher(line).matches()
                || line.length() < 120 && (OtherBylines.openingBylineNames(line) != null || AuthorLine.capitalsWithDesk(line) != null
                        || AuthorLine.nameWithOffice(line) != null);
    }

    /**
     * A breadcrumb trail: "Home > Office of the Spokesperson > Press Releases > Title", "ホーム >
     * 会見・発表・広報 > 報道発表". Never the title, even when it ends with (a cut of) the title.
     */
    static boolean isBreadcrumb(String line) {
        int seps = 0;
        for (int i = 1; i + 1 < line.length() && seps < 2; i++) {
            char c = line.charAt(i);
            if ((c == '>' || c == '›' || c == '»') && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
                seps++;
            }
        }
        return seps >= 2;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?。！？\"”".indexOf(last) >= 0;
    }

    /** One word in capitals, letters only: a section kicker ("ANALYSIS", "ARGUMENT", "OPINION"). */
    private static boolean isKicker(String line) {
        if (line.length() < 3 || line.length() > 20) {
            return false;
        }
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the next non-blank line is a title: short, not a sentence, not a date or byline.
     * Titles rarely end with a period; a line that does, above such a line, is a strapline.
     */
    private static boolean titleFollows(PageLines lines, int i) {
        for (int j = i + 1; j < lines.count(); j++) {
            String l = lines.stripped(j);
            if (!l.isEmpty()) {
                // a question headline ("What Is Really Happening Under the Sea?") is a title too
                boolean question = l.endsWith("?") && l.length() < 140 && l.indexOf(". ") < 0;
                return l.length() < PROSE && (!endsSentence(l) || question) && !isBylineOrDate(l) && !l.endsWith(":");
            }
        }
        return false;
    }

    private static boolean nextNonBlankIsShort(PageLines lines, int i) {
        for (int j = i + 1; j < lines.count(); j++) {
            String l = lines.stripped(j);
            if (!l.isEmpty()) {
                return l.length() < PROSE;
            }
        }
        return false;
    }

    /**
     * Labels a date line may start with: "송고시간 2024-05-28 07:12", "Published 3 May 2024",
     * "Aktualisiert am 08.04.2024, 18:22", "Publié le 3 mai 2024", "Опубликовано 12.03.2025".
     */
    private static final String DATE_LABEL =
            "(?i:[\\d.,]+\\s*[kmb]?\\s+views|published(?: on)?|updated?(?: on)?|posted(?: on)?|last updated|"
            + "aktualisiert(?: am)?|veröffentlicht(?: am)?|erschienen(?: am)?|stand|publié(?: le)?|mis à jour(?: le)?|"
            + "publicado(?: el)?|actualizado(?: el)?|опубликовано|обновлено|송고시간|송고|입력|등록|수정|게재|배포일시|배포일자|배포일|보도일시|发布时间|发布日期|更新时间)\\s*[:：]?\\s*";
    private static final Pattern DATEISH = Pattern.compile(
            "^[\\s\\-–—\\[(]*(?:" + DATE_LABEL + ")?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,? )?(?:(?:(?:令和|平成|昭和)?\\d{1,4}[-/.년年]\\s*\\d{1,2}[-/.월月]\\s*\\d{1,4}[일日]?)|(?:[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})|(?:\\d{1,2} [A-Z][a-z]{2,8},? \\d{4})"
            + "|(?:\\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \\d{4})).*$");

    private static final FirstCharacters DATEISH_FIRST = new FirstCharacters(DATEISH);

    private static boolean looksLikeDateOrTime(String line) {
        if (line.length() >= 80 || !hasAsciiDigit(line)) {
            return false; // every date form holds a digit (\d: 0-9), and date lines are short
        }
        if (line.length() < 60 && DATEISH_FIRST.admits(line) && DATEISH.matcher(line).matches()) {
            return true;
        }
        // "Episode 57 · Nov 12, 2024 · 41:18": a meta line with the date as one of its parts.
        if (line.length() < 80 && line.indexOf(" · ") > 0) {
            for (String part : line.split(" · ")) {
                String p = part.strip();
                if (DATEISH_FIRST.admits(p) && DATEISH.matcher(p).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
