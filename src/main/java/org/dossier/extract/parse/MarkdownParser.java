package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses Markdown: optional front matter ({@code ---} / {@code key: value} / {@code ---}, lists as
 * {@code [a, b]} or {@code - item} lines), the first {@code # Title}, and the text with the markup
 * stripped. Front-matter fields are explicit values and win over extraction.
 */
public final class MarkdownParser {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

    private final PlainTextPageParser text = new PlainTextPageParser();

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
        for (String line : s.split("\n", -1)) {
            String l = line.strip();
            if (title == null && l.startsWith("# ")) {
                title = l.substring(2).strip();
                out.add(title);
                continue;
            }
            if (RULE.matcher(l).matches()) {
                out.add("");
                continue;
            }
            l = HEADING.matcher(l).replaceFirst("");
            l = QUOTE.matcher(l).replaceFirst("");
            l = LINK.matcher(l).replaceAll("$1");
            l = EMPHASIS.matcher(l).replaceAll("$2");
            out.add(l);
        }
        ParsedPage page = text.parse(String.join("\n", out));
        if (title != null) {
            page.title = title;
        }
        FrontMatter.apply(front, page);
        return page;
    }
}
