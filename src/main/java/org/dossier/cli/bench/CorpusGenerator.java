package org.dossier.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic corpus in the seed formats (podcast episode pages, some with Chinese summaries,
 * and article pages): a Zipf-distributed vocabulary with the domain's words mixed in, a few very
 * frequent countries and a long tail, a long tail of speakers, lengths from 1 to 20 KB (most
 * around 3 KB). The same seed and count always give the same files.
 */
public final class CorpusGenerator {
    private static final DateTimeFormatter ARTICLE_DATE = DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ENGLISH);

    /** One generated file. */
    public record GeneratedFile(String fileName, String text) {}

    private final Random random;
    private final List<String[]> countries = new ArrayList<>();
    private final double[] countryWeights;
    private final List<String> topicLabels = new ArrayList<>();
    private final Map<String, List<String>> topicPhrases = new java.util.LinkedHashMap<>();
    private final List<String> words = new ArrayList<>();
    private final double[] wordCumulative;
    private final List<String> speakers = new ArrayList<>();
    private final double[] speakerCumulative;
    private final List<String> podcasts = new ArrayList<>();
    private final List<String> publications = new ArrayList<>();
    private final List<String> chinese = new ArrayList<>();
    private int produced;

    public CorpusGenerator(long seed, int expectedDocuments) {
        this.random = new Random(seed);
        JsonNode data = load();
        double[] weights = new double[data.get("countries").size()];
        int i = 0;
        for (JsonNode c : data.get("countries")) {
            countries.add(new String[] {c.get(0).asText(), c.get(2).asText(), c.get(3).asText(), c.get(4).asText()});
            weights[i++] = c.get(1).asDouble();
        }
        countryWeights = cumulative(weights);
        data.get("topics").fields().forEachRemaining(e -> {
            topicLabels.add(e.getKey());
            List<String> phrases = new ArrayList<>();
            e.getValue().forEach(p -> phrases.add(p.asText()));
            topicPhrases.put(e.getKey(), phrases);
        });
        data.get("words").forEach(w -> words.add(w.asText()));
        wordCumulative = zipf(words.size(), 1.05);
        // a speaker population that grows with the corpus: a long tail of people heard once or twice
        int population = Math.max(50, (int) (Math.sqrt(expectedDocuments) * 8));
        List<String> first = new ArrayList<>();
        List<String> last = new ArrayList<>();
        data.get("firstNames").forEach(n -> first.add(n.asText()));
        data.get("lastNames").forEach(n -> last.add(n.asText()));
        Set<String> names = new LinkedHashSet<>();
        Random people = new Random(seed ^ 0x5DEECE66DL);
        while (names.size() < Math.min(population, first.size() * last.size())) {
            names.add(first.get(people.nextInt(first.size())) + " " + last.get(people.nextInt(last.size())));
        }
        speakers.addAll(names);
        speakerCumulative = zipf(speakers.size(), 1.1);
        data.get("podcasts").forEach(p -> podcasts.add(p.asText()));
        data.get("publications").forEach(p -> publications.add(p.asText()));
        data.get("chineseSummary").forEach(p -> chinese.add(p.asText()));
    }

    private static JsonNode load() {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("vocabulary.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("vocabulary.json cannot be read", e);
        }
    }

    /** Writes {@code count} files into {@code dir}; returns their total size in bytes. */
    public long writeTo(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            GeneratedFile file = next();
            byte[] content = file.text().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(file.fileName()), content);
            bytes += content.length;
        }
        return bytes;
    }

    public GeneratedFile next() {
        int n = produced++;
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 26));
        List<String[]> docCountries = pickCountries();
        List<String> topics = pick(topicLabels, 1 + random.nextInt(3));
        int targetChars = (int) Math.max(1_000, Math.min(20_000, Math.exp(Math.log(3_000) + random.nextGaussian() * 0.7)));
        boolean podcast = random.nextDouble() < 0.4;
        String title = title(docCountries, topics);
        String body = body(targetChars, docCountries, topics);
        String text = podcast ? podcastPage(title, date, body, topics) : articlePage(title, date, body);
        return new GeneratedFile(String.format("%07d_%s.txt", n, podcast ? "podcast" : "article"), text);
    }

    private String podcastPage(String title, LocalDate date, String body, List<String> topics) {
        String show = podcasts.get(random.nextInt(podcasts.size()));
        List<String> guests = new ArrayList<>();
        int people = 1 + random.nextInt(3);
        while (guests.size() < people) {
            String s = speakers.get(sample(speakerCumulative));
            if (!guests.contains(s)) {
                guests.add(s);
            }
        }
        StringBuilder page = new StringBuilder();
        page.append("cover of episode ").append(title).append("\n\n").append(title).append("\n\n")
                .append(date.getYear()).append('/').append(date.getMonthValue()).append('/').append(date.getDayOfMonth()).append('\n')
                .append("logo of podcast ").append(show).append("\n\n").append(show).append("\n\nPeople\n");
        for (String g : guests) {
            page.append(g.charAt(0)).append('\n').append(g).append('\n');
        }
        page.append("Topics\n");
        if (random.nextDouble() < 0.3) {
            StringBuilder zh = new StringBuilder(guests.get(0));
            for (int i = 0; i < 40; i++) {
                zh.append(chinese.get(random.nextInt(chinese.size())));
                if (i % 8 == 7) {
                    zh.append('，');
                }
            }
            page.append(zh).append("。\n\n");
        } else {
            page.append(guests.get(0)).append(" discusses ").append(String.join(" and ", topics)).append(".\n\n");
        }
        page.append("Deep Dive\n\nChapters\nThis chapter covers ").append(topics.get(0)).append(".\n  • ")
                .append(sentence()).append("\n\nShownotes Transcript\n\n");
        page.append("Welcome to ").append(show).append(". I'm ").append(guests.get(0)).append(".\n\n").append(body);
        page.append("\n\nAnd don't forget to subscribe wherever you get your podcasts. This is ").append(show).append(".\n");
        return page.toString();
    }

    private String articlePage(String title, LocalDate date, String body) {
        String author = speakers.get(sample(speakerCumulative));
        return "Language : English 简体 繁體\nForeign Policy\n\n" + title + "\n\n" + date.format(ARTICLE_DATE) + "\n\n"
                + Long.toHexString(random.nextLong()) + ".jpg\n\nBy " + author + "\n\n" + body + "\n\nYou might also like\nBack to Top";
    }

    private String title(List<String[]> docCountries, List<String> topics) {
        String topic = topicPhrases.get(topics.get(0)).get(0);
        return docCountries.get(0)[0] + " and " + capitalize(topic) + ": " + capitalize(words.get(40 + random.nextInt(words.size() - 40)))
                + " " + words.get(40 + random.nextInt(words.size() - 40));
    }

    private String body(int targetChars, List<String[]> docCountries, List<String> topics) {
        StringBuilder body = new StringBuilder(targetChars + 200);
        int paragraphChars = 0;
        while (body.length() < targetChars) {
            String s = sentence();
            double r = random.nextDouble();
            if (r < 0.35) {
                String[] c = docCountries.get(random.nextInt(docCountries.size()));
                s = c[1 + random.nextInt(2)] + " " + s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
            } else if (r < 0.55) {
                List<String> phrases = topicPhrases.get(topics.get(random.nextInt(topics.size())));
                s = s.substring(0, s.length() - 1) + " amid " + phrases.get(random.nextInt(phrases.size())) + ".";
            }
            body.append(s).append(' ');
            paragraphChars += s.length();
            if (paragraphChars > 400 + random.nextInt(400)) {
                body.setLength(body.length() - 1);
                body.append("\n\n");
                paragraphChars = 0;
            }
        }
        // every country of the document is named at least twice, so extraction can find it
        for (String[] c : docCountries) {
            body.append(c[0]).append(" remains central. Observers in ").append(c[0]).append(" agree. ");
        }
        return body.toString().strip();
    }

    private String sentence() {
        int length = 8 + random.nextInt(13);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String w = words.get(sample(wordCumulative));
            s.append(i == 0 ? capitalize(w) : w).append(i == length - 1 ? "." : " ");
        }
        return s.toString();
    }

    private List<String[]> pickCountries() {
        int wanted = 1 + random.nextInt(4);
        List<String[]> chosen = new ArrayList<>();
        while (chosen.size() < wanted) {
            String[] c = countries.get(sample(countryWeights));
            if (!chosen.contains(c)) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, count);
    }

    private int sample(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = java.util.Arrays.binarySearch(cumulative, r);
        return index >= 0 ? index : -index - 1;
    }

    private static double[] zipf(int n, double exponent) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, exponent);
        }
        return cumulative(weights);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
