package org.dossier.extract.facet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dossier.extract.text.FirstCharacters;
import org.dossier.extract.text.PhraseMatcher;
import org.dossier.extract.text.RegexSyntax;
import org.dossier.extract.text.Resources;

/**
 * Finds the people whose words a document carries: hosts and guests, interviewees, turn-labelled
 * speakers, bylined authors. People who are only talked about ("Putin said...") are not speakers:
 * only the structural cues in {@code speaker-rules.tsv} produce names. Short names ("Andrew",
 * "CHA") are expanded to the full name when the text gives one ("Andrew Kim", "Victor Cha").
 */
public final class SpeakerExtractor {

    private static final Pattern CAP_SEQ = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:[ ](?:\\p{Lu}[\\p{L}'’.-]*))*");
    private static final Pattern HONORIFIC = Pattern.compile("Dr|Mr|Mrs|Ms|Prof|Hon|Amb|Gen|Adm|Col|Sen|Rep");
    private static final Pattern GENERIC = Pattern.compile("(?i)^(?:speaker|person|voice|participant|caller|guest|host)\\s*\\d*$|^[A-Z]\\d*$");

    /** A rule and, for triggered rules, its layer in {@link #triggers}. */
    /**
     * A triggered rule. {@code rest}: the first person-like name in group 'rest' is taken;
     * {@code all}: every name that starts a part of group 'all' ("Brad Roberts, director of ...,
     * and Vipin Narang"); {@code before}: also the name right before the trigger ("Ryan Evans sits
     * down with"), taken only in conversations.
     */
    private record Rule(String kind, Pattern pattern, boolean rest, boolean all, boolean before) {}

    /** How far from the end of a text author bios and wire credits are looked for. */
    private static final int TAIL = 1500;
    /** How far from the start of a text people lists under a heading are looked for. */
    private static final int HEADINGS = 4000;
    /** How far into a line a tail rule anchored at its start looks for its literal. */
    private static final int OPENING = 100;

    /**
     * Honorifics and offices printed in turn labels ("MS. SOLÍS:", "Dr. Cha:", "PRESIDENT BIDEN:",
     * "FOREIGN MINISTER WANG:"): not part of the name.
     */
    private static final Pattern LABEL_HONORIFIC = Pattern.compile(
            "(?i)^(?:(?:mr|ms|mrs|dr|prof|amb|gen|adm|sen|rep|hon|sir|dame)\\.?|professor|senator|ambassador|secretary|(?:vice )?president|"
            + "(?:prime |foreign |defense |defence )?minister|chairman|chairwoman|chair|general|admiral|governor|"
            + "spokesperson|spokesman|spokeswoman)\\s+(?=\\p{Lu})");
    /** Where the parts of an 'all' group split: "A, title, and B", "A and B", "A & B". */
    private static final Pattern PART_SPLIT = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*|;\\s*|\\s+with\\s+)");

    private final List<Pattern> turn = new ArrayList<>();
    /**
     * Where a record names who presides, for a chair's turn that gives no name ("The President:",
     * "The CHAIRMAN."): the regex, looked for in the opening part, and the turn labels it resolves.
     */
    private final List<Pattern> chairs = new ArrayList<>();
    private final List<String[]> chairTurns = new ArrayList<>();
    /** The first characters of the chairs' turn labels: lines starting otherwise are not compared. */
    private final boolean[] chairLabelInitial = new boolean[65536];
    /** For each turn rule, literals one of which the label (the line up to its colon) must hold (null: none). */
    private final List<String[]> turnNeeds = new ArrayList<>();
    private final List<ScreenedFind> said = new ArrayList<>();
    /** Hearing turn rules and, for each, the line prefixes that let it be tried. */
    private final List<Pattern> hearing = new ArrayList<>();
    private final List<String[]> hearingPrefixes = new ArrayList<>();
    /** The first characters of the hearing rules' prefixes: lines opening otherwise are not compared. */
    private final boolean[] hearingInitial = new boolean[65536];
    /** Per hearing rule and capital letter, its prefixes that start with the letter, in file order. */
    private final List<String[][]> hearingPrefixesByInitial = new ArrayList<>();
    /** Intro and vocative rules, each tried where one of its triggers starts (layer = index). */
    private final List<Rule> triggered = new ArrayList<>();
    /**
     * Per triggered rule, the characters a match can start with, or null when the rule may not
     * be screened so (see {@link #startScreen}): most triggers of "Statement ... by" rules are
     * lower-case prose ("a statement"), ruled out by one lookup instead of the rule's look-behind.
     */
    private final List<FirstCharacters> triggeredStarts = new ArrayList<>();
    /**
     * Rules whose name is the subject of the sentence holding the trigger: "Park Ji-hoon, who
     * retired ..., talked to us about ...".
     */
    private final Set<Integer> subjectRules = new HashSet<>();
    /** Intro rules tried in conversations only ("hosted by", "with guests"): news says "a dinner hosted by X". */
    private final Set<Integer> conversationOnly = new HashSet<>();
    /**
     * The layers whose rules count only in a conversation (vocatives, intro-pair and intro-conv
     * rows), as bits: asked for every trigger hit (a vocative's trigger is every comma).
     */
    private int conversationLayers;
    private final PhraseMatcher<Integer> triggers = new PhraseMatcher<>();
    private final List<List<String>> triggerPhrases = new ArrayList<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    /** Role words printed before a name ("Hosts", "Co-hosts", "with guest", "主播：", "진행:", "ведущий"). */
    private final Set<String> roles = new HashSet<>();
    /** A letter's closing words above the signature: "best", "cheers", "until next week". */
    private final Set<String> salutations = new HashSet<>();
    /** Profession words that introduce an interviewee before the name ("экономист", "политолог"). */
    private final Set<String> professions = new HashSet<>();
    /** Whole-line turn labels without a colon (a parliament's web record), tried on lines ending with ')'. */
    private final List<Pattern> labelLines = new ArrayList<>();
    /** Bios and wire credits near the end: "Jane Doe is a senior fellow ...", "(Reporting by ...)". */
    private final List<Pattern> tail = new ArrayList<>();
    /** For each tail rule, literals one of which its line must hold (null: none); rules opening with '^' are tried at the line start only. */
    private final List<String[]> tailNeeds = new ArrayList<>();
    /**
     * For each tail rule, a part that all its literals hold (" by " of "eporting by |eported by "),
     * or null: a line without it holds none of them, found by one search instead of one per literal.
     */
    private final List<String> tailCommon = new ArrayList<>();
    /** For each tail rule with a common part, where that part sits in each of its literals. */
    private final List<int[]> tailCommonOffsets = new ArrayList<>();
    /** Headings over a list of people, one a line ("Hosts", "Guests", "Speakers"). */
    private final Set<String> headings = new HashSet<>();
    private final boolean[] headingInitials = new boolean[128];
    /** The shapes of the title and role words: most words of a name have none, known without a copy. */
    private final WordShapes leadShapes = new WordShapes();
    /** The shapes of the title, role and office words. */
    private final WordShapes roleShapes = new WordShapes();
    /** The hashes of the words that are no name: most words of a candidate are ruled out without a lower-cased copy. */
    private final LowerCaseHashes notNameHashes = new LowerCaseHashes();
    @SuppressWarnings("unchecked")
    private final List<String>[] headingsByLength = new List[40];
    /** Words that make a bio's predicate an author's description ("fellow", "professor"). */
    private final Set<String> bioWords = new HashSet<>();
    /** A statement's closing signature: a name line, its office after a comma or on the next line. */
    private final List<Pattern> signatures = new ArrayList<>();
    /** Words of an office in a signature ("Department Spokesperson", "Minister for Foreign Affairs"). */
    private final Set<String> officeWords = new HashSet<>();
    private final CountryGazetteer gazetteer;
    /**
     * The answers of {@link #isPersonName} and the forms {@link #addName} keeps, per name as
     * given: both depend on the name alone, and the same names (authors, hosts, correspondents)
     * come back page after page, where working them out again costs a gazetteer scan and several
     * lower-cased copies. Kept up to a bound.
     */
    private final Map<String, Boolean> personNames = new ConcurrentHashMap<>();
    private final Map<String, KeptName> keptNames = new ConcurrentHashMap<>();
    private static final int NAMES_KEPT = 50_000;

    /** A name as {@link #addName} keeps it: its display form and its key, or NONE when it keeps nothing. */
    private record KeptName(String display, String key) {
        static final KeptName NONE = new KeptName(null, null);
    }

    public SpeakerExtractor(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String row : Resources.lines("speaker-rules.tsv")) {
            String[] c = row.split("\t", 3);
            if (c.length < 3) {
                throw new IllegalStateException("speaker-rules.tsv: expected KIND<TAB>TRIGGERS<TAB>regex in: " + row);
            }
            Pattern p = Pattern.compile(c[2]);
            switch (c[0]) {
                case "turn" -> {
                    turn.add(p);
                    turnNeeds.add(c[1].equals("-") ? null : c[1].split("\\|"));
                }
                case "said" -> said.add(new ScreenedFind(p));
                case "labelline" -> labelLines.add(p);
                case "tail" -> {
                    tail.add(p);
                    String[] literals = c[1].equals("-") ? null : c[1].split("\\|");
                    tailNeeds.add(literals);
                    String common = literals == null ? null : commonPart(literals);
                    tailCommon.add(common);
                    tailCommonOffsets.add(common == null ? null : Arrays.stream(literals).mapToInt(l -> l.indexOf(common)).toArray());
                }
                case "signature" -> signatures.add(p);
                case "chair" -> {
                    chairs.add(p);
                    chairTurns.add(c[1].split("\\|"));
                    for (String label : chairTurns.get(chairTurns.size() - 1)) {
                        if (label.isEmpty()) {
                            throw new IllegalStateException("speaker-rules.tsv: an empty chair label in: " + row);
                        }
                        chairLabelInitial[label.charAt(0)] = true;
                    }
                }
                case "hearing" -> {
                    hearing.add(p);
                    hearingPrefixes.add(c[1].split("\\|"));
                    String[][] byInitial = new String['Z' + 1][0];
                    for (String prefix : hearingPrefixes.get(hearingPrefixes.size() - 1)) {
                        char c0 = prefix.charAt(0);
                        hearingInitial[c0] = true;
                        if (c0 >= 'A' && c0 <= 'Z') { // lines are tried only when they open with a capital
                            byInitial[c0] = Arrays.copyOf(byInitial[c0], byInitial[c0].length + 1);
                            byInitial[c0][byInitial[c0].length - 1] = prefix;
                        }
                    }
                    hearingPrefixesByInitial.add(byInitial);
                }
                case "intro", "vocative", "intro-pair", "subject", "intro-conv" -> {
                    if (c[1].equals("-")) {
                        throw new IllegalStateException("speaker-rules.tsv: " + c[0] + " rows need triggers: " + row);
                    }
                    int layer = triggered.size();
                    triggered.add(new Rule(c[0].equals("vocative") ? "vocative" : "intro", p, hasGroup(p, "rest"),
                            hasGroup(p, "all"), c[0].equals("intro-pair")));
                    triggeredStarts.add(startScreen(p));
                    if (c[0].equals("subject")) {
                        subjectRules.add(layer);
                    }
                    if (c[0].equals("intro-conv")) {
                        conversationOnly.add(layer);
                    }
                    List<String> ts = new ArrayList<>();
                    for (String t : c[1].split("\\|")) {
                        triggers.add(layer, t.strip(), false, layer);
                        ts.add(t.strip());
                    }
                    triggerPhrases.add(ts);
                }
                default -> throw new IllegalStateException("speaker-rules.tsv: unknown row " + row);
            }
        }
        if (triggered.size() > 30) {
            throw new IllegalStateException("speaker-rules.tsv: at most 30 intro/vocative rows");
        }
        for (int layer = 0; layer < triggered.size(); layer++) {
            Rule rule = triggered.get(layer);
            if (rule.kind.equals("vocative") || rule.before || conversationOnly.contains(layer)) {
                conversationLayers |= 1 << layer;
            }
        }
        for (String row : Resources.lines("speaker-words.tsv")) {
            String[] c = row.split("\t", 2);
            String w = c[1].strip().toLowerCase(Locale.ROOT);
            switch (c[0]) {
                case "label" -> labels.add(w);
                case "title" -> titles.add(w);
                case "notname" -> notNames.add(w);
                case "role" -> roles.add(w);
                case "salutation" -> salutations.add(w);
                case "profession" -> professions.add(w);
                case "heading" -> {
                    headings.add(w);
                    if (w.charAt(0) < 128) {
                        headingInitials[w.charAt(0)] = true;
                    }
                }
                case "bio" -> bioWords.add(w);
                case "office" -> officeWords.add(w);
                default -> throw new IllegalStateException("speaker-words.tsv: unknown row " + row);
            }
        }
        for (int k = 0; k < headingsByLength.length; k++) {
            headingsByLength[k] = new ArrayList<>(0);
        }
        for (Set<String> words : List.of(titles, roles)) {
            words.forEach(leadShapes::add);
            words.forEach(roleShapes::add);
        }
        officeWords.forEach(roleShapes::add);
        notNames.forEach(notNameHashes::add);
        for (String h : headings) {
            if (h.length() < headingsByLength.length) {
                headingsByLength[h.length()].add(h);
            }
        }
    }

    /**
     * @param listed names the page lists itself (People block, byline, author meta)
     * @param summary a summary that may describe the speakers (may be null)
     * @param body the text
     * @param conversation whether the document is a conversation (podcast, interview, transcript),
     *     where names used to address someone are speakers too
     */
    public List<String> extract(List<String> listed, String summary, String body, boolean conversation) {
        String text = body == null ? "" : body;
        List<int[]> hits = new ArrayList<>();
        triggers.scan(text, 0, text.length(), -1 >>> 1, (layer, s, e, v) -> hits.add(new int[] {layer, s}));
        return extract(listed, summary, text, conversation, hits);
    }

    /** How many layers {@link #contribute} uses. */
    /**
     * The text speakers are looked for in: the header's lines and the body, each followed by a
     * blank line, an empty one left out (as DocumentExtractor's join of the two), made with one
     * copy of each part.
     */
    public static String text(String header, String body) {
        if (header.isEmpty()) {
            return body.isEmpty() ? "" : body + "\n\n";
        }
        return body.isEmpty() ? header + "\n\n" : header + "\n\n" + body + "\n\n";
    }

    public int triggerLayers() {
        return triggered.size();
    }

    /**
     * Adds the triggers of the intro and vocative rules to a shared matcher, rule i in layer
     * {@code firstLayer + i}, with the rule index as value; pass the hits (rule index, start in the
     * text) to {@link #extract(List, String, String, boolean, List)} in text order.
     */
    public void contribute(PhraseMatcher<Object> shared, int firstLayer) {
        if (firstLayer + triggered.size() > 31) {
            throw new IllegalStateException("too many layers");
        }
        for (int i = 0; i < triggered.size(); i++) {
            for (String t : triggerPhrases.get(i)) {
                shared.add(firstLayer + i, t, false, i);
            }
        }
    }

    /** As {@link #extract(List, String, String, boolean)}, with trigger hits found by a shared scan. */
    public List<String> extract(List<String> listed, String summary, String body, boolean conversation, List<int[]> triggerHits) {
        return extract(listed, summary, body, conversation, triggerHits, 0);
    }

    /**
     * As {@link #extract(List, String, String, boolean, List)}, where the first {@code headerEnd}
     * characters of {@code body} are the page's header (title, date, byline): a label there ("One
     * Year On: Assessing ...") is a title with a colon, not a turn.
     */
    public List<String> extract(List<String> listed, String summary, String body, boolean conversation,
            List<int[]> triggerHits, int headerEnd) {
        Map<String, String> found = new LinkedHashMap<>(); // key -> display name
        for (String n : listed) {
            addName(found, n);
        }
        String text = body == null ? "" : body;
        // Turn labels: a real speaker takes more than one turn, unless the label is a full name.
        Map<String, Integer> turnCounts = new LinkedHashMap<>();
        Set<String> honorific = new HashSet<>(0);
        // A turn label ends with a colon: the lines holding one are found once, shared by all rules.
        int[] colonLines = colonLines(text, headerEnd);
        for (int r = 0; r < turn.size(); r++) {
            Matcher m = null;
            String[] needs = turnNeeds.get(r);
            int n = text.length();
            for (int k = 0; k < colonLines.length; k += 2) {
                int pos = colonLines[k];
                int colon = colonLines[k + 1];
                if (needs == null || holdsAny(text, pos, colon, needs)) {
                    m = m == null ? turn.get(r).matcher(text) : m;
                    m.region(pos, n);
                    if (m.lookingAt()) {
                        String name = m.group("name").strip();
                        Matcher h = name.indexOf(' ') > 0 ? LABEL_HONORIFIC.matcher(name) : null;
                        if (h != null && h.lookingAt()) {
                            name = name.substring(h.end()); // "MS. SOLÍS" -> "SOLÍS"
                            honorific.add(name); // as specific as a full name: one turn is enough
                        } else if (h != null) {
                            String bare = withoutOffice(name); // "Press Secretary KITAMURA" -> "KITAMURA"
                            if (bare != null && !bare.equals(name)) {
                                name = bare;
                                honorific.add(name);
                            }
                        }
                        if (!labels.contains(name.toLowerCase(Locale.ROOT)) && !isGeneric(name)) {
                            turnCounts.merge(name, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        lineTurns(text, headerEnd, turnCounts);
        lineForms(text, headerEnd, found);
        interviewee(text, found);
        dashInterviewee(text, found);
        // One walk over the line starts finds the hearing turns and the chairs' turn labels.
        boolean[] chairTurnAt = new boolean[chairs.size() + 1];
        List<String> hearingNames = hearingTurns(text, chairTurnAt);
        chairs(text, found, chairTurnAt);
        for (String name : hearingNames) {
            String full = expand(name, text, found);
            if (isPersonName(full)) {
                addName(found, full);
            }
        }
        List<String> initials = new ArrayList<>(0);
        turnCounts.forEach((name, count) -> {
            if (count >= 2 || name.contains(" ") && (namedAgain(name, text) || !text.contains(name + ":")
                    || text.contains("\n" + initialsOf(name) + ":")) || honorific.contains(name)) {
                String full = expand(name, text, found);
                if (isInitials(name) && !full.contains(" ")) {
                    initials.add(name); // "RA:", "TS:": initials, matched to full names below
                } else if (isPersonName(full)) {
                    addName(found, full);
                }
            }
        });
        // Intro and vocative rules, tried where their triggers start: one pass finds them all.
        List<List<String>> byRule = new ArrayList<>();
        for (int i = 0; i < triggered.size(); i++) {
            byRule.add(new ArrayList<>(0));
        }
        Matcher[] ms = new Matcher[triggered.size()];
        int[] lastEnd = new int[triggered.size()];
        for (int[] hit : triggerHits) {
            int layer = hit[0];
            int s = hit[1];
            if (s < lastEnd[layer]) {
                continue; // inside this rule's previous match, as a regex find() would skip it
            }
            if (!conversation && (conversationLayers & 1 << layer) != 0) {
                continue; // news says "Blinken held talks with Wang Yi": neither is a speaker
            }
            Rule rule = triggered.get(layer);
            Matcher m = ms[layer];
            if (m == null) {
                m = ms[layer] = rule.pattern.matcher(text);
                m.useTransparentBounds(true).useAnchoringBounds(false);
            }
            FirstCharacters starts = triggeredStarts.get(layer);
            if (starts != null && !starts.admitsAt(text, s)) {
                continue; // as lookingAt would fail
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                lastEnd[layer] = m.end();
                if (subjectRules.contains(layer)) {
                    String name = sentenceSubject(text, s);
                    if (name != null) {
                        byRule.get(layer).add(name);
                    }
                } else if (rule.all) {
                    byRule.get(layer).addAll(namesStartingParts(m.group("all")));
                } else {
                    String name = rule.rest ? firstPersonName(m.group("rest")) : m.group("name");
                    if (name != null) {
                        byRule.get(layer).add(name);
                    }
                }
                if (rule.before) {
                    String host = nameBefore(text, s);
                    if (host != null) {
                        byRule.get(layer).add(0, host);
                        // "hosts Jane Kim and Tom Baker are joined by": the first host too
                        int at = text.lastIndexOf(host, s);
                        if (at >= 5 && text.startsWith(" and ", at - 5)) {
                            String cohost = nameBefore(text, at - 5);
                            if (cohost != null) {
                                byRule.get(layer).add(0, cohost);
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < triggered.size(); i++) {
            if (triggered.get(i).kind.equals("intro")) {
                for (String name : byRule.get(i)) {
                    if (isPersonName(name)) {
                        addName(found, name);
                    }
                }
            }
        }
        if (summary != null) {
            for (ScreenedFind p : said) {
                if (!p.mayMatch(summary)) {
                    continue; // no Chinese verb of speech ("说"): no match to look for
                }
                Matcher m = p.matcher(summary);
                // As 'while (m.find())': each search goes on where the last match ended.
                for (int from = 0; p.find(m, summary, from); from = m.end() > m.start() ? m.end() : m.end() + 1) {
                    String name = m.group("name");
                    if (isPersonName(name)) {
                        addName(found, expand(name, text, found));
                    }
                }
            }
        }
        if (conversation) {
            Map<String, Integer> voc = new HashMap<>();
            for (int i = 0; i < triggered.size(); i++) {
                if (triggered.get(i).kind.equals("vocative")) {
                    for (String name : byRule.get(i)) {
                        voc.merge(name, 1, Integer::sum);
                    }
                }
            }
            voc.forEach((name, count) -> {
                if (count >= 2 && isPersonName(name)) {
                    addName(found, expand(name, text, found));
                }
            });
        }
        // Initials labels are kept only when they stand for a name already found ("RA" for Ravi
        // Agrawal); an unresolved "RA" is not a name, so it is dropped rather than guessed.
        initials.removeIf(i -> found.values().stream().anyMatch(f -> initialsOf(f).equals(i)));
        return new ArrayList<>(found.values());
    }

    /**
     * The lines, from {@code headerEnd} on, that hold a colon: pairs of the line's start and its
     * first colon. Found by searching for colons, so the many lines without one cost nothing.
     */
    private static int[] colonLines(String text, int headerEnd) {
        int[] out = new int[16];
        int count = 0;
        // The line starts are found going forward from newline to newline (a search the JVM runs
        // many characters at a time), not by reading each long line backwards from its colon.
        int lineStart = 0;
        int newline = text.indexOf('\n');
        for (int colon = text.indexOf(':'); colon >= 0; ) {
            while (newline >= 0 && newline < colon) {
                lineStart = newline + 1;
                newline = text.indexOf('\n', lineStart);
            }
            if (lineStart >= headerEnd) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, 2 * count);
                }
                out[count++] = lineStart;
                out[count++] = colon;
            }
            int eol = newline; // the first newline after the colon
            colon = eol < 0 ? -1 : text.indexOf(':', eol + 1);
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Whether a bare label used once ("Jane Doe: ...") names someone the page names again: its last
     * word (a surname) recurs, as written or capitalised, outside the label. A heading with a
     * colon ("Fact Sheet: ...", "Stay Connected: Facebook X", a newsletter's "EXPORT RULES: ...")
     * looks like a two-word name but its words are never mentioned again as a name. A name inside
     * a role label ("Moderator (Jane Doe, Spokesperson):") needs no second mention, nor one whose
     * initials label later turns ("Anna Bell:" then "AB:").
     */
    private static boolean namedAgain(String name, String text) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (last.length() < 2) {
            return true;
        }
        String cap = Character.toUpperCase(last.charAt(0)) + last.substring(1).toLowerCase(Locale.ROOT);
        return occurrences(text, last, 2) >= 2 || !cap.equals(last) && occurrences(text, cap, 1) >= 1;
    }

    /** How many times {@code word} occurs in {@code text} as a whole word, counting up to {@code max}. */
    private static int occurrences(String text, String word, int max) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0 && n < max; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code text[from, to)} (a short label) holds one of the literals: a pre-check before a regex. */
    private static boolean holdsAny(String text, int from, int to, String[] literals) {
        if (to - from > 160) {
            return false; // a label is short; a long stretch before the colon is prose
        }
        for (String lit : literals) {
            char c0 = lit.charAt(0);
            for (int i = from, last = to - lit.length(); i <= last; i++) {
                if (text.charAt(i) == c0 && text.startsWith(lit, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where literals next occur in a text, asked with a start that never goes back: each answer
     * (the first occurrence at or after the start asked) stays good for later starts up to it.
     */
    private static final class NextOccurrence {
        private final String text;
        private final String[] literals;
        /** Per literal: its first occurrence at or after the last start asked, -1 none, -2 not yet searched. */
        private final int[] at;

        NextOccurrence(String text, String[] literals) {
            this.text = text;
            this.literals = literals;
            at = new int[literals.length];
            Arrays.fill(at, -2);
        }

        /** Where literal k first occurs at or after {@code from} (-1: nowhere); {@code from} never less than before. */
        int next(int k, int from) {
            int a = at[k];
            if (a == -2 || a >= 0 && a < from) {
                a = text.indexOf(literals[k], from);
                at[k] = a;
            }
            return a;
        }

        /** As {@code text.substring(from, to).contains(literals[k])}; {@code from} never less than before. */
        boolean within(int k, int from, int to) {
            int a = at[k];
            if (a == -2 || a >= 0 && a < from) {
                a = text.indexOf(literals[k], from);
                at[k] = a;
            }
            return a >= 0 && a + literals[k].length() <= to;
        }
    }

    /**
     * The longest part that every literal holds (at least two characters), or null: a text
     * holding none of it holds none of the literals.
     */
    static String commonPart(String[] literals) {
        String first = literals[0];
        for (int len = first.length(); len >= 2; len--) {
            for (int at = 0; at + len <= first.length(); at++) {
                String part = first.substring(at, at + len);
                boolean all = true;
                for (int k = 1; k < literals.length && all; k++) {
                    all = literals[k].contains(part);
                }
                if (all) {
                    return part;
                }
            }
        }
        return null;
    }

    /** "RA", "TS", "JPK": two or three capitals, as interviews abbreviate speakers. */
    private static boolean isInitials(String name) {
        if (name.length() < 2 || name.length() > 3) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isUpperCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Ravi Agrawal" -> "RA"; "Adam P. Liff" -> "APL". */
    private static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder(4);
        for (String w : name.split("[ -]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    /**
     * Forms that hold a whole line, in one pass over the lines: a turn label standing alone on its
     * line ("Gareth Pryce (Hull West) (Lab)", "The Minister for Asia (Hannah Ashworth)"), a list of
     * people under a heading ("Hosts" / "Rachel Moon" / "Tom Baker"), and near the end an author's
     * bio ("Jane Doe is a senior fellow at ...") or a wire's credit ("(Reporting by Jane Doe;
     * Editing by ...)").
     */
    private void lineForms(String text, int headerEnd, Map<String, String> found) {
        int n = text.length();
        // Turn labels without a colon end with ')': only those lines are looked at, found by a
        // search for ')' rather than by visiting every line.
        Matcher[] lm = new Matcher[labelLines.size()];
        for (int p = text.indexOf(')', headerEnd); p >= 0; p = text.indexOf(')', p + 1)) {
            int q = p + 1;
            if (q < n && text.charAt(q) == ':') {
                q++;
            }
            while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t' || text.charAt(q) == '\r')) {
                q++;
            }
            if (q < n && text.charAt(q) != '\n') {
                continue; // not at the line's end
            }
            int pos = text.lastIndexOf('\n', p) + 1;
            int last = q < n && text.charAt(q - 1) == '\r' ? q - 1 : q;
            while (last > pos && (text.charAt(last - 1) == ' ' || text.charAt(last - 1) == '\t')) {
                last--;
            }
            if (pos < headerEnd || last - pos <= 3 || last - pos >= 200) {
                continue;
            }
            for (int r = 0; r < labelLines.size(); r++) {
                Matcher m = lm[r] == null ? (lm[r] = labelLines.get(r).matcher(text)) : lm[r];
                m.region(pos, last);
                if (m.matches()) {
                    String name = m.group("name").strip();
                    if (isPersonName(name) && name.indexOf(' ') > 0) {
                        addName(found, name);
                    }
                    break;
                }
            }
        }
        // People listed under a heading, in the opening part of the text.
        int headTo = Math.min(n, HEADINGS);
        Matcher[] roleLines = {null}; // one for all lines, moved from line to line, made on first need
        for (int pos = 0; pos < headTo; ) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            if (eol > pos && eol - pos <= 32 && isHeading(text, pos, eol)) {
                pos = peopleList(text, eol + 1, found);
                continue;
            }
            if (eol - pos > 3 && eol - pos < 200) {
                roleLine(text, pos, eol, found, roleLines);
            }
            pos = eol + 1;
        }
        // Bios, credits and signatures in the last part.
        int tailFrom = Math.max(headerEnd, n - TAIL);
        tailFrom = tailFrom <= 0 ? 0 : text.lastIndexOf('\n', tailFrom - 1) + 1;
        Matcher[] tm = new Matcher[tail.size()];
        Matcher[] sm = new Matcher[signatures.size()];
        // Where the literals of the rules looked for anywhere in a line next occur: lines are
        // visited in text order, so each is searched for about once over the tail, with no copy
        // of each line. (A rule anchored at the line's start looks in the opening of the few
        // lines that open with a name: a copy of those is cheaper than a search to the text's end.)
        NextOccurrence[] needsAt = new NextOccurrence[tail.size()];
        NextOccurrence[] commonAt = new NextOccurrence[tail.size()];
        for (int pos = tailFrom; pos < n; ) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            int last = eol;
            while (last > pos && (text.charAt(last - 1) == ' ' || text.charAt(last - 1) == '\t' || text.charAt(last - 1) == '\r')) {
                last--;
            }
            int len = last - pos;
            if (len > 4 && len < 120 && !signatures.isEmpty() && ".?!:;,\"”".indexOf(text.charAt(last - 1)) < 0) {
                char c0 = text.charAt(pos);
                if (Character.isUpperCase(c0) || c0 == '-' || c0 == '—' || c0 == '–' || c0 == ' ' || c0 == '\t') {
                    signature(text, pos, last, found, sm); // a signature is a short line, no sentence
                }
            }
            if (len > 10 && len < 600) {
                String opening = null;
                int opensWithName = 0; // 1 yes, 2 no: asked once per line, not once per rule
                for (int r = 0; r < tail.size(); r++) {
                    String[] needs = tailNeeds.get(r);
                    boolean atStart = tail.get(r).pattern().startsWith("^");
                    if (atStart && opensWithName == 0) {
                        opensWithName = twoCapitalisedWords(text, pos, last) ? 1 : 2;
                    }
                    if (atStart && opensWithName == 2) {
                        continue; // a bio opens with a name: "Jane Doe is ...", "Pieter van Dijk is ..."
                    }
                    if (needs != null) {
                        // A rule anchored at the line's start finds its literal (a bio's verb after
                        // the name) in the line's opening; others anywhere in the line.
                        String common = tailCommon.get(r);
                        boolean any = false;
                        if (atStart) {
                            String where = opening = opening == null ? text.substring(pos, Math.min(last, pos + OPENING)) : opening;
                            for (int k = common != null && !where.contains(common) ? needs.length : 0; k < needs.length && !any; k++) {
                                any = where.contains(needs[k]);
                            }
                        } else if (common != null) {
                            // Each literal holds the common part: one is in the line only around an
                            // occurrence of that part there, so it is looked for at those few places
                            // rather than searched for to the text's end.
                            if (commonAt[r] == null) {
                                commonAt[r] = new NextOccurrence(text, new String[] {common});
                            }
                            int[] offsets = tailCommonOffsets.get(r);
                            for (int b = commonAt[r].next(0, pos); b >= 0 && b + common.length() <= last && !any; b = commonAt[r].next(0, b + 1)) {
                                for (int k = 0; k < needs.length && !any; k++) {
                                    int s = b - offsets[k];
                                    any = s >= pos && s + needs[k].length() <= last && text.startsWith(needs[k], s);
                                }
                            }
                        } else {
                            if (needsAt[r] == null) {
                                needsAt[r] = new NextOccurrence(text, needs);
                            }
                            for (int k = 0; k < needs.length && !any; k++) {
                                any = needsAt[r].within(k, pos, last);
                            }
                        }
                        if (!any) {
                            continue;
                        }
                    }
                    Matcher m = tm[r] == null ? (tm[r] = tail.get(r).matcher(text)) : tm[r];
                    m.region(pos, last);
                    if (atStart) {
                        if (m.lookingAt() && isBio(m.group("name"), m.group("role"))) {
                            addName(found, m.group("name"));
                            // Co-authors' bios run on in one paragraph: "A is a fellow at X. B is a
                            // senior adviser ...": each following sentence that opens with a name.
                            int from = m.end();
                            for (int k = 0; k < 4; k++) {
                                int dot = text.indexOf(". ", from);
                                if (dot < 0 || dot + 2 >= last || !twoCapitalisedWords(text, dot + 2, last)) {
                                    break;
                                }
                                m.region(dot + 2, last);
                                if (m.lookingAt() && isBio(m.group("name"), m.group("role"))) {
                                    addName(found, m.group("name"));
                                    from = m.end();
                                } else {
                                    from = dot + 2;
                                }
                            }
                        }
                        continue;
                    }
                    while (m.find()) { // "(Reporting by A; Writing by B; ...)"
                        for (String name : namesStartingParts(m.group("all"))) {
                            addName(found, name);
                        }
                    }
                }
            }
            pos = eol + 1;
        }
    }


    /**
     * A signature line near the end: "Jane Doe, Department Spokesperson", "— Jane Doe", or a bare
     * name with its office on the next line ("Antony J. Blinken" / "Secretary of State").
     */
    private void signature(String text, int from, int to, Map<String, String> found, Matcher[] sm) {
        for (int i = 0; i < signatures.size(); i++) {
            // Over the line as a region of the text, not a copy of it: with the default bounds
            // (anchoring, opaque) a region matches as the substring would.
            Matcher m = sm[i] == null ? (sm[i] = signatures.get(i).matcher(text)) : sm[i];
            m.region(from, to);
            if (!m.matches()) {
                continue;
            }
            String office = m.group("office");
            if (office == null) {
                int next = to;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                int eol = text.indexOf('\n', next);
                office = text.substring(next, eol < 0 ? text.length() : eol).strip();
                if (office.length() > 100 || office.endsWith(".") && !office.endsWith("Jr.") && office.indexOf(' ') > 0
                        && office.split(" ").length > 6) {
                    return; // a sentence below the name, not its office
                }
            }
            String name = m.group("name");
            if (m.group("office") == null && name.indexOf(' ') > 0 && salutationAbove(text, from) && isPersonName(name)) {
                addName(found, name); // "Best," / "Jane Doe": a letter's closing
                return;
            }
            char c0 = text.charAt(from);
            boolean signOff = (c0 == '-' || c0 == '—' || c0 == '–') && m.group("office") == null && name.indexOf(' ') > 0;
            if (signOff && isPersonName(name) && !contactBlock(text, from, to)) {
                addName(found, name); // a letter's sign-off: "— Dana Novak", "-- Jane Doe"
                return;
            }
            // In a contact block ("Media contact:" / "Jane Doe, Press Secretary" / "+1 202 ..."),
            // the name is who answers calls, not the statement's signatory.
            if (isOffice(office) && !isOffice(name) && isPersonName(name) && !contactBlock(text, from, to)) {
                addName(found, name);
            }
            return;
        }
    }

    /** Whether the line above {@code from} is a letter's closing word ("Best,", "Cheers!", "Until next week,"). */
    private boolean salutationAbove(String text, int from) {
        int end = from - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= 0 || from - end > 4) {
            return false;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        if (end - start > 30) {
            return false;
        }
        String prev = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
        while (!prev.isEmpty() && ",!.—–-".indexOf(prev.charAt(prev.length() - 1)) >= 0) {
            prev = prev.substring(0, prev.length() - 1).strip();
        }
        return salutations.contains(prev);
    }

    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{7,}");

    /** Whether the line at {@code [from, to)} sits in a contact block: a "contact" line above, an e-mail or phone below. */
    private static boolean contactBlock(String text, int from, int to) {
        int prevEnd = from - 1;
        while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = prevEnd <= 0 ? 0 : text.lastIndexOf('\n', prevEnd - 1) + 1;
        String prev = prevEnd > prevStart ? text.substring(prevStart, prevEnd).toLowerCase(Locale.ROOT) : "";
        if (prev.contains("contact") || prev.contains("inquiries") || prev.contains("enquiries")) {
            return true;
        }
        int e1 = text.indexOf('\n', to + 1);
        int e2 = e1 < 0 ? -1 : text.indexOf('\n', e1 + 1);
        String after = text.substring(Math.min(to, text.length()), e2 < 0 ? text.length() : e2);
        return after.indexOf('@') >= 0 || PHONE.matcher(after).find();
    }

    private boolean isOffice(String s) {
        return hasWordIn(s, officeWords);
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}-]+");
    /** A list item's bullet, and where its name ends: "Jane Doe (CSIS)", "Jane Doe – host", "Jane Doe, host". */
    private static final Pattern BULLET = Pattern.compile("^[-*•·]\\s*");
    private static final Pattern ITEM_END = Pattern.compile("\\s[(–—|]|,");

    /** Whether any word of {@code s}, lower-cased, is in {@code words}. */
    private static boolean hasWordIn(String s, Set<String> words) {
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line opens (after markup or "About the author") with a capitalised word followed
     * by another, or by a lower-case particle ("van"): a cheap test before a bio's literals and regex.
     */
    private static boolean twoCapitalisedWords(String text, int pos, int last) {
        int i = pos;
        while (i < last && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '*' || text.charAt(i) == '_')) {
            i++;
        }
        if (text.startsWith("About the author", i)) {
            return true;
        }
        if (i >= last || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        // An abbreviated title before the name ("Dr. Jane Doe", "Col. (ret.) John Roe"); an
        // initial ("J. Doe") is part of the name.
        int j = i + 1;
        while (j < last && Character.isLowerCase(text.charAt(j))) {
            j++;
        }
        if (j - i >= 2 && j - i <= 4 && j + 2 < last && text.charAt(j) == '.' && text.charAt(j + 1) == ' ') {
            int k = j + 2;
            if (text.startsWith("(ret.) ", k) || text.startsWith("(Ret.) ", k)) {
                k += 7;
            }
            if (k < last && Character.isUpperCase(text.charAt(k))) {
                i = k;
            }
        }
        int sp = text.indexOf(' ', i);
        return sp > 0 && sp + 1 < last && (Character.isUpperCase(text.charAt(sp + 1)) || Character.isLowerCase(text.charAt(sp + 1))
                && sp + 4 < last && text.charAt(sp + 2) != ' ' && (text.startsWith("van ", sp + 1) || text.startsWith("von ", sp + 1)
                || text.startsWith("de ", sp + 1) || text.startsWith("der ", sp + 1) || text.startsWith("den ", sp + 1)
                || text.startsWith("da ", sp + 1) || text.startsWith("di ", sp + 1) || text.startsWith("du ", sp + 1)
                || text.startsWith("del ", sp + 1) || text.startsWith("della ", sp + 1) || text.startsWith("la ", sp + 1)
                || text.startsWith("le ", sp + 1) || text.startsWith("ter ", sp + 1) || text.startsWith("ten ", sp + 1)
                || text.startsWith("bin ", sp + 1) || text.startsWith("al ", sp + 1) || text.startsWith("el ", sp + 1)));
    }

    /** Whether the line is a heading over a list of people ("Hosts", "**Guests:**", "## Speakers"). */
    private boolean isHeading(String text, int from, int to) {
        int s = from;
        char c0 = text.charAt(s);
        if (c0 >= 'A' && c0 <= 'Z') {
            c0 = (char) (c0 + ('a' - 'A'));
        }
        if (c0 >= 128 || !headingInitials[c0]) {
            return c0 == '#' || c0 == '*' || c0 == '_' ? headingAfterMarkup(text, s, to) : false;
        }
        return headingAfterMarkup(text, s, to);
    }

    private boolean headingAfterMarkup(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && "#*_-• \t".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && "*_:： \t".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        int len = e - s;
        if (len <= 0 || len >= headingsByLength.length) {
            return false;
        }
        for (String h : headingsByLength[len]) { // no copy of the line: most short lines are no heading
            if (text.regionMatches(true, s, h, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people listed one a line from {@code pos} ("Rachel Moon", "- Dr. Sung-min Cho, space
     * policy researcher"): each line opens with a name; the list ends at the first line that does
     * not. Returns where the list ends.
     */
    private int peopleList(String text, int pos, Map<String, String> found) {
        int n = text.length();
        int taken = 0;
        while (pos < n && taken < 8) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            String line = text.substring(pos, eol).strip();
            if (line.isEmpty()) {
                pos = eol + 1;
                continue;
            }
            if (line.length() > 160) {
                return pos;
            }
            String item = BULLET.matcher(line).replaceFirst("");
            List<String> names = namesStartingParts(ITEM_END.split(item, 2)[0]);
            if (names.isEmpty()) {
                return pos;
            }
            addName(found, names.get(0));
            taken++;
            pos = eol + 1;
        }
        return pos;
    }

    /** Whether a tail sentence "NAME is/was ... ROLE" describes its subject as an author would be. */
    private boolean isBio(String name, String role) {
        if (name == null || role == null || !isPersonName(name)) {
            return false;
        }
        for (String w : name.split(" ")) {
            if (titles.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return false; // "Foreign Minister Cho is ...": an office holder talked about
            }
        }
        return hasWordIn(role, bioWords);
    }

    /**
     * The name opening the sentence that holds {@code at} ("Park Ji-hoon, who retired last year,
     * talked to us"), titles dropped; or null when the sentence opens with something else.
     */
    private String sentenceSubject(String text, int at) {
        int st = at;
        int floor = Math.max(0, at - 300);
        while (st > floor) {
            char c = text.charAt(st - 1);
            // A sentence ends at a line break or at ". " after a word in lower case ("U.S. arms" goes on).
            if (c == '\n' || (c == '.' || c == '?' || c == '!') && st < text.length() && text.charAt(st) == ' '
                    && st >= 2 && (Character.isLowerCase(text.charAt(st - 2)) || Character.isDigit(text.charAt(st - 2)))) {
                break;
            }
            st--;
        }
        if (st == floor && floor > 0) {
            return null;
        }
        while (st < at && !Character.isLetter(text.charAt(st))) {
            st++;
        }
        int end = st;
        while (end < at && text.charAt(end) != ',' && text.charAt(end) != '(') {
            end++;
        }
        List<String> names = namesStartingParts(text.substring(st, end));
        return names.isEmpty() || !text.startsWith(names.get(0), st) && !text.substring(st, end).endsWith(names.get(0))
                ? null : names.get(0);
    }

    /**
     * A chair who speaks by office ("The President: I give the floor ...") is the person the
     * record's opening names as presiding ("President: Ms. Aditi Raman (Pakistan)", "RICHARD
     * HALVERSON, Idaho, Chairman"). The turn label is found by a literal search at line starts
     * ({@code lineStartSeen}, from {@link #hearingTurns}: rule r's label starts a line, and last,
     * whether a line opens with "Q" and a digit); only then is the opening searched for the name.
     */
    private void chairs(String text, Map<String, String> found, boolean[] lineStartSeen) {
        boolean questionNumbers = lineStartSeen[chairs.size()];
        for (int r = 0; r < chairs.size(); r++) {
            if (!lineStartSeen[r] && !(questionNumbers && anyAfterQuestionNumber(text, chairTurns.get(r)))) {
                continue;
            }
            Matcher m = chairs.get(r).matcher(text);
            m.region(0, Math.min(text.length(), HEADINGS));
            if (m.find()) {
                String name = m.group("name");
                name = isCapitals(name.replace(" ", "")) ? titleCase(name) : name;
                // "President: Mr. Ashworth": a surname, which the record may name in full elsewhere
                // ("Mr. Daniel Ashworth (United Kingdom), presiding")
                name = name.indexOf(' ') < 0 ? expand(name, text, found) : name;
                if (isPersonName(name)) {
                    addName(found, name);
                }
            }
        }
    }

    /** Whether some line starts with a numbered question and then one of the labels: "Q54 Chair:". */
    private static boolean anyAfterQuestionNumber(String text, String[] labels) {
        for (String label : labels) {
            if (afterQuestionNumber(text, label)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some line starts with a numbered question and then the label: "Q54 Chair:". */
    private static boolean afterQuestionNumber(String text, String label) {
        for (int at = text.indexOf(" " + label); at > 1; at = text.indexOf(" " + label, at + 1)) {
            int q = at - 1;
            while (q > 0 && Character.isDigit(text.charAt(q))) {
                q--;
            }
            if (q < at - 1 && text.charAt(q) == 'Q' && (q == 0 || text.charAt(q - 1) == '\n')) {
                return true;
            }
        }
        return false;
    }

    /** Where the line starting at {@code pos} ends: its newline, or the end of the text. */
    private static int lineEnd(String text, int pos) {
        int eol = text.indexOf('\n', pos);
        return eol < 0 ? text.length() : eol;
    }

    /** The first character of the line after its spaces and tabs ({@code eol} when it has none). */
    private static int indentEnd(String text, int pos, int eol) {
        int p = pos;
        while (p < eol && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /**
     * Names in hearing turns, in one pass over the lines: each rule is tried only on lines starting
     * with one of its prefixes. The same pass marks in {@code chairTurnAt} which chair rules' turn
     * labels start a line (the last entry: whether a line opens with "Q" and a digit, "Q54 Chair:").
     */
    private List<String> hearingTurns(String text, boolean[] chairTurnAt) {
        List<String> names = new ArrayList<>(0);
        Matcher[] ms = new Matcher[hearing.size()];
        int n = text.length();
        int chairRules = chairs.size();
        for (int pos = 0; pos < n; ) {
            int eol = lineEnd(text, pos);
            char c = text.charAt(pos);
            if (chairLabelInitial[c]) {
                for (int r = 0; r < chairRules; r++) {
                    if (!chairTurnAt[r]) {
                        for (String label : chairTurns.get(r)) {
                            if (text.startsWith(label, pos)) {
                                chairTurnAt[r] = true;
                                break;
                            }
                        }
                    }
                }
            }
            chairTurnAt[chairRules] |= c == 'Q' && pos + 1 < n && Character.isDigit(text.charAt(pos + 1));
            int p = indentEnd(text, pos, eol);
            char first = p < eol ? text.charAt(p) : ' ';
            if (first >= 'A' && first <= 'Z' && hearingInitial[first]) { // every prefix starts with a capital
                for (int r = 0; r < hearing.size(); r++) {
                    for (String prefix : hearingPrefixesByInitial.get(r)[first]) {
                        if (text.startsWith(prefix, p)) {
                            Matcher m = ms[r] == null ? (ms[r] = hearing.get(r).matcher(text)) : ms[r];
                            m.region(pos, n);
                            if (m.lookingAt() && !names.contains(m.group("name"))) {
                                names.add(m.group("name"));
                            }
                            break;
                        }
                    }
                }
            }
            pos = eol + 1;
        }
        return names;
    }

    /**
     * The name of a turn label without the office words before it ("Press Secretary KITAMURA",
     * "Deputy Spokesperson Jane Doe"), or null when nothing but office words is left.
     */
    private String withoutOffice(String label) {
        String[] words = label.split(" ");
        int i = 0;
        boolean office = false; // "The Arctic Race": a leading "The" alone makes no office
        while (i < words.length - 1 && (isLead(words[i]) || officeWords.contains(words[i].toLowerCase(Locale.ROOT)))) {
            String w = words[i].toLowerCase(Locale.ROOT);
            office |= officeWords.contains(w) || roles.contains(w);
            i++;
        }
        return i == 0 || !office ? label : String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    /** A name alone on its line, maybe with a timestamp: "Jane Doe", "Jane Doe  00:01:23", "JANE DOE (1:05)". */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?<name>(?:Mc|Mac)?\\p{Lu}[\\p{L}'’.-]+(?: (?:Mc|Mac)?\\p{Lu}[\\p{L}'’.-]+){1,3})"
            + "(?:[ \\t]+[(\\[]?\\d{1,2}:\\d{2}(?::\\d{2})?[)\\]]?)?[ \\t]*");

    /**
     * Transcript exports that print each turn's speaker on a line of its own above the words
     * (Otter, Descript, Rev: "Jane Doe  00:01:23" / "Welcome back."): a name line followed by a
     * line of text, the same name at least twice. This looks at the line {@code [pos, eol)}; {@code m}
     * is a {@link #NAME_LINE} matcher over the text, {@code seen} the names' counts so far.
     */
    private void nameLineTurn(String text, int pos, int eol, Matcher m, Map<String, Integer> seen) {
        int n = text.length();
        int last = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
        if (last - pos >= 5 && last - pos <= 60 && Character.isUpperCase(text.charAt(pos)) && eol < n) {
            int next = eol + 1;
            int nextEol = text.indexOf('\n', next);
            nextEol = nextEol < 0 ? n : nextEol;
            if (nextEol - next > 1 && !Character.isWhitespace(text.charAt(next))) {
                m.region(pos, last);
                if (m.matches()) {
                    // With a timestamp the line is a turn's head for sure: one is enough.
                    seen.merge(m.group("name"), m.end("name") < last && text.indexOf(':', m.end("name")) < last ? 2 : 1, Integer::sum);
                }
            }
        }
    }

    /**
     * Turn labels that hold a whole line, in one pass over the lines from {@code headerEnd}: CJK
     * labels ({@link #cjkTurn}) and name lines ({@link #nameLineTurn}), the name lines counted
     * after the pass.
     */
    private void lineTurns(String text, int headerEnd, Map<String, Integer> turnCounts) {
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = NAME_LINE.matcher(text);
        int n = text.length();
        for (int pos = Math.max(0, headerEnd); pos < n; ) {
            int eol = lineEnd(text, pos);
            cjkTurn(text, pos, eol, turnCounts);
            nameLineTurn(text, pos, eol, m, seen);
            pos = eol + 1;
        }
        seen.forEach((name, count) -> {
            if (count >= 2 && !labels.contains(name.toLowerCase(Locale.ROOT))) {
                turnCounts.merge(name, count, Integer::sum);
            }
        });
    }

    /** "экономист Андрей Воронов": a profession word, then a name of two capitalised words. */
    private static final Pattern PROFESSION_NAME = Pattern.compile(
            "(?<![\\p{L}])(?<role>\\p{Ll}{4,20})[ \\u00a0]+(?<name>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\u00a0]\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])");

    /**
     * An interview printed as a dialogue of dashes ("— Как итоги?" / "— Главный итог ..."), as Russian
     * papers print them: the person the headline or lead introduces with a profession
     * ("экономист Андрей Воронов о ...") gives the answers.
     */
    private void dashInterviewee(String text, Map<String, String> found) {
        if (professions.isEmpty()) {
            return;
        }
        int dashes = 0;
        for (int i = text.indexOf('—'); i >= 0 && dashes < 4; i = text.indexOf('—', i + 1)) {
            if (i == 0 || text.charAt(i - 1) == '\n') {
                dashes++;
            }
        }
        if (dashes < 4) {
            return;
        }
        Matcher m = PROFESSION_NAME.matcher(text).region(0, Math.min(text.length(), 1500));
        while (m.find()) {
            if (professions.contains(m.group("role")) && isPersonName(m.group("name").replace('\u00a0', ' '))) {
                addName(found, m.group("name").replace('\u00a0', ' '));
                return;
            }
        }
        // "Замглавы ассоциации Андрей Кузнецов — о торговле с Китаем": the dek names the
        // interviewee before "— о" (what the talk is about), whatever the office before the name.
        Matcher a = NAME_ABOUT.matcher(text).region(0, Math.min(text.length(), 1500));
        if (a.find() && isPersonName(a.group("name").replace('\u00a0', ' '))) {
            addName(found, a.group("name").replace('\u00a0', ' '));
        }
    }

    /** A Cyrillic name, then a dash and "о"/"об" and what the interview is about. */
    private static final Pattern NAME_ABOUT = Pattern.compile(
            "(?<name>\\p{Lu}(?<=\\p{IsCyrillic})\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\u00a0]\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)[ \\u00a0]+[—–][ \\u00a0]+об?[ \\u00a0]+\\p{Ll}");

    /** A question's label at a line's start in a Q&A interview. */
    private static final Pattern QUESTION = Pattern.compile("(?m)^[ \\t*_]*(?:Q|Question|QUESTION)[*_]{0,2}[ \\t]*[:.][*_]{0,2}[ \\t]");
    /** How far into a Q&A interview its introduction is looked for. */
    private static final int INTERVIEW_INTRO = 2000;

    /**
     * In a Q&A interview (two or more "Q:" lines), the person its introduction describes before the
     * first question ("Jane Doe is a senior economist who ...; we spoke about ...") gives the answers:
     * a speaker, read with the closing-bio rules.
     */
    private void interviewee(String text, Map<String, String> found) {
        if (!holdsQuestionWord(text)) {
            return; // no question labels: no Q&A interview
        }
        int limit = Math.min(text.length(), INTERVIEW_INTRO + 200);
        Matcher q = QUESTION.matcher(text);
        int firstQ = questionLabel(text, q, 0);
        if (firstQ < 0 || firstQ > INTERVIEW_INTRO) {
            return;
        }
        if (questionLabel(text, q, q.end()) < 0) {
            return; // one "Q:" is no interview
        }
        for (int r = 0; r < tail.size(); r++) {
            if (!tail.get(r).pattern().startsWith("^")) {
                continue;
            }
            Matcher m = tail.get(r).matcher(text);
            for (int pos = 0; pos < firstQ && pos < limit; ) {
                int eol = text.indexOf('\n', pos);
                if (eol < 0 || eol > firstQ) {
                    eol = firstQ;
                }
                if (eol - pos > 10 && twoCapitalisedWords(text, pos, eol)) {
                    m.region(pos, eol);
                    if (m.lookingAt() && isBio(m.group("name"), m.group("role"))) {
                        addName(found, m.group("name"));
                        return;
                    }
                }
                pos = eol + 1;
            }
        }
    }

    /**
     * Whether the text holds "Q:", "Q.", "Question" or "QUESTION": all start with 'Q', so one
     * search for that character (rare in prose) replaces four searches of the whole text.
     */
    private static boolean holdsQuestionWord(String text) {
        for (int i = text.indexOf('Q'); i >= 0; i = text.indexOf('Q', i + 1)) {
            if (text.startsWith("Q:", i) || text.startsWith("Q.", i) || text.startsWith("Question", i)
                    || text.startsWith("QUESTION", i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the first {@link #QUESTION} label at or after {@code from} starts, or -1; {@code q} is
     * left on it. As {@code q.find()} would answer, but the regex is tried only at the start of
     * a line whose 'Q' follows nothing but [ \t*_]: a find() tries every character of the text.
     */
    private static int questionLabel(String text, Matcher q, int from) {
        int n = text.length();
        for (int i = text.indexOf('Q', from); i >= 0; i = text.indexOf('Q', i + 1)) {
            int start = i;
            while (start > 0 && " \t*_".indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start >= from && lineStartAt(text, start)) {
                q.region(start, n);
                if (q.lookingAt()) {
                    return start;
                }
            }
        }
        return -1;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether '^' in MULTILINE mode matches at {@code i} of the whole text (as Pattern's Caret decides). */
    private static boolean lineStartAt(String text, int i) {
        return i == 0 || isLineTerminator(text.charAt(i - 1)) && !(text.charAt(i - 1) == '\r' && text.charAt(i) == '\n');
    }

    /** A Han or Hangul turn label: "周明远：", "김현우:", "发言人毛宁：", "宮本 沙織：". */
    private static final Pattern CJK_LABEL = Pattern.compile(
            "[\\p{IsHan}\\p{IsHangul}\\p{IsKatakana}ー]{2,10}|\\p{IsHan}{1,3}[ \\u3000]\\p{IsHan}{1,3}");
    private static final Pattern CJK_NAME = Pattern.compile(
            "\\p{IsHan}{2,4}|\\p{IsHangul}{2,4}|\\p{IsHan}{1,3}[ \\u3000]\\p{IsHan}{1,3}");

    /**
     * A turn label in Han or Hangul on the line {@code [pos, eol)} ("周明远：欢迎收听", "김현우: 네"):
     * a name of two to four characters before a colon at a line's start, an office before it
     * dropped ("发言人毛宁"). As with Latin labels, a name counts after two turns.
     */
    private void cjkTurn(String text, int pos, int eol, Map<String, Integer> turnCounts) {
        int p = indentEnd(text, pos, eol);
        if (p < eol && text.charAt(p) >= '\u3040') {
            int colon = -1;
            for (int k = p + 2, last = Math.min(eol, p + 12); k < last; k++) {
                char c = text.charAt(k);
                if (c == ':' || c == '：') {
                    colon = k;
                    break;
                }
            }
            if (colon > 0) {
                String label = text.substring(p, colon).strip();
                if (CJK_LABEL.matcher(label).matches()) {
                    String name = withoutCjkRole(label);
                    if (name != null && CJK_NAME.matcher(name).matches() && !labels.contains(name) && isPersonName(name)) {
                        turnCounts.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static boolean isHangul(String s) {
        return !s.isEmpty() && s.charAt(0) >= '\uac00' && s.charAt(0) <= '\ud7a3';
    }

    /** "发言人毛宁" -> "毛宁", "主播" -> null: a role or office word glued before a CJK name is dropped. */
    private String withoutCjkRole(String label) {
        if (roles.contains(label) || officeWords.contains(label) || labels.contains(label)) {
            return null;
        }
        String name = label;
        for (int k = Math.min(name.length() - 2, 8); k >= 1; k--) {
            String head = name.substring(0, k);
            if (roles.contains(head) || officeWords.contains(head)) {
                name = name.substring(k);
                break;
            }
        }
        // "北村報道官", "김현우대변인": an office printed after the name ("大使馆发言人" leaves no name).
        for (int k = Math.max(1, name.length() - 8); k <= name.length() - 1; k++) {
            String tail = name.substring(k);
            if (roles.contains(tail) || officeWords.contains(tail)) {
                name = name.substring(0, k);
                break;
            }
        }
        return name.length() < 2 ? null : name;
    }

    private static final Pattern ROLE_LINE = Pattern.compile(
            "^[\\s□■○●◆◇▶▷•·*#>-]*(?<role>[^\\s:：]{1,14}(?: [^\\s:：]{1,10})?)[*_]{0,2}\\s*[:：]\\s*[*_]{0,2}(?<names>\\S[^\\n]*)$");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[?？!！。]|\\.\\s");
    private static final Pattern ROLE_PARTS = Pattern.compile("\\s*(?:[,，、;；/]|\\s(?:and|&|и|및|와|과)\\s)\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\s*[(（][^)）]*[)）]?");

    /**
     * A line in the opening that gives a role and then names, in any script: "Host: Jane Doe",
     * "主播：周明远", "嘉宾：韩思齐（研究者）", "□ 발표: 김현우 대변인", "출연: A, B", "Ведущий: Иван
     * Петров", "ゲスト：山田 花子". The role word must be in the 'role' list; each name is read by its
     * script's shape (an office or affiliation after it dropped). {@code roleLines} holds a
     * {@link #ROLE_LINE} matcher over {@code text}, or null until one is needed.
     */
    private void roleLine(String text, int from, int to, Map<String, String> found, Matcher[] roleLines) {
        int colon = -1;
        for (int k = from, last = Math.min(to, from + 24); k < last; k++) {
            char c = text.charAt(k);
            if (c == ':' || c == '：') {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return;
        }
        Matcher m = (roleLines[0] == null ? roleLines[0] = ROLE_LINE.matcher(text) : roleLines[0]).region(from, to);
        if (!m.matches()) {
            return;
        }
        String role = m.group("role");
        String[] rw = role.split(" ");
        boolean isRole = true;
        for (String w : rw) {
            isRole &= roles.contains(w.toLowerCase(Locale.ROOT)) || titles.contains(w.toLowerCase(Locale.ROOT));
        }
        if (!isRole || !roles.contains(rw[rw.length - 1].toLowerCase(Locale.ROOT))) {
            return;
        }
        String names = BRACKETED.matcher(m.group("names")).replaceAll(" ").strip();
        if (names.length() > 80 || names.endsWith(".") || names.endsWith("다") || SENTENCE_MARK.matcher(names).find()) {
            return; // a sentence after a turn label ("대변인: 안녕하십니까. ...", "记者：中方有何评论？"), not a list of names
        }
        for (String part : ROLE_PARTS.split(names)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            char c0 = p.charAt(0);
            if (c0 >= '\u3040') {
                // CJK: a name, with an office before or after it ("김현우 대변인", "대변인 김현우").
                String[] toks = p.split("[ \u3000]+");
                if (toks.length > 3) {
                    continue;
                }
                String name = withoutCjkRole(toks[0]);
                if (name == null && toks.length > 1) {
                    name = toks[1];
                } else if (toks.length > 1 && !roles.contains(toks[1]) && !officeWords.contains(toks[1]) && !isHangul(toks[0])) {
                    name = p; // "山田 花子": a Japanese name printed with a space
                }
                if (name != null && CJK_NAME.matcher(name).matches() && isPersonName(name)) {
                    addName(found, name);
                }
            } else if (Character.isUpperCase(c0)) {
                for (String name : namesStartingParts(p)) {
                    addName(found, name);
                }
            }
        }
    }

    /**
     * A {@link FirstCharacters} screen for a rule tried at its trigger, or null when it would not be
     * exact. FirstCharacters tries the rule on the trigger's first one or two characters alone,
     * with nothing before them; that answers as the text would when the rule looks behind only in
     * a look-behind it opens with, which holds at a text's start (it matches nothing after '^':
     * "(?<=(?:^|\n)\s{0,20})"), and asks for no word boundary.
     */
    static FirstCharacters startScreen(Pattern rule) {
        String regex = rule.pattern();
        if (!regex.startsWith("(?<=") || regex.indexOf("(?<=", 1) >= 0 || regex.contains("(?<!")
                || regex.contains("\\b") || regex.contains("\\B")) {
            return null;
        }
        int close = RegexSyntax.groupEnd(regex, 0);
        try {
            if (close < 0 || !Pattern.compile("^(?:" + regex.substring(4, close) + ")").matcher("").matches()) {
                return null;
            }
        } catch (PatternSyntaxException e) {
            return null; // the look-behind not read as the rule's own: no screen
        }
        return new FirstCharacters(rule);
    }

    private static boolean hasGroup(Pattern p, String group) {
        return p.pattern().contains("(?<" + group + ">");
    }

    /**
     * The names that open the parts of a list: "Brad Roberts, director of the Center ..., and
     * Vipin Narang, former ..." gives Brad Roberts and Vipin Narang; a part that opens with
     * anything else (a job description) gives nothing.
     */
    private List<String> namesStartingParts(String list) {
        List<String> out = new ArrayList<>(2);
        for (String part : PART_SPLIT.split(list)) {
            String p = PART_LEAD.matcher(part.strip()).replaceFirst("");
            if (p.indexOf('(') > 0) {
                p = RETIRED.matcher(p).replaceAll(" ").strip();
            }
            if (!p.isEmpty() && (p.startsWith("who ") || p.startsWith("whose ") || p.startsWith("about "))) {
                break; // "Jane Doe, who served in Hanoi, about whether Trump and Kim ...": the people talked about follow
            }
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
                continue;
            }
            Matcher m = CAP_SEQ.matcher(p);
            if (!m.lookingAt()) {
                continue;
            }
            String[] words = m.group().split(" ");
            int i = 0;
            while (i < words.length && isLead(words[i])) {
                i++;
            }
            // "U.S. Navy Captain Daniel Brooks": a service's name and a rank before the name; the
            // name is what follows the last title word.
            for (int k = words.length - 2; k >= i; k--) {
                if (isLead(words[k]) || RANKS.contains(bare(words[k]))) {
                    i = k + 1;
                    break;
                }
            }
            boolean titled = false; // "Foreign Minister of ...": an office, not a name
            for (int k = i; k < words.length; k++) {
                titled |= titles.contains(words[k].toLowerCase(Locale.ROOT).replace(".", ""));
            }
            if (words.length - i >= 2 && !titled) {
                String name = String.join(" ", Arrays.copyOfRange(words, i, words.length));
                if (isPersonName(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /**
     * The name of two to four capitalised words ending right before {@code at} ("Host Daniel
     * Kurtz-Phelan talks with": Daniel Kurtz-Phelan), leading job titles dropped; or null.
     */
    private String nameBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        List<String> words = new ArrayList<>(4);
        int pos = end;
        while (words.size() < 5 && pos > 0) {
            int st = pos;
            while (st > 0 && (Character.isLetter(text.charAt(st - 1)) || "'’.-".indexOf(text.charAt(st - 1)) >= 0)) {
                st--;
            }
            if (st == pos || !Character.isUpperCase(text.charAt(st))) {
                break;
            }
            words.add(0, text.substring(st, pos));
            if (st == 0 || text.charAt(st - 1) != ' ') {
                break;
            }
            pos = st - 1;
        }
        int i = 0;
        while (i < words.size() && isLead(words.get(i))) {
            i++;
        }
        if (words.size() - i < 2 || words.size() - i > 4) {
            return null;
        }
        String name = String.join(" ", words.subList(i, words.size()));
        return isPersonName(name) ? name : null;
    }

    /** The first capitalised run in an intro that is a person's name, skipping job titles. */
    /** Lower-case words before a guest's name in a list: "by", "retired", "former", "the". */
    private static final Pattern PART_LEAD = Pattern.compile("^(?:(?:by|retired|former|the|our|also|with|fellow)\\s+){1,3}");
    /** "(ret.)" after a rank: "Captain (ret.) Jane Doe", "Gen. (ret.) John Roe". */
    private static final Pattern RETIRED = Pattern.compile("\\s*\\((?:ret|Ret|retd|Retd)\\.?\\)\\s*");
    /** Military ranks printed before a name; dropped like titles. */
    private static final Set<String> RANKS = Set.of("captain", "capt", "commander", "cmdr", "lieutenant", "lt", "major", "maj",
            "colonel", "col", "general", "gen", "admiral", "adm", "sergeant", "sgt", "brigadier", "marshal");

    private String firstPersonName(String rest) {
        Matcher m = CAP_SEQ.matcher(rest);
        while (m.find()) {
            String seq = m.group();
            if (seq.endsWith("'s") || seq.endsWith("’s")) {
                continue; // a possessive ("about Kim Jong Un's new line") names who is talked about
            }
            String[] words = seq.split(" ");
            // Drop leading titles: "Senior Vice President Victor Cha" -> "Victor Cha".
            int i = 0;
            while (i < words.length && isLead(words[i])) {
                i++;
            }
            if (i >= words.length) {
                continue;
            }
            String name = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            if (name.split(" ").length >= 2 && isPersonName(name)) {
                return name;
            }
        }
        return null;
    }

    /** Short name to full name: a known speaker starting/ending with it, else "Name Surname" in the text. */
    private String expand(String name, String text, Map<String, String> found) {
        String key = key(name);
        boolean single = !name.contains(" ");
        String shortName = single && isCapitals(name) && name.length() > 1 ? titleCase(name) : name;
        if (!single) {
            return name;
        }
        for (String full : found.values()) {
            String[] parts = full.split(" ");
            if (key(parts[0]).equals(key) || key(parts[parts.length - 1]).equals(key)) {
                return full;
            }
        }
        // "Andrew" -> "Andrew Schwartz"; "CHA" -> "Victor Cha" (Korean names put the surname first:
        // "KIM" -> "Kim Min-ji"), taking the most frequent such pair that looks like a name. A
        // hand scan from each occurrence of the short name (no regex built per name).
        Map<String, Integer> counts = new HashMap<>();
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(shortName); i >= 0; i = text.indexOf(shortName, i + 1)) {
            if (i == 0 || !isWord(text.charAt(i - 1))) {
                at.add(i);
            }
        }
        int sl = shortName.length();
        int lastEnd = 0;
        for (int i : at) { // "Andrew Schwartz": the capitalised word after the name
            if (i < lastEnd) {
                continue;
            }
            int end = nameAfter(text, i + sl);
            if (end > 0) {
                lastEnd = end;
                String cand = shortName + " " + text.substring(i + sl + 1, end);
                if (isPersonName(cand)) {
                    counts.merge(cand, 1, Integer::sum);
                }
            }
        }
        // A participants list or statement heading in capitals ("MIREYA SOLÍS", "STATEMENT OF HON.
        // JAMES E. RISCH"): the first name and initials right before the surname in capitals.
        String caps = name.toUpperCase(Locale.ROOT);
        int tries = 0;
        for (int i = text.indexOf(caps); i >= 0 && tries < 20; i = text.indexOf(caps, i + 1), tries++) {
            int e = i + caps.length();
            if (e < text.length() && isWord(text.charAt(e))) {
                continue;
            }
            String first = capitalsBefore(text, i);
            if (first != null) {
                String cand = titleCase(first + " " + caps);
                if (isPersonName(cand)) {
                    counts.merge(cand, 2, Integer::sum);
                }
            }
            String given = capitalsLineEnd(text, e);
            if (given != null) { // "JUNG HO-SEOK" alone on a line: surname first, as Korean names go
                String cand = titleCase(caps + " " + given);
                if (isPersonName(cand)) {
                    counts.merge(cand, 2, Integer::sum);
                }
            }
        }
        for (int i : at) { // a witness list "Cha, Dr. Victor, Senior Vice President": surname first
            if (i >= 2 && text.charAt(i - 2) == ',') {
                continue; // inside a list of surnames ("Senators Cardin, Shaheen, Coons"), not a witness line
            }
            String first = firstNameAfterComma(text, i + sl);
            if (first != null && isPersonName(first + " " + shortName)) {
                counts.merge(first + " " + shortName, 2, Integer::sum);
            }
        }
        for (int i : at) { // "Victor Cha", "Senior Fellow Terry": one or two capitalised words before
            int e = i + sl;
            if (e < text.length() && isWord(text.charAt(e))) {
                continue;
            }
            String first = wordsBefore(text, i);
            if (first == null) {
                continue;
            }
            // "Senior Fellow Terry": drop leading job titles.
            while (first.contains(" ") && titles.contains(first.substring(0, first.indexOf(' ')).toLowerCase(Locale.ROOT))) {
                first = first.substring(first.indexOf(' ') + 1);
            }
            String cand = first + " " + shortName;
            if (!titles.contains(first.toLowerCase(Locale.ROOT)) && isPersonName(cand)) {
                counts.merge(cand, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(shortName);
    }

    /**
     * After a surname ending at {@code p}: ", First" or ", Dr. First" followed by a comma or the
     * line's end (the surname-first form of witness and participant lists), or null.
     */
    private String firstNameAfterComma(String text, int p) {
        int n = text.length();
        if (p + 2 >= n || text.charAt(p) != ',' || text.charAt(p + 1) != ' ') {
            return null;
        }
        int j = p + 2;
        int w = j;
        while (w < n && Character.isLetter(text.charAt(w))) {
            w++;
        }
        if (w < n && text.charAt(w) == '.' && HONORIFIC.matcher(text.substring(j, w)).matches()) {
            j = w + 1;
            while (j < n && text.charAt(j) == ' ') {
                j++;
            }
        }
        int end = nameAfter(text, j - 1);
        if (end < 0 || j == 0 || text.charAt(j - 1) != ' ') {
            return null;
        }
        if (end < n && text.charAt(end) != ',' && text.charAt(end) != '\n') {
            return null;
        }
        String first = text.substring(j, end);
        return titles.contains(first.toLowerCase(Locale.ROOT)) ? null : first; // "Collins, Director, ..."
    }

    /** Words in capitals that precede a name in a heading but are not a first name. */
    private static final Set<String> CAPS_NOT_FIRST = Set.of(
            "OF", "BY", "AND", "THE", "FOR", "FROM", "TO", "ON", "AT", "WITH", "HON", "MR", "MS", "MRS", "DR",
            "SENATOR", "STATEMENT", "TESTIMONY", "REMARKS", "CHAIRMAN", "AMBASSADOR", "SECRETARY", "GENERAL");

    /**
     * Before a surname in capitals at {@code i}: a first name in capitals and any initials
     * ("ADAM P. " before "LIFF"), or null. Honorifics and function words are not first names.
     */
    private String capitalsBefore(String text, int i) {
        int pos = i;
        List<String> tokens = new ArrayList<>(3);
        while (pos >= 2 && text.charAt(pos - 1) == ' ') {
            int end = pos - 1;
            int st = end;
            while (st > 0 && Character.isUpperCase(text.charAt(st - 1))) {
                st--;
            }
            boolean dot = end > 0 && text.charAt(end - 1) == '.';
            if (dot) { // an initial "P."
                int s2 = end - 1;
                if (s2 >= 1 && Character.isUpperCase(text.charAt(s2 - 1)) && (s2 < 2 || !Character.isLetter(text.charAt(s2 - 2)))) {
                    tokens.add(0, text.substring(s2 - 1, end));
                    pos = s2 - 1;
                    continue;
                }
                return null;
            }
            if (end - st < 2 || st > 0 && isWord(text.charAt(st - 1))) {
                return null;
            }
            String w = text.substring(st, end);
            if (CAPS_NOT_FIRST.contains(w) || titles.contains(w.toLowerCase(Locale.ROOT))) {
                return null; // "PRESIDENT BIDEN": an office, not a first name
            }
            tokens.add(0, w);
            return String.join(" ", tokens);
        }
        return null;
    }

    /**
     * After a surname in capitals ending at {@code p}: one given name in capitals (maybe
     * hyphenated, "HO-SEOK") that ends the line, as a participants list prints a Korean, Chinese or
     * Japanese name; or null.
     */
    private static String capitalsLineEnd(String text, int p) {
        int n = text.length();
        if (p + 2 >= n || text.charAt(p) != ' ' || !Character.isUpperCase(text.charAt(p + 1))) {
            return null;
        }
        int j = p + 1;
        while (j < n && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        if (j == p + 2 && j < n && Character.isLowerCase(text.charAt(j))) {
            // "KITAMURA Toshihiro": a given name in lower case after the surname in capitals
            while (j < n && (Character.isLowerCase(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
        }
        if (j - (p + 1) < 2 || j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
            return null;
        }
        String w = text.substring(p + 1, j);
        return CAPS_NOT_FIRST.contains(w) ? null : w;
    }

    /** "CHA", "KENDALL-TAYLOR", "McCAUL": a surname in capitals, as turn labels print them. */
    private static boolean isCapitals(String name) {
        String rest = name.startsWith("Mc") ? name.substring(2) : name.startsWith("Mac") ? name.substring(3) : name;
        return !rest.isEmpty() && rest.equals(rest.toUpperCase(Locale.ROOT));
    }

    /** "KENDALL-TAYLOR" -> "Kendall-Taylor", "McCAUL" -> "McCaul". */
    private static String titleCase(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean mc = i == 2 && name.startsWith("Mc");
            sb.append(start || mc ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == ' ' || c == '\'';
        }
        return sb.toString();
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * After a name ending at {@code p}: " Surname" (a capital, then lower case or apostrophes,
     * maybe "-Part"), ending at a word boundary. Returns the end of the surname, or -1.
     */
    private static int nameAfter(String text, int p) {
        int n = text.length();
        if (p + 2 >= n || text.charAt(p) != ' ' || !Character.isUpperCase(text.charAt(p + 1))) {
            return -1;
        }
        int j = p + 2;
        while (j < n && (Character.isLowerCase(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '’')) {
            j++;
        }
        if (j == p + 2) {
            return -1;
        }
        if (j + 1 < n && text.charAt(j) == '-' && Character.isLetter(text.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && Character.isLetter(text.charAt(k))) {
                k++;
            }
            if (k >= n || !isWord(text.charAt(k))) {
                return k;
            }
        }
        return j >= n || !isWord(text.charAt(j)) ? j : -1;
    }

    /** One or two capitalised words ("Victor", "Senior Fellow") right before {@code i}, or null. */
    private static String wordsBefore(String text, int i) {
        if (i < 3 || text.charAt(i - 1) != ' ') {
            return null;
        }
        int w1 = capitalisedWordEndingAt(text, i - 1);
        if (w1 < 0) {
            return null;
        }
        if (w1 >= 3 && text.charAt(w1 - 1) == ' ') {
            int w0 = capitalisedWordEndingAt(text, w1 - 1);
            if (w0 >= 0) {
                return text.substring(w0, i - 1);
            }
        }
        return text.substring(w1, i - 1);
    }

    /** Start of a word \p{Lu}\p{Ll}+ ending at {@code end} with a word boundary before it, or -1. */
    private static int capitalisedWordEndingAt(String text, int end) {
        int j = end - 1;
        while (j >= 0 && Character.isLowerCase(text.charAt(j))) {
            j--;
        }
        if (j < 0 || j == end - 1 || !Character.isUpperCase(text.charAt(j))) {
            return -1;
        }
        return j == 0 || !isWord(text.charAt(j - 1)) ? j : -1;
    }

    /** Whether a capitalised phrase can be a person's name (no organisation, place or label word). */
    public boolean isPersonName(String name) {
        if (name == null) {
            return false;
        }
        Boolean known = personNames.get(name);
        if (known == null) {
            known = judgePersonName(name);
            if (personNames.size() < NAMES_KEPT) {
                personNames.put(name, known);
            }
        }
        return known;
    }

    private boolean judgePersonName(String name) {
        if (name.isBlank() || name.length() > 60) {
            return false;
        }
        if (labels.contains(name.toLowerCase(Locale.ROOT)) || isGeneric(name)) {
            return false;
        }
        // Word by word without a regex: this runs for every candidate name.
        int n = name.length();
        for (int i = 0; i < n; ) {
            while (i < n && name.charAt(i) == ' ') {
                i++;
            }
            int end = i;
            while (end < n && name.charAt(end) != ' ') {
                end++;
            }
            if (end > i) {
                int e = end;
                if (e - i > 2 && (name.charAt(e - 1) == 's' || name.charAt(e - 1) == 'S')
                        && (name.charAt(e - 2) == '\'' || name.charAt(e - 2) == '’')) {
                    e -= 2; // a possessive: "Kim's"
                }
                if (notNameHashes.mayHold(name, i, e) && notNames.contains(name.substring(i, e).toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            i = end;
        }
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(name.charAt(i))) {
                return false; // "APT28", "G7 Ministers", "UNC2452": no person's name holds a digit
            }
        }
        if (onlyRoleWords(name)) {
            return false; // "High Representative", "Press Secretary", "Spokesperson": an office, no name
        }
        // A country, capital or demonym is not a person ("Russia:", ", Moscow.").
        return !gazetteer.mentionsAnyInName(name);
    }

    /**
     * {@code GENERIC.matcher(name).matches()}, with the regex run only for names that could match:
     * both its forms open with an ASCII letter, either the first of a listed word (case aside) or a
     * lone letter before digits. Nearly every name fails this test, and a matcher is not cheap.
     */
    private static boolean isGeneric(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char c0 = name.charAt(0);
        boolean letter = c0 < 128 && Character.isLetter(c0);
        boolean word = "spvcghSPVCGH".indexOf(c0) >= 0;
        boolean letterAndDigits = letter && (name.length() == 1 || name.charAt(1) >= '0' && name.charAt(1) <= '9');
        return (word || letterAndDigits) && GENERIC.matcher(name).matches();
    }

    /** A title, honorific or role word that may precede a name ("Senior", "Dr.", "Hosts", "Co-hosts:"). */
    private boolean isLead(String word) {
        if (!leadShapes.mayHold(word, 0, word.length())) {
            return false;
        }
        String w = bare(word);
        return titles.contains(w) || roles.contains(w);
    }

    /**
     * The word in lower case without dots and a trailing colon or comma ("Dr." -> "dr", "Hosts:" ->
     * "hosts"); no regex: this runs for every word of every candidate name.
     */
    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && ":：,".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        boolean plain = true;
        for (int i = 0; i < end && plain; i++) {
            char c = word.charAt(i);
            plain = c != '.' && !Character.isUpperCase(c);
        }
        if (plain) {
            return end == word.length() ? word : word.substring(0, end);
        }
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            if (c != '.') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
    /**
     * A set's words as bits of their hash codes: a word, lower-cased, whose bit is not set is not
     * in the set. ASCII words are hashed as they are read, with no lower-cased copy made.
     */
    private static final class LowerCaseHashes {
        private static final int BITS = 1 << 14;
        private final long[] bits = new long[BITS / 64];

        void add(String word) {
            int b = bit(word.hashCode());
            bits[b >>> 6] |= 1L << b;
        }

        private static int bit(int hash) {
            return (hash ^ hash >>> 14) & (BITS - 1);
        }

        /**
         * False when {@code word.substring(from, to).toLowerCase(Locale.ROOT)} is surely not in
         * the set; true when it may be (or the word is not ASCII).
         */
        boolean mayHold(String word, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                char c = word.charAt(i);
                if (c >= 128) {
                    return true;
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); // as String.hashCode of the lower-cased word
            }
            int b = bit(h);
            return (bits[b >>> 6] & 1L << b) != 0;
        }
    }

    /**
     * The shapes (first character, length) of a set's words, to tell that the {@link #bare} form
     * of a word is in none of them without making it: a lookup per word of every candidate name.
     */
    private static final class WordShapes {
        private static final int MAX_LENGTH = 32;
        private final boolean[][] shapes = new boolean[128][MAX_LENGTH];

        void add(String word) {
            if (!word.isEmpty() && word.charAt(0) < 128 && word.length() < MAX_LENGTH) {
                shapes[word.charAt(0)][word.length()] = true;
            }
        }

        /**
         * False when {@code bare(word.substring(from, to))} has the shape of no added word; true
         * when it may be one (or the shape is not tracked: a first character past ASCII, a long
         * or empty word).
         */
        boolean mayHold(String word, int from, int to) {
            int end = to;
            while (end > from && ":：,".indexOf(word.charAt(end - 1)) >= 0) {
                end--;
            }
            int length = 0;
            char first = 0;
            for (int i = from; i < end; i++) {
                char c = word.charAt(i);
                if (c != '.') {
                    if (length == 0) {
                        first = Character.toLowerCase(c);
                    }
                    length++;
                }
            }
            return length == 0 || length >= MAX_LENGTH || first >= 128 || shapes[first][length];
        }
    }

    /** A CJK or Korean role word glued to its name by a colon: "主播：周明远", "진행: 김하늘". */
    private static final Pattern ROLE_COLON = Pattern.compile("^(?<role>[^\\s:：]{1,12})\\s*[:：]\\s*(?<name>\\S.*)$");

    /**
     * The name without the role and title words printed before it ("Hosts Kenji Mori" -> "Kenji
     * Mori", "with guest Jane Doe" -> "Jane Doe", "主播：周明远" -> "周明远"), or null when nothing but
     * such words is left.
     */
    String withoutRole(String name) {
        Matcher c = name.indexOf(':') > 0 || name.indexOf('：') > 0 ? ROLE_COLON.matcher(name) : null;
        if (c != null && c.matches() && isLead(c.group("role"))) {
            name = c.group("name").strip();
        }
        if (name.indexOf(' ') < 0) {
            return isLead(name) ? null : name;
        }
        if (!leadShapes.mayHold(name, 0, name.indexOf(' '))) {
            return name; // the first word is no title or role: nothing goes
        }
        String[] words = name.split(" ");
        int i = 0;
        // Leading words go while a name of two words (or one CJK or Cyrillic name) remains.
        while (i < words.length - 1 && isLead(words[i]) && (words.length - i > 2 || !isLatin(words[words.length - 1]))) {
            i++;
        }
        if (i == words.length - 1 && isLead(words[i])) {
            return null;
        }
        return i == 0 ? name : String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(String w) {
        return !w.isEmpty() && w.charAt(0) < 0x250;
    }

    /** Whether every word of the name is a title, role or office word. */
    private boolean onlyRoleWords(String name) {
        int n = name.length();
        for (int i = 0; i < n; ) {
            while (i < n && (name.charAt(i) == ' ' || name.charAt(i) == '\u3000')) {
                i++;
            }
            int end = i;
            while (end < n && name.charAt(end) != ' ' && name.charAt(end) != '\u3000') {
                end++;
            }
            if (end > i) {
                if (!roleShapes.mayHold(name, i, end)) {
                    return false;
                }
                String w = bare(name.substring(i, end));
                if (!titles.contains(w) && !roles.contains(w) && !officeWords.contains(w)) {
                    return false;
                }
            }
            i = end;
        }
        return true;
    }

    private void addName(Map<String, String> found, String name) {
        KeptName kept = keptNames.get(name);
        if (kept == null) {
            kept = kept(name);
            if (keptNames.size() < NAMES_KEPT) {
                keptNames.put(name, kept);
            }
        }
        if (kept == KeptName.NONE) {
            return;
        }
        String n = kept.display;
        String k = kept.key;
        // Keep the longer form when one name is the first or last word of another.
        // No copy of the entries to walk: the map changes only right before returning.
        for (String ek : found.keySet()) {
            if (ek.equals(k) || firstOrLastWord(k, ek)) {
                return;
            }
            if (firstOrLastWord(ek, k)) {
                found.remove(ek);
                found.put(k, n);
                return;
            }
        }
        found.put(k, n);
    }

    /** The form and key {@link #addName} keeps for a name, NONE when only a title or role is left. */
    private KeptName kept(String name) {
        String stripped = name.strip();
        String n = withoutRole(singleSpaced(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" "));
        if (n == null || n.isEmpty()) {
            return KeptName.NONE;
        }
        if (n.length() > 3 && hasUpperCase(n) && isCapitals(n.replace(" ", ""))) {
            n = titleCase(n); // "CLARA VOSS:" as a turn label prints it -> "Clara Voss"
        }
        return new KeptName(n, key(n));
    }

    /**
     * Whether {@code part} is the first or last word(s) of {@code whole}: as
     * {@code whole.startsWith(part + " ") || whole.endsWith(" " + part)}, without the two strings.
     */
    private static boolean firstOrLastWord(String part, String whole) {
        int p = part.length();
        int w = whole.length();
        return w > p && (whole.charAt(p) == ' ' && whole.startsWith(part)
                || whole.charAt(w - p - 1) == ' ' && whole.endsWith(part));
    }

    /**
     * Whether {@link #SPACES} would leave {@code s} as it is: its only whitespace is single spaces.
     * Most names are written so, and this scan is cheaper than the regex replacement.
     */
    private static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' && (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}\\p{N} ]");

    static String key(String name) {
        boolean plain = true;
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ');
        }
        if (plain) {
            return name.toLowerCase(Locale.ROOT).strip();
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_NAME_CHAR.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("").strip();
    }
}
