package org.dossier.extract.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.Literal;
import org.dossier.extract.text.Resources;

/**
 * Podcast signs that page furniture hides: links to listening platforms ("Listen on Apple
 * Podcasts", "Apple Podcasts | Spotify | RSS") are dropped from the body as furniture, and a title
 * scraped from a platform carries the platform's suffix ("... on Apple Podcasts"). Both are read
 * from the raw text, before the furniture is stripped.
 */
final class PodcastSigns {
    private static final List<String> PLATFORMS = Resources.lines("podcast-platforms.txt").stream()
            .map(String::strip).toList();
    /** A platform link is a short line; prose that mentions Spotify is not a sign. */
    private static final int SHORT_LINE = 120;
    /** Occurrences of one platform name looked at: a page's links are few. */
    private static final int TRIES = 4;
    /** "‎Title on Apple Podcasts", "Title | Podcast on Spotify", "Title - Listen on Overcast". */
    private static final Pattern SUFFIX = Pattern.compile(
            "\\s*(?:[|–—-]\\s*)?(?:(?:Podcast|Listen|Episode)\\s+)?on\\s+(?:"
            + String.join("|", PLATFORMS.stream().map(Pattern::quote).toList()) + ")\\s*$");

    private PodcastSigns() {}

    /**
     * Whether a short line of {@code text} names a listening platform. Only the two names that
     * nearly every "listen on" line includes are searched for (two scans of the text, not one per
     * platform); the full list serves the title suffix.
     */
    static boolean linksPlatform(String text) {
        // "Apple Podcasts", "Google Podcasts": a site menu's own "Podcasts" section is no such link.
        // Both podcast apps' names end with "Podcasts": one fast search of that word (its capital
        // P is rare) spares the two searches by the names' capitals A and G, which stop often.
        boolean podcasts = PODCASTS.in(text);
        return podcasts && (shortLineHolds(text, APPLE) || shortLineHolds(text, GOOGLE)) || shortLineHolds(text, SPOTIFY);
    }

    private static final Literal APPLE = new Literal("Apple Podcasts");
    private static final Literal GOOGLE = new Literal("Google Podcasts");
    private static final Literal SPOTIFY = new Literal("Spotify");
    private static final Literal PODCASTS = new Literal("Podcasts");

    private static boolean shortLineHolds(String text, Literal word) {
        int at = word.indexIn(text, 0);
        for (int tries = 0; at >= 0 && tries < TRIES; tries++) {
            int start = text.lastIndexOf('\n', at) + 1;
            int end = text.indexOf('\n', at);
            if ((end < 0 ? text.length() : end) - start <= SHORT_LINE) {
                return true;
            }
            at = word.indexIn(text, at + word.toString().length());
        }
        return false;
    }

    /** Directional marks dropped, then a platform suffix; null when the title had none. */
    static String withoutPlatformSuffix(String title) {
        if (title.indexOf(" on ") < 0) {
            return null;
        }
        Matcher m = SUFFIX.matcher(title);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        return title.substring(0, m.start()).strip();
    }

    /** Left-to-right and right-to-left marks that platforms put around titles. */
    static String withoutBidiMarks(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200e' || c == '\u200f' || c >= '\u202a' && c <= '\u202e') {
                return s.replaceAll("[\\u200e\\u200f\\u202a-\\u202e]", "").strip();
            }
        }
        return s;
    }
}
