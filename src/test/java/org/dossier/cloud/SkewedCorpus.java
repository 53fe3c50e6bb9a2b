package org.dossier.cloud;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dossier.model.Document;
import org.dossier.model.Kind;

/**
 * Generated documents whose facet values follow a Zipf-like law: a few values are on most
 * documents, a long tail on few, and more distinct values than a facet shows. That is where
 * per-shard top-N lists disagree and a distributed facet count goes wrong without refinement.
 */
final class SkewedCorpus {
    private static final String[] COUNTRIES = {"North Korea", "Russia", "China", "United States", "South Korea",
            "Japan", "Ukraine", "Iran", "India", "Germany", "France", "United Kingdom", "Mongolia", "Vietnam",
            "Taiwan", "Philippines", "Indonesia", "Australia", "Canada", "Turkey", "Israel", "Syria", "Pakistan",
            "Kazakhstan", "Belarus", "Poland", "Finland", "Sweden", "Norway", "Brazil", "Mexico", "Egypt",
            "Saudi Arabia", "Qatar", "Cuba", "Venezuela", "Laos", "Cambodia", "Myanmar", "Thailand", "Singapore",
            "Malaysia", "Nepal", "Georgia", "Armenia"};
    private static final String[] TOPICS = {"nuclear weapons", "sanctions", "diplomacy", "missiles", "arms trade",
            "alliances", "economy and trade", "human rights", "cyber", "energy", "elections", "military exercises",
            "espionage", "refugees", "propaganda", "maritime disputes", "summits", "tariffs", "space", "food security",
            "public health", "climate", "technology", "terrorism", "migration"};
    private static final String[] FIRST = {"Victor", "Anna", "Kim", "Sergei", "Li", "John", "Maria", "Park", "Olga",
            "David", "Chen", "Sarah", "Ivan", "Mei", "Tom"};
    private static final String[] LAST = {"Cha", "Petrova", "Jong", "Lavrov", "Wei", "Smith", "Garcia", "Min", "Ivanova",
            "Brown", "Hu", "Lee"};
    private static final String[] SOURCES = {"The Impossible State", "Foreign Affairs", "38 North", "NK News",
            "War on the Rocks", "Sinica", "Russia Matters", "The Diplomat", "Lawfare", "Arms Control Wonk",
            "Pod Save the World", "CSIS", "Brookings", "Chatham House"};
    private static final String[] WORDS = ("missile nuclear talks sanctions summit treaty alliance artillery ammunition "
            + "border trade tariff export import election parliament minister president general army navy fleet "
            + "satellite launch test warhead enrichment uranium reactor pipeline gas oil grain famine refugee "
            + "defector prison camp satellite imagery shipyard submarine drone cyber attack hacker ransomware "
            + "propaganda broadcast embassy ambassador negotiation deal agreement verification inspection "
            + "deterrence escalation crisis ceasefire armistice peninsula strait island coast guard exercise "
            + "drill mobilisation conscription economy inflation currency bank loan investment railway port "
            + "energy coal electricity blackout harvest fertiliser vaccine pandemic hospital summit communique "
            + "statement spokesman interview analyst podcast episode historian archive memoir document leak")
            .split(" ");

    private SkewedCorpus() {}

    static List<Document> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Document> docs = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            LocalDate date = random.nextInt(20) == 0 ? null
                    : LocalDate.of(2025 - zipf(random, 36, 1.1), 1 + random.nextInt(12), 1 + random.nextInt(28));
            List<String> countries = pick(random, COUNTRIES, 1 + random.nextInt(3), 1.2);
            List<String> topics = pick(random, TOPICS, 1 + random.nextInt(3), 1.0);
            List<String> speakers = new ArrayList<>();
            int speakerCount = random.nextInt(3);
            for (int s = 0; s < speakerCount; s++) {
                int k = zipf(random, FIRST.length * LAST.length, 1.05);
                String name = FIRST[k % FIRST.length] + " " + LAST[k / FIRST.length];
                if (!speakers.contains(name)) {
                    speakers.add(name);
                }
            }
            Kind kind = kinds[zipf(random, kinds.length, 1.5)];
            String source = random.nextInt(6) == 0 ? null : SOURCES[zipf(random, SOURCES.length, 1.3)];
            docs.add(Document.builder()
                    .id(String.format("gen-%05d", i))
                    .title(capitalised(words(random, 3 + random.nextInt(5))) + " " + countries.get(0))
                    .kind(kind)
                    .source(source)
                    .date(date)
                    .countries(countries)
                    .topics(topics)
                    .speakers(speakers)
                    .language(random.nextInt(10) == 0 ? "ko" : "en")
                    .summary(random.nextInt(3) == 0 ? capitalised(words(random, 15)) + "." : null)
                    .body(body(random, countries, topics))
                    .checksum("gen-" + seed + "-" + i)
                    .build());
        }
        return docs;
    }

    private static String body(Random random, List<String> countries, List<String> topics) {
        StringBuilder body = new StringBuilder();
        int sentences = 4 + random.nextInt(8);
        for (int s = 0; s < sentences; s++) {
            String sentence = words(random, 6 + random.nextInt(10));
            if (random.nextInt(3) == 0) {
                sentence += " about " + countries.get(random.nextInt(countries.size()));
            }
            if (random.nextInt(4) == 0) {
                sentence += " and " + topics.get(random.nextInt(topics.size()));
            }
            body.append(capitalised(sentence)).append(". ");
        }
        return body.toString().strip();
    }

    private static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[zipf(random, WORDS.length, 0.9)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<String> pick(Random random, String[] values, int n, double skew) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(values[zipf(random, values.length, skew)]);
        }
        return new ArrayList<>(chosen);
    }

    /** A rank in [0, n) with P(k) proportional to 1 / (k + 1)^skew. */
    private static int zipf(Random random, int n, double skew) {
        double total = 0;
        for (int k = 1; k <= n; k++) {
            total += 1 / Math.pow(k, skew);
        }
        double target = random.nextDouble() * total;
        for (int k = 1; k <= n; k++) {
            target -= 1 / Math.pow(k, skew);
            if (target <= 0) {
                return k - 1;
            }
        }
        return n - 1;
    }
}
