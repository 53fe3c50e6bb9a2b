package org.dossier.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the browser tests search: the shipped seeds, the hostile fixtures from
 * src/test/resources/browser, and a generated corpus of briefings with enough variety (years with
 * gaps, many speakers, several kinds, sources and languages) for facets, paging and the timeline.
 */
final class BrowserFixtures {
    static final String[] FIXTURES = {"hostile-markup.txt", "transcript-turns.json"};
    static final int BRIEFINGS = 24;
    static final String[] COUNTRIES = {"China", "Russia", "Japan", "Iran", "Ukraine", "South Korea"};
    static final String[] TOPICS = {"sanctions", "diplomacy", "trade", "human rights"};
    static final String[] KINDS = {"article", "podcast", "article", "other"};
    static final String[] SOURCES = {"Policy Review", "The Briefing Room", "Harbour Notes"};
    /** Twelve speakers, so the speaker facet is long enough to need "show more" and its filter box. */
    static final String[] SPEAKERS = {"Alice Archer", "Boris Brandt", "Chen Wei", "Dana Duarte", "Emil Eriksen",
        "Farah Faizi", "Goran Gavric", "Hana Hayashi", "Ivan Ilyin", "Jun Jeong", "Kofi Kuma", "Lena Lindqvist"};

    private BrowserFixtures() {}

    /** Fills {@code folder} with every document and returns it. */
    static Path writeSeeds(Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
                for (Path seed : seeds.toList()) {
                    Files.copy(seed, folder.resolve(seed.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (String name : FIXTURES) {
                try (InputStream in = BrowserFixtures.class.getResourceAsStream("/browser/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing test resource /browser/" + name);
                    }
                    Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (int i = 1; i <= BRIEFINGS; i++) {
                Files.writeString(folder.resolve(String.format("briefing-%02d.json", i)), briefing(i), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Years 2012 to 2023 except 2016 (a gap the timeline must show as zero). */
    static int yearOf(int i) {
        int year = 2012 + (i % 11);
        return year >= 2016 ? year + 1 : year;
    }

    static String titleOf(int i) {
        return String.format("Briefing %02d: %s and %s", i, cap(TOPICS[i % TOPICS.length]), COUNTRIES[i % COUNTRIES.length]);
    }

    private static String briefing(int i) {
        String country = COUNTRIES[i % COUNTRIES.length];
        String other = COUNTRIES[(i + 2) % COUNTRIES.length];
        String topic = TOPICS[i % TOPICS.length];
        String speaker = SPEAKERS[i % SPEAKERS.length];
        String second = SPEAKERS[(i * 5 + 3) % SPEAKERS.length];
        String language = i % 12 == 5 ? "zh" : i % 12 == 9 ? "ko" : "en";
        String summary = language.equals("zh")
                ? "本期简报讨论" + country + "的制裁与外交。"
                : "A short briefing on " + topic + " involving " + country + " and " + other + ".";
        String body = String.join("\n\n", List.of(
                "Briefing number " + i + " looks at " + topic + " and what " + country + " expects from " + other + ".",
                speaker + " argues that sanctions rarely work alone, and that diplomacy has to follow sanctions.",
                "Analysts in " + other + " disagree: trade ties matter more than statements, and the record since "
                        + yearOf(i) + " shows it.",
                second + " closes with a note on sanctions enforcement and the limits of pressure."));
        return "{"
                + json("title", titleOf(i)) + ","
                + json("kind", KINDS[i % KINDS.length]) + ","
                + json("source", SOURCES[i % SOURCES.length]) + ","
                + json("date", String.format("%d-%02d-%02d", yearOf(i), 1 + i % 12, 1 + i % 27)) + ","
                + json("language", language) + ","
                + "\"speakers\": [" + quote(speaker) + ", " + quote(second) + "],"
                + "\"countries\": [" + quote(country) + ", " + quote(other) + "],"
                + "\"topics\": [" + quote(topic) + "],"
                + json("summary", summary) + ","
                + json("body", body)
                + "}";
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String json(String key, String value) {
        return quote(key) + ": " + quote(value);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Writes the corpus into the folder given as the first argument (for a manual dev server). */
    public static void main(String[] args) {
        writeSeeds(Path.of(args[0]));
    }
}
