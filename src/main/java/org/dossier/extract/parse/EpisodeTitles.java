package org.dossier.extract.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a show's episode numbering and guest credit off an episode title: "The Kyiv Line — Episode
 * 112: Drones, Shells and the Summer Offensive" is "Drones, Shells and the Summer Offensive";
 * "Strait Talk Ep. 57 | Could Beijing Blockade Taiwan Without Firing a Shot? ft. Ian Castellano" is
 * "Could Beijing Blockade Taiwan Without Firing a Shot?", and Ian Castellano is a guest, so a
 * speaker. A title that starts with its number ("Episode 45: Title") keeps it. Titles are gated on a digit or "ft."/"feat." before any regex runs.
 */
public final class EpisodeTitles {
    /** The show name and the episode number, then a separator, then the episode's own title. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)^(?<show>.{0,80}?)\\b(?:episode|ep\\.?)\\s*#?\\d{1,4}\\b\\s*(?<rest>.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[:|—–\\-]+\\s*");
    /** A guest credit at the end: "ft. Ian Castellano", "(feat. Jane Doe)", "featuring Jane Doe". */
    private static final Pattern GUEST = Pattern.compile(
            "\\s*[(\\[]?\\b(?:ft\\.|feat\\.|featuring)\\s+(?<name>\\p{Lu}[\\p{L}.'’\\- ]{2,60}?)[)\\]]?\\s*$");
    /** A file name's working suffix: "- FINAL", "(draft)", "v2". */
    private static final Pattern WORKING = Pattern.compile("(?i)\\s*[-–_(]\\s*(?:final|draft|v\\d+|edit(?:ed)?)\\)?\\s*$");

    /**
     * The intro announcing the episode's title in quotes: "Today's episode: \"Counting Warheads
     * ...\"", "this episode, titled 'X'", "the episode is called \"X\"".
     */
    private static final Pattern INTRO_TITLE = Pattern.compile(
            "(?i)(?:today's episode|today’s episode|this episode|this week's episode|this week’s episode|episode is)"
                    + "(?:,? (?:is )?(?:titled|called|entitled))?\\s*[:,]?\\s*[\"“](?<t>[^\"“”\\n]{12,160})[\"”]");
    /** How far into the transcript the intro is looked for. */
    private static final int INTRO = 1500;

    /** The last separator before a show's name and number at a title's end, no separator after it. */
    private static final Pattern SHOW_SUFFIX = Pattern.compile("\\s+[|—–-]\\s+(?=[^|—–]{2,60}$)");
    /** A show's name and episode number after the title's last separator: " | Indo-Pacific Hour Ep. 64". */
    private static final Pattern NUMBERED_SHOW_TAIL = Pattern.compile(
            "(?i)\\s+[|—–-]\\s+[^|—–\\n]{2,60}?\\s(?:ep\\.?|episode|#)\\s*\\d{1,4}\\s*$");
    /**
     * A newsletter's name and issue number, then the headline: "The Harbour Letter #88: Cranes go
     * quiet", "Port Notes, Issue 12 — Strikes spread". A video's "Show #112 — Title: Subtitle" keeps
     * its show name (a '#' number counts only with a colon right after it).
     */
    private static final Pattern ISSUE_PREFIX = Pattern.compile(
            "(?i)^(?<show>\\p{L}[^:|—–#\\n]{1,60}?)[,\\s]*(?:#\\d{1,4}\\s*:|issue\\s+(?:no\\.\\s?|#)?\\d{1,4}\\s*[:|—–-])\\s+(?<rest>\\S.{6,})$");
    /** An e-mail's subject label before a newsletter's title. */
    private static final Pattern SUBJECT = Pattern.compile("(?i)(?:subject|re|fwd|тема|件名|主题|제목)\\s*[:：]\\s*");

    /**
     * A bare episode code before the title: "E87 ", "E12: ", "#214 | ". Spelt-out numbering
     * ("Ep. 88 – ", "Episode 45: ") is how some shows title their episodes and stays.
     */
    private static final Pattern CODE_PREFIX = Pattern.compile(
            "^E\\d{1,4}(?:\\s*[:|—–\\-]\\s*|\\s+)(?=\\S)|^#\\d{1,4}\\s*[:|—–\\-]\\s*(?=\\S)");
    /** A show's or section's tag in brackets before the title: "[외교광장] ", "【ポッドキャスト】". */
    private static final Pattern TAG_PREFIX = Pattern.compile("^[\\[【［](?<tag>[^\\]】］\\n]{1,16})[\\]】］]\\s*(?=\\S)");
    /**
     * A platform's suffix: a live stream's " | Live Q&A", a transcription service's " Transcript"
     * (Rev prints "Show Podcast: Episode Title Transcript").
     */
    private static final Pattern LIVE_SUFFIX = Pattern.compile("(?i)\\s*[|(\\[]\\s*(?:live(?: q&a| stream| chat)?|livestream|premiere)\\s*[)\\]]?\\s*$");
    /** A platform's name alone after the title's last separator, as browsers save the page's title. */
    private static final Pattern PLATFORM_TAIL = Pattern.compile(
            "\\s+[|–—-]\\s+(?:YouTube|YouTube Music|Spotify|Apple Podcasts|Google Podcasts|Podbean|SoundCloud|Substack|Medium)\\s*$");
    private static final Pattern TRANSCRIPT_SUFFIX = Pattern.compile("\\s*(?:[|(\\[—–-]\\s*)?(?:Transcript|TRANSCRIPT|transcript)[)\\]]?\\s*$");
    private static final Pattern SHOW_PREFIX = Pattern.compile("^(?:(?:\\p{Lu}[\\p{L}&'’.-]*|&|and|of|the)\\s+){0,6}(?:Podcast|Show|Radio|Hour)\\s*:\\s+(?=\\S)");
    /**
     * A quote headline in guillemets or low-high quotes («...», „...“), as Russian and German papers
     * print an interviewee's words as the headline: the marks are not the title's.
     */
    private static final Pattern GUILLEMETS = Pattern.compile("^[«„](?<inner>[^«»„“”\\n]{8,})[»“]$");

    private EpisodeTitles() {}

    /**
     * The title without what platforms and shows put around it: an episode code ("E87 "), a
     * bracketed show tag ("[외교광장] "), a live stream's suffix, a transcript's suffix with the
     * show's name before the title. The title itself stays whole: at
     * least eight characters must remain.
     */
    static String withoutAffixes(String t) {
        // Each pattern is tried only on titles holding a character it needs (most titles hold
        // none): find() would try it at every position.
        Matcher m;
        if (startsWithAny(t, "E#")) {
            m = CODE_PREFIX.matcher(t);
            if (m.find() && t.length() - m.end() >= 8) {
                t = t.substring(m.end()).strip();
            }
        }
        if (startsWithAny(t, "[【［")) {
            m = TAG_PREFIX.matcher(t);
            if (m.find() && t.length() - m.end() >= 8) {
                t = t.substring(m.end()).strip();
            }
        }
        if (t.indexOf('|') >= 0 || t.indexOf('(') >= 0 || t.indexOf('[') >= 0) {
            m = LIVE_SUFFIX.matcher(t);
            if (m.find() && m.start() >= 8) {
                t = t.substring(0, m.start()).strip();
            }
        }
        if (t.indexOf(" - ") > 0 || t.indexOf(" | ") > 0 || t.indexOf(" – ") > 0 || t.indexOf(" — ") > 0) {
            m = PLATFORM_TAIL.matcher(t);
            if (m.find() && m.start() >= 8) {
                t = t.substring(0, m.start()).strip(); // a saved page's "Title - YouTube", "Title | Spotify"
            }
        }
        // A transcription service's "Show Podcast: Episode Title Transcript": both the show's name
        // and the suffix go; a page's own "... Briefing Transcript" keeps its word.
        Matcher show = t.indexOf(':') > 0 && (t.contains("Podcast") || t.contains("Show") || t.contains("Radio")
                || t.contains("Hour")) ? SHOW_PREFIX.matcher(t) : null;
        m = show != null && show.find() ? TRANSCRIPT_SUFFIX.matcher(t) : null;
        if (m != null && m.find() && m.start() - show.end() >= 8) {
            t = t.substring(show.end(), m.start()).strip();
        }
        if (startsWithAny(t, "«„")) {
            m = GUILLEMETS.matcher(t);
            if (m.matches()) {
                t = m.group("inner").strip();
            }
        }
        return t;
    }

    /** Whether {@code t} starts with one of the characters of {@code firsts}. */
    private static boolean startsWithAny(String t, String firsts) {
        return !t.isEmpty() && firsts.indexOf(t.charAt(0)) >= 0;
    }

    /** Whether a title reads like a file name: a working suffix ("- FINAL") or underscores. */
    private static boolean fileNameLike(String t) {
        boolean mayHaveSuffix = t.indexOf('-') >= 0 || t.indexOf('–') >= 0 || t.indexOf('_') >= 0 || t.indexOf('(') >= 0;
        return mayHaveSuffix && WORKING.matcher(t).find() || t.indexOf('_') >= 0 && t.indexOf(' ') < 0;
    }

    /** Cleans {@code page.title} in place; a credited guest joins {@code page.people}. */
    public static void apply(ParsedPage page) {
        String t = page.title;
        if (t == null || t.length() < 8) {
            return;
        }
        Matcher subject = t.indexOf(':') >= 0 || t.indexOf('：') >= 0 ? SUBJECT.matcher(t) : null;
        if (subject != null && subject.lookingAt() && t.length() - subject.end() >= 8) {
            t = page.title = t.substring(subject.end()).strip(); // an e-mail's "Subject: ..." line
        }
        String bare = withoutAffixes(t);
        if (!bare.equals(t)) {
            t = page.title = bare;
        }
        if (fileNameLike(t) && page.body != null) {
            // "Deterrence Desk ep 41 - China's nuclear buildup - FINAL": a recording's file name;
            // the host's intro says the real title.
            Matcher intro = INTRO_TITLE.matcher(page.body);
            intro.region(0, Math.min(page.body.length(), INTRO));
            if (intro.find()) {
                page.title = intro.group("t").strip().replaceFirst("[.,]$", "");
                return;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("ft.") || lower.contains("feat")) {
            Matcher g = GUEST.matcher(t);
            if (g.find()) {
                String name = g.group("name").strip();
                if (name.split("\\s+").length >= 2 && name.split("\\s+").length <= 4) {
                    page.people.add(name);
                    t = t.substring(0, g.start()).strip();
                }
            }
        }
        if (t.indexOf('#') > 0 || lower.contains("issue")) {
            // "The Harbour Letter #88: Cranes go quiet", "Port Notes, Issue 12 — Strikes spread": a
            // newsletter's name and issue number before the headline
            Matcher issue = ISSUE_PREFIX.matcher(t);
            if (issue.matches() && words(issue.group("rest")) >= 2) {
                t = issue.group("rest").strip();
            }
        }
        if ((lower.contains("ep") || t.indexOf('#') > 0) && hasDigit(t)) {
            Matcher tail = NUMBERED_SHOW_TAIL.matcher(t);
            if (tail.find() && words(t.substring(0, tail.start())) >= 2) {
                page.title = t.substring(0, tail.start()).strip(); // "Title | The Kyiv Line Ep. 64"
                return;
            }
            Matcher m = NUMBER.matcher(t);
            if (m.matches()) {
                String rest = m.group("rest");
                Matcher sep = SEPARATOR.matcher(rest);
                String after = sep.lookingAt() ? rest.substring(sep.end()).strip() : "";
                after = WORKING.matcher(after).replaceFirst("").strip();
                String show = SEPARATOR.matcher(new StringBuilder(m.group("show").strip()).reverse()).replaceFirst("");
                show = new StringBuilder(show).reverse().toString().strip();
                // "Episode 45: Title" keeps its number (that is how the show titles it); only a show
                // name before the number marks the whole line as the show's numbering.
                boolean showFirst = words(m.group("show")) >= 1;
                if (showFirst && words(after) >= 2) {
                    t = after;
                } else if (rest.isBlank() && words(show) >= 3 && m.group("show").strip().matches(".*[:|—–\\-]$")) {
                    t = show; // "Drones and Shells | Episode 112": the number is a suffix
                } else if (rest.isBlank()) {
                    // "Drones and Shells | The Kyiv Line Ep. 64": the show's name and number after a separator
                    Matcher suffix = SHOW_SUFFIX.matcher(m.group("show"));
                    if (suffix.find() && words(m.group("show").substring(0, suffix.start())) >= 2) {
                        t = m.group("show").substring(0, suffix.start()).strip();
                    }
                }
            }
        }
        page.title = t;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
