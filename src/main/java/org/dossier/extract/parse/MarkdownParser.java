package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Markdown: optional front matter ({@code ---} / {@code key: value} / {@code ---}, lists as
 * {@code [a, b]} or {@code - item} lines), the first {@code # Title}, and the text with the markup
 * stripped. Front-matter fields are explicit values and win over extraction.
 */
public final class MarkdownParser {
    /** An image, alone or inside a link ("[![logo](img)](site)"): no text worth keeping. */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?");
    private static final Pattern SETEXT_H1 = Pattern.compile("^={3,}$");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

    private final PlainTextPageParser text = new PlainTextPageParser();

    /** Lines looked at for a second top heading: the post's title sits right below the masthead. */
    private static final int MASTHEAD_LOOKAHEAD = 12;
    private static final int MASTHEAD_WORDS = 3;
    /** A show's or newsletter's name with its number: "Harbour Hour — Episode 12", "The Letter #88", "Ep. 4". */
    private static final Pattern SHOW_NUMBER = Pattern.compile(
            "(?i)(?:^|[\\s—–:|-])(?:episode|ep\\.?|issue|no\\.|vol\\.?|#)\\s*\\d{1,4}$");

    /**
     * The index of a newsletter's publication heading ("# Sinocism" above "# Beijing's quiet
     * pivot", as Substack exports print both as top headings): a short first top heading followed
     * within a few lines by another. -1 when there is none.
     */
    private static int publicationHeading(String[] lines) {
        int first = -1;
        int seen = 0;
        boolean menuBelow = false;
        for (int i = 0; i < lines.length && seen < MASTHEAD_LOOKAHEAD; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (first >= 0 && seen == 2) {
                menuBelow = linkRow(l);
            }
            if (first >= 0 && menuBelow && l.startsWith("## ")) {
                return first; // "# Arctic Ledger" / "[Home](..) · [Archive](..)" / "## The post's title"
            }
            if (first >= 0 && seen == 2 && l.startsWith("## ") && l.substring(3).strip().split("\\s+").length > MASTHEAD_WORDS
                    && nameLike(lines[first].strip().substring(2).strip())) {
                // "# The Harbour Letter" / "## Cranes go quiet as the strike spreads": a publication's
                // or show's name, and right below it the post's own (longer) headline
                return first;
            }
            if (l.startsWith("# ")) {
                if (first < 0) {
                    String h = l.substring(2).strip();
                    if (h.split("\\s+").length > MASTHEAD_WORDS && !SHOW_NUMBER.matcher(h).find()) {
                        return -1;
                    }
                    first = i;
                } else {
                    return first;
                }
            }
        }
        return -1;
    }

    /**
     * A heading that reads as a name, not a headline: its words capitalised ("The Trade Ledger"), or
     * a show's name with its number. "Lazarus strikes again" is a headline.
     */
    private static boolean nameLike(String h) {
        if (SHOW_NUMBER.matcher(h).find()) {
            return true;
        }
        for (String w : h.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "on", "for", "in", "at", "to", "a");

    /** A site's menu of links on one line: "[Home](/) · [Archive](/archive) · [About](/about)". */
    private static boolean linkRow(String l) {
        if (!l.startsWith("[") || l.length() > 400) {
            return false;
        }
        Matcher m = LINK.matcher(l);
        int links = 0;
        int covered = 0;
        while (m.find()) {
            links++;
            covered += m.end() - m.start();
        }
        return links >= 2 && l.length() - covered < 10 * links;
    }

    public ParsedPage parse(String md) {
        String s = md.replace("\r\n", "\n");
        Map<String, Object> front = new LinkedHashMap<>();
        if (s.startsWith("---\n")) {
            int end = s.indexOf("\n---", 4);
            if (end > 0) {
                front = FrontMatter.parse(s.substring(4, end));
                int after = s.indexOf('\n', end + 4);
                s = after < 0 ? "" : s.substring(after + 1);
            }
        }
        String title = null;
        List<String> out = new ArrayList<>();
        String[] lines = s.split("\n", -1);
        int skipMasthead = publicationHeading(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String l = line.strip();
            if (i == skipMasthead) {
                out.add(l.substring(2).strip()); // the publication's name, kept as a header line
                continue;
            }
            if (title == null && (l.startsWith("# ") || skipMasthead >= 0 && i > skipMasthead && l.startsWith("## "))) {
                title = HEADING.matcher(l).replaceFirst("").strip();
                out.add(title);
                continue;
            }
            if (title == null && i + 1 < lines.length && !l.isEmpty() && l.length() < 200 && SETEXT_H1.matcher(lines[i + 1].strip()).matches()) {
                // a setext heading: "Title" underlined with "=====" is a top heading too
                title = l;
                out.add(title);
                i++;
                continue;
            }
            if (RULE.matcher(l).matches()) {
                out.add("");
                continue;
            }
            l = HEADING.matcher(l).replaceFirst("");
            l = QUOTE.matcher(l).replaceFirst("");
            if (l.indexOf("![") >= 0) {
                l = IMAGE.matcher(l).replaceAll("");
            }
            l = LINK.matcher(l).replaceAll("$1");
            l = EMPHASIS.matcher(l).replaceAll("$2");
            out.add(l);
        }
        ParsedPage page = text.parse(String.join("\n", out));
        if (title != null) {
            page.title = title;
        }
        String subject = MailHeaders.subject(s);
        if (subject != null) {
            page.title = subject; // a newsletter saved from a mail client: its Subject is the title
        }
        FrontMatter.apply(front, page);
        return page;
    }
}
