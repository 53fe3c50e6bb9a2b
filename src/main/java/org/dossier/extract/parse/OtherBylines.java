package org.dossier.extract.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.FirstCharacters;
import org.dossier.extract.text.Resources;

/**
 * Bylines outside the header: a Korean reporter's sign-off at the end of an article, a Chinese
 * wire's "（记者 梅常伟）" in its opening, a Japanese statement's closing "上川陽子外務大臣". The
 * words are in {@code byline-words.tsv}; each form is looked for only in a short stretch of text
 * (the opening or the end) and only when its word occurs there.
 */
final class OtherBylines {
    private static final int TAIL = 400;
    private static final int OPENING = 300;
    private static final List<String> KO = new ArrayList<>();
    private static final List<String> ZH = new ArrayList<>();
    private static final List<String> JA = new ArrayList<>();
    private static final List<String> REPORTER_JA = new ArrayList<>();
    private static final Pattern JA_SIGN_OFF;
    private static final List<String> BY = new ArrayList<>();
    private static final List<String> BY_JA = new ArrayList<>();
    private static final List<String> BY_OPENING = new ArrayList<>();
    private static Pattern openingByline;
    /** The characters an opening byline line can start with ("Von ..."): most lines are ruled out by a lookup. */
    private static FirstCharacters openingBylineFirst;
    /** The last words of a reporter's description in a byline ("Middle East correspondent"). */
    static final Set<String> DESK = new HashSet<>();
    /** Words that make a short line a public office ("Minister for Defence", "Deputy Spokesperson"). */
    static final Set<String> OFFICE = new HashSet<>();
    private static final Set<String> WIRE_JA = new HashSet<>();
    private static final List<String> POSITION_KO = new ArrayList<>();
    private static final List<String> FIELD_CJK = new ArrayList<>();
    private static final Set<String> ACTION = new HashSet<>();
    /** A Korean column's closing author line: name, affiliation, position ("홍길동 한반도연구원 선임연구위원"). */
    private static final Pattern KO_AUTHOR_LINE;
    /** A writer's field inside a meta line: "来源：某网　作者：王五", "筆者：山田 花子（研究員）". */
    private static final Pattern CJK_FIELD;
    /** A Korean reporter's line of its own in a page's header: "정민서 기자", "김수연·박지훈 기자 kim@news.kr". */
    private static final Pattern KO_HEADER_LINE;
    /**
     * A byline line: one of the 'by' words of {@code byline-words.tsv} at the line's start, then
     * the names (group 'names'): "By Jane Doe", "BY A AND B", "Беседовала X", "**執筆：X**", "文／X".
     */
    static final Pattern BYLINE;
    /** The characters a byline can start with: most lines are ruled out by one lookup, without a matcher. */
    private static final FirstCharacters BYLINE_FIRST;
    /**
     * The 'by' words' first two characters, as bits of a 4,096-bit screen (hashed: a bit may stand
     * for other pairs too), and the one-character words ("文", "글"): a line whose first letter
     * a 'by' word starts with ("Bruce Klingner", "Back to top") is mostly ruled out by its second
     * one, without a matcher.
     */
    private static final long[] BY_PAIRS = new long[64];
    private static final String ONE_CHARACTER_BY_WORDS;
    private static final Pattern KO_SIGN_OFF;
    private static final Pattern ZH_REPORTER;
    private static final Pattern ZH_LINE;
    private static final Pattern JA_SIGNATURE;
    /**
     * A Japanese paper's dateline byline: "【北京＝山本浩二】", "【ワシントン=田中一郎、東京＝佐藤花子】",
     * "（ソウル＝金子 恵）": each part a place, an equals sign and a name (a role after it allowed).
     */
    private static final Pattern JA_DATELINE = Pattern.compile(
            "[【［(（](?<parts>[^】］)）\\n＝=]{1,12}[＝=][^】］)）\\n]{2,80})[】］)）]");
    private static final Pattern JA_PART = Pattern.compile(
            "^[^＝=]{1,12}[＝=]\\s*(?<name>[\\p{IsHan}\\p{IsKatakana}ー・]{2,5}(?:[ \\u3000][\\p{IsHan}\\p{IsKatakana}ー・]{1,4})?)"
            + "\\s*(?:記者|特派員|支局長|編集委員|論説委員)?$");

    static {
        for (String row : Resources.lines("byline-words.tsv")) {
            String[] c = row.split("\t", 2);
            switch (c[0]) {
                case "reporter-ko" -> KO.add(c[1].strip());
                case "reporter-zh" -> ZH.add(c[1].strip());
                case "office-ja" -> JA.add(c[1].strip());
                case "by" -> BY.add(c[1].strip());
                case "by-ja" -> BY_JA.add(c[1].strip());
                case "by-opening" -> BY_OPENING.add(c[1].strip());
                case "desk" -> DESK.add(c[1].strip());
                case "office" -> OFFICE.add(c[1].strip());
                case "wire-ja" -> WIRE_JA.add(c[1].strip());
                case "reporter-ja" -> REPORTER_JA.add(c[1].strip());
                case "position-ko" -> POSITION_KO.add(c[1].strip());
                case "field-cjk" -> FIELD_CJK.add(c[1].strip());
                case "action" -> ACTION.add(c[1].strip());
                default -> throw new IllegalStateException("byline-words.tsv: unknown row " + row);
            }
        }
        // "도쿄/김소연 특파원 dandy@hani.co.kr", "김소연 기자": a line of its own.
        KO_SIGN_OFF = Pattern.compile("(?m)^(?:[^\\n/]{1,20}/)?(?<name>[가-힣]{2,4})\\s*(?:" + alternation(KO)
                + ")(?:\\s+[\\w.+-]+@[\\w.-]+)?\\s*$");
        // "（记者 张三）", "【环球网报道 记者 刘一 王二】": the lead's credit, maybe after the outlet's name.
        ZH_REPORTER = Pattern.compile("[(（【](?:[^)）】\\n]{1,12}?[ \\t]*)?(?:" + alternation(ZH)
                + ")\\s*(?<names>\\p{IsHan}{2,4}(?:(?:\\s*[、，,]\\s*|\\s+)\\p{IsHan}{2,4}){0,3})\\s*[)）】]");
        // "新华社记者 张三 李四", "本报记者：王五": a line of its own in the opening or at the end.
        ZH_LINE = Pattern.compile("(?m)^[ \\t]*(?:新华社|本报|中新社|人民日报)?(?:驻\\p{IsHan}{1,6})?(?:" + alternation(ZH)
                + ")[ \\t]*[:：]?[ \\t]*(?<names>\\p{IsHan}{2,3}(?:(?:[ \\t]*[、，,][ \\t]*|[ \\t]+)\\p{IsHan}{2,3}){0,3})[ \\t]*$");
        // Longest words first, so "Interview by" is not read as "Interview" + "by ...".
        List<String> by = new ArrayList<>(BY);
        by.sort((a, b) -> b.length() - a.length());
        // A space or a separator after the word: "By Jane", not "Byron"; "文／X", not "文在寅".
        BYLINE = Pattern.compile("^[*_]{0,2}(?<by>" + alternation(by) + ")[*_]{0,2}(?:\\s*[:：/／|｜]\\s*|\\s+)"
                + "(?<names>\\S.*)$");
        BYLINE_FIRST = new FirstCharacters(BYLINE);
        StringBuilder oneCharacter = new StringBuilder();
        for (String w : BY) {
            if (w.length() == 1) {
                oneCharacter.append(w);
            } else {
                int h = byPairHash(w.charAt(0), w.charAt(1));
                BY_PAIRS[h >>> 6] |= 1L << h;
            }
        }
        ONE_CHARACTER_BY_WORDS = oneCharacter.toString();
        JA_SIGN_OFF = Pattern.compile("(?m)^[ \\t]*(?:[(（][^)）\\n]{1,20}[)）][ \\t]*|[^\\n/＝=]{1,20}[/＝=][ \\t]*)?"
                + "(?<name>[\\p{IsHan}\\p{IsKatakana}ー・]{2,5}(?:[ \\u3000][\\p{IsHan}\\p{IsKatakana}ー・]{1,4})?)[ \\t]*(?:"
                + alternation(REPORTER_JA) + ")[ \\t]*$");
        openingByline = Pattern.compile("(?m)^[ \\t*_]*(?:" + alternation(BY_OPENING) + ")[ \\t]+(?<names>\\p{Lu}[^\\n]{2,100})$");
        openingBylineFirst = new FirstCharacters(openingByline);
        List<String> positions = new ArrayList<>(POSITION_KO);
        positions.sort((a, b) -> b.length() - a.length());
        KO_AUTHOR_LINE = Pattern.compile("(?m)^[ \\t]*(?<name>[가-힣]{2,4})[ \\t]+(?:[^\\n]{2,40}?[ \\t])?(?:전[ \\t])?(?:"
                + alternation(positions) + ")[ \\t]*$");
        CJK_FIELD = Pattern.compile("(?:^|[\\s\\u3000|｜/／(（【\\[])(?<label>" + alternation(FIELD_CJK) + ")[ \\t\\u3000]*[:：／/][ \\t\\u3000]*"
                + "(?:(?:记者|記者)[ \\t\\u3000]*)?(?<names>\\p{IsHan}{2,4}(?:(?:[ 、，,]|\\u3000)\\p{IsHan}{1,4}){0,3})(?=[\\s\\u3000(（)）|｜,，、]|$)");
        KO_HEADER_LINE = Pattern.compile("^(?<names>[가-힣]{2,4}(?:[ ·,]{1,2}[가-힣]{2,4}){0,3})[ \\t]*(?:" + alternation(KO)
                + ")(?:[ \\t]+[\\w.+-]+@[\\w.-]+)?$");
        JA_SIGNATURE = Pattern.compile("(?m)^(?<name>\\p{IsHan}{2,4}?)\\s*(?:" + alternation(JA) + ")\\s*$");
    }

    private OtherBylines() {}

    /** The names of a byline line ("By A and B", "執筆：宮本 沙織"), or null when the line is no byline. */
    static List<String> bylineNames(String line) {
        if (!BYLINE_FIRST.admits(line) || !mayOpenWithByWord(line)) {
            return null;
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        List<String> names = NameLists.split(m.group("names"), BY_JA.contains(m.group("by")));
        return names.isEmpty() ? null : names;
    }

    /**
     * False when no 'by' word can stand where BYLINE reads one: at the start, after at most two
     * '*' or '_' (by the screen of its first two characters).
     */
    private static boolean mayOpenWithByWord(String line) {
        int n = line.length();
        for (int pos = 0; pos <= 2 && pos < n; pos++) {
            char c = line.charAt(pos);
            if (ONE_CHARACTER_BY_WORDS.indexOf(c) >= 0) {
                return true;
            }
            if (pos + 1 < n) {
                int h = byPairHash(c, line.charAt(pos + 1));
                if ((BY_PAIRS[h >>> 6] & 1L << h) != 0) {
                    return true;
                }
            }
            if (c != '*' && c != '_') {
                return false;
            }
        }
        return false;
    }

    private static int byPairHash(char first, char second) {
        return (first * 31 + second) & 4095;
    }

    /** The names of a line that is a byline kept in the text ("Von Jane Doe, Berlin"), or null. */
    static List<String> openingBylineNames(String line) {
        if (BY_OPENING.isEmpty() || line.length() > 160 || !openingBylineFirst.admits(line)) {
            return null;
        }
        Matcher m = openingByline.matcher(line);
        if (!m.matches()) {
            return null;
        }
        List<String> names = NameLists.split(m.group("names"));
        return names.isEmpty() ? null : names;
    }

    /**
     * The writer named in a header line that is no byline of its own: a field of a Chinese or
     * Japanese meta line ("2025年01月13日 15:42　来源：某网　作者：王五"), or a Korean reporter's line
     * ("정민서 기자"). Empty when there is none; lines without CJK characters are passed over at once.
     */
    static List<String> headerLineNames(String line) {
        if (line.length() > 160 || !hasCjk(line, 0, line.length())) {
            return List.of();
        }
        if (line.length() < 60 && containsAny(line, 0, KO)) {
            Matcher k = KO_HEADER_LINE.matcher(line);
            if (k.matches()) {
                return List.of(k.group("names").split("[ ·,]+"));
            }
        }
        if (line.indexOf('：') < 0 && line.indexOf(':') < 0 && line.indexOf('／') < 0 && line.indexOf('/') < 0
                || !containsAny(line, 0, FIELD_CJK)) {
            return List.of();
        }
        if (line.indexOf('。') >= 0 || line.indexOf('？') >= 0 || line.indexOf('?') >= 0) {
            return List.of(); // "记者：据报道，……？": a press conference's question turn, no credit
        }
        Matcher m = CJK_FIELD.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        // A Japanese writer's field ("筆者：佐藤 真理子") spaces one name; a Chinese one ("作者：记者 李维 王娜") spaces two.
        boolean ja = m.group("label").equals("筆者") || m.group("label").equals("記者") && hasKana(line);
        String found = m.group("names").replace('\u3000', ' ').strip();
        List<String> names = found.length() <= 4 && found.indexOf(' ') < 0 ? List.of(found) : NameLists.split(found, ja);
        return names.stream().filter(n -> !ZH.contains(n) && !FIELD_CJK.contains(n)).toList();
    }

    /** Whether a short text opens with an action word, as an author block's links do ("View Profile"). */
    static boolean isActionLabel(String text) {
        int sp = text.indexOf(' ');
        return ACTION.contains((sp < 0 ? text : text.substring(0, sp)).toLowerCase(Locale.ROOT));
    }

    /** Whether the line is a byline that names someone. */
    static boolean isByline(String line) {
        return line.length() < 160 && bylineNames(line) != null;
    }

    private static String alternation(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /**
     * An author's credit on a line of its own at the text's end: "Written by Jane Doe", "Posted by
     * Jane Doe", "Words by ..." (a blog platform's author box). A plain "By" there is left alone:
     * it closes photo credits and sentences ("By the end of 2024 ...").
     */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "(?m)^[ \\t*_]*(?:Written|Posted|Words|Text|Story)[ \\t]+by[ \\t]+(?<names>\\p{Lu}[^\\n]{2,80})$");

    /**
     * Whether a line of {@code text[0, end)} opens (after spaces, tabs, '*' or '_') with a
     * by-opening word ("Von"), as openingByline's match must: each line start is looked at
     * instead of the regex being tried at every character. A line starts where {@code (?m)^}
     * may match: at 0 and after any line terminator.
     */
    private static boolean opensLineWithOpeningWord(String text, int end) {
        for (int s = 0; s < end; s++) {
            if (s > 0) {
                char p = text.charAt(s - 1);
                if (p != '\n' && p != '\r' && p != '\u0085' && p != '\u2028' && p != '\u2029') {
                    continue;
                }
            }
            int i = s;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '*'
                    || text.charAt(i) == '_')) {
                i++;
            }
            for (int at = s; at <= i; at++) { // (the word may begin with a mark the run would take)
                for (String w : BY_OPENING) {
                    if (at + w.length() <= end && text.startsWith(w, at)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The names these bylines give in {@code body}; empty when there are none. */
    static List<String> find(String body) {
        List<String> out = new ArrayList<>(0);
        int tailFrom = Math.max(0, body.length() - TAIL);
        if (!BY_OPENING.isEmpty() && opensLineWithOpeningWord(body, Math.min(body.length(), OPENING))) {
            // "Von Jane Doe, Vilnius und Berlin" among the body's first lines
            Matcher o = openingByline.matcher(body).region(0, Math.min(body.length(), OPENING));
            if (o.find() && body.lastIndexOf("\n\n", o.start()) < 0) {
                out.addAll(NameLists.split(o.group("names")));
            }
        }
        if (body.indexOf(" by ", tailFrom) >= 0) {
            Matcher c = CLOSING_CREDIT.matcher(body).region(tailFrom, body.length());
            if (c.find()) {
                out.addAll(NameLists.split(c.group("names")));
            }
        }
        int openingTo = Math.min(body.length(), OPENING);
        // Every byline word is Korean, Chinese or Japanese: a text without those scripts at its
        // ends is passed over without looking for each word.
        boolean cjkTail = hasCjk(body, tailFrom, body.length());
        if (cjkTail && containsAny(body, tailFrom, KO)) {
            Matcher m = KO_SIGN_OFF.matcher(body).region(tailFrom, body.length());
            while (m.find()) {
                out.add(m.group("name"));
            }
        }
        if (cjkTail && out.isEmpty() && containsAny(body, tailFrom, POSITION_KO)) {
            Matcher m = KO_AUTHOR_LINE.matcher(body).region(tailFrom, body.length());
            if (m.find()) {
                out.add(m.group("name")); // a column's closing line: "홍길동 한반도연구원 선임연구위원"
            }
        }
        if (cjkTail && out.isEmpty() && containsAny(body, tailFrom, FIELD_CJK)) {
            // "（作者：陈静怡，系海港研究院研究员）", "筆者：山田 花子": the writer's field closing the text
            int from = tailFrom;
            while (from < body.length() && out.isEmpty()) {
                int eol = body.indexOf('\n', from);
                int end = eol < 0 ? body.length() : eol;
                if (end - from < 160) {
                    out.addAll(headerLineNames(body.substring(from, end).strip()));
                }
                from = end + 1;
            }
        }
        if (cjkTail && containsAny(body, tailFrom, JA)) {
            Matcher m = JA_SIGNATURE.matcher(body).region(tailFrom, body.length());
            while (m.find()) {
                out.add(m.group("name"));
            }
        }
        if (cjkTail && out.isEmpty() && containsAny(body, tailFrom, REPORTER_JA)) {
            Matcher m = JA_SIGN_OFF.matcher(body).region(tailFrom, body.length());
            while (m.find()) {
                if (!WIRE_JA.contains(m.group("name"))) {
                    out.add(m.group("name")); // "田中一郎特派員" on a line of its own at the end
                }
            }
        }
        if (cjkTail && out.isEmpty() && containsAny(body, tailFrom, ZH)) {
            Matcher m = ZH_LINE.matcher(body).region(tailFrom, body.length());
            if (m.find()) {
                for (String n : m.group("names").split("\\s*[、，,]\\s*|\\s+")) {
                    out.add(n);
                }
            }
        }
        if (hasCjk(body, 0, openingTo)) {
            String opening = body.substring(0, openingTo);
            if (opening.indexOf('＝') >= 0 || opening.indexOf('=') >= 0) {
                Matcher d = JA_DATELINE.matcher(opening);
                if (d.find()) {
                    for (String part : d.group("parts").split("[、，,]")) {
                        Matcher p = JA_PART.matcher(part.strip());
                        if (p.matches() && !WIRE_JA.contains(p.group("name"))) {
                            out.add(p.group("name")); // "（ソウル＝共同）" names an agency, not a reporter
                        }
                    }
                }
            }
            if (containsAny(opening, 0, ZH)) {
                Matcher m = ZH_REPORTER.matcher(opening);
                if (m.find()) {
                    for (String n : m.group("names").split("\\s*[、，,]\\s*|\\s+")) {
                        out.add(n);
                    }
                }
                m = ZH_LINE.matcher(opening);
                if (out.isEmpty() && m.find()) {
                    for (String n : m.group("names").split("\\s*[、，,]\\s*|\\s+")) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasKana(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040' && c <= '\u30ff') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCjk(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= '\u3040') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, int from, List<String> words) {
        for (String w : words) {
            if (text.indexOf(w, from) >= 0) {
                return true;
            }
        }
        return false;
    }
}
