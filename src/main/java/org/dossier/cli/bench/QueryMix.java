package org.dossier.cli.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A seeded, realistic mix of searches: single words and pairs from the domain, phrases, browsing
 * with filters only, country/topic/kind filters and year ranges, mostly by relevance, some newest
 * first, mostly the first page. Every search asks for facets and highlighting, as the page does.
 */
final class QueryMix {
    private static final List<String> WORDS = List.of("sanctions", "missile", "alliance", "summit", "nuclear", "ammunition",
            "treaty", "diplomacy", "tariffs", "cyberattack", "enrichment", "pipeline", "deterrence", "negotiations",
            "drills", "defectors", "shipments", "security", "escalation", "envoy");
    private static final List<String> PHRASES = List.of("\"mutual defense treaty\"", "\"sanctions relief\"", "\"joint exercises\"",
            "\"ballistic missile\"", "\"human rights\"", "\"trade deal\"");
    private static final List<String> COUNTRIES = List.of("North Korea", "North Korea", "United States", "Russia", "China",
            "South Korea", "Japan", "Ukraine", "Iran", "Taiwan");
    private static final List<String> TOPICS = List.of("sanctions", "nuclear weapons", "missiles", "diplomacy", "alliances",
            "arms trade", "economy and trade");

    private QueryMix() {}

    static List<Map<String, List<String>>> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Map<String, List<String>>> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> q = new LinkedHashMap<>();
            double shape = random.nextDouble();
            if (shape < 0.45) {
                q.put("q", List.of(pick(random, WORDS)));
            } else if (shape < 0.65) {
                q.put("q", List.of(pick(random, WORDS) + " " + pick(random, WORDS)));
            } else if (shape < 0.8) {
                q.put("q", List.of(pick(random, PHRASES)));
            } // else: browsing, filters only
            if (random.nextDouble() < 0.5) {
                q.put("country", List.of(pick(random, COUNTRIES)));
            }
            if (random.nextDouble() < 0.2) {
                q.put("topic", List.of(pick(random, TOPICS)));
            }
            if (random.nextDouble() < 0.1) {
                int from = 2000 + random.nextInt(20);
                q.put("yearFrom", List.of(String.valueOf(from)));
                q.put("yearTo", List.of(String.valueOf(from + 1 + random.nextInt(6))));
            }
            if (random.nextDouble() < 0.1) {
                q.put("kind", List.of(random.nextBoolean() ? "podcast" : "article"));
            }
            if (random.nextDouble() < 0.2) {
                q.put("sort", List.of("newest"));
            }
            if (random.nextDouble() < 0.1) {
                q.put("page", List.of(String.valueOf(2 + random.nextInt(2))));
            }
            queries.add(q);
        }
        return queries;
    }

    static String queryString(Map<String, List<String>> params) {
        return params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
