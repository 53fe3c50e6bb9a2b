package org.dossier.extract.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.extract.DocumentExtractor;
import org.dossier.model.Document;

/**
 * Measures parse+extract throughput on one thread over generated ~2 KB documents in the seed
 * formats: scraped podcast episode pages (cover/logo lines, a date such as {@code 2024/6/21}, a
 * People block, a Topics summary in Chinese or English, Chapters with bullets, the transcript and
 * the closing boilerplate), scraped article pages (language switcher, section, title,
 * {@code Jan 09, 2019}, an image file name, the body, {@code You might also like / Back to Top})
 * and plain wire news with a dateline and a byline. Not a test: timing assertions on a shared
 * machine would be flaky. Run (after {@code mvn -o test-compile} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.dossier.extract.tools.Throughput [seconds]}.
 * It prints docs/s by the wall clock and per CPU second of the measuring thread (the per-core rate,
 * which a busy shared machine does not distort), and a fingerprint of the extracted facets so a
 * speed change can be checked to keep behaviour. {@code Throughput 0 --dump} prints each generated
 * document's facets; {@code Throughput SECONDS --files DIR...} measures real files instead.
 */
public final class Throughput {
    private static final String[] SENTENCES = {
        "North Korea fired a ballistic missile toward the East Sea, South Korea's military said.",
        "Russia and China vetoed new sanctions at the UN Security Council on Friday.",
        "The United States, Japan and South Korea held a trilateral military exercise.",
        "Pyongyang supplies artillery shells to Moscow for the war in Ukraine.",
        "Beijing remains North Korea's largest trading partner despite the embargo.",
        "Analysts in Washington expect more diplomacy after the summit in Hanoi.",
        "Hackers linked to the Lazarus Group stole cryptocurrency worth millions.",
        "Defectors describe forced labor and prison camps in North Korea.",
        "Japanese officials said the alliance with the U.S. is stronger than ever.",
        "Oil and gas exports to China and India keep Russia's economy afloat.",
        "What about the Korean Peninsula and the Korean War armistice?",
        "The mutual defense treaty signed in 2024 changes the calculus in Seoul and Tokyo.",
        "I think the real question is what Beijing is willing to tolerate on its border.",
    };
    private static final String[] ZH = {
        "Victor Cha认为,俄罗斯与朝鲜日益密切的关系是自朝鲜战争以来对美国国家安全最严重的威胁。",
        "朝鲜向俄罗斯提供大量弹药支持其对乌克兰的战争,这影响了欧洲的安全。",
        "他建议美国、日本、韩国加强同盟,并对俄罗斯和朝鲜实施全面的制裁。",
        "Andrew主要负责引导访谈,提出问题,并对嘉宾的观点进行总结和回应。",
    };
    private static final String[] NAMES = {"Victor Cha", "Sue Mi Terry", "Andrew Schwartz", "Jane Doe", "Ellen Kim"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        boolean dump = args.length > 1 && args[1].equals("--dump");
        if (args.length > 2 && args[1].equals("--files")) {
            files(seconds, java.util.Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        DocumentExtractor x = DocumentExtractor.withDefaults();
        List<String> docs = generate(600, new Random(42));
        long chars = docs.stream().mapToLong(String::length).sum() / docs.size();
        // A fingerprint of what was extracted, to check that a speed change kept the behaviour.
        int fingerprint = 0;
        for (String doc : docs) {
            Document d = x.extract("d.txt", doc);
            fingerprint = 31 * fingerprint + java.util.Objects.hash(d.title(), String.valueOf(d.kind()), String.valueOf(d.date()), d.year(),
                    d.countries(), d.topics(), d.speakers(), d.language(), d.body().length());
            if (dump) {
                System.out.println(d.title() + " | " + d.kind() + " | " + d.date() + " | " + d.countries() + " | "
                        + d.topics() + " | " + d.speakers() + " | " + d.language() + " | " + d.body().length());
            }
        }
        System.out.printf("fingerprint of the extracted facets: %08x%n", fingerprint);
        // Warm-up so the JIT has compiled the hot paths before we measure.
        long sink = 0;
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            sink += x.extract("d.txt", docs.get(i % docs.size())).countries().size();
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock also
        // counts the time other processes held the core; docs per CPU second is the per-core rate.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long n = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++, n++) {
                Document d = x.extract("d.txt", docs.get((int) (n % docs.size())));
                sink += d.countries().size() + d.topics().size() + d.speakers().size();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d docs of ~%d chars in %.1f s wall, %.1f s CPU on one thread: %.0f docs/s wall, "
                + "%.0f docs per CPU second (checksum %d)%n", n, chars, elapsed, cpu, n / elapsed, n / cpu, sink);
    }

    /**
     * The same measurement over real files ({@code Throughput SECONDS --files DIR...}): every
     * regular file under the directories, extracted round-robin; also reports the slowest file.
     */
    static void files(double seconds, String[] dirs) {
        DocumentExtractor x = DocumentExtractor.withDefaults();
        List<java.nio.file.Path> paths = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String d : dirs) {
            try (var s = java.nio.file.Files.walk(java.nio.file.Path.of(d))) {
                s.filter(java.nio.file.Files::isRegularFile).sorted().forEach(p -> {
                    try {
                        texts.add(java.nio.file.Files.readString(p));
                        paths.add(p);
                    } catch (java.io.IOException | java.io.UncheckedIOException e) {
                        System.err.println("skipped " + p + ": " + e);
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        long sink = 0;
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            sink += x.extract(paths.get(i % paths.size()).getFileName().toString(), texts.get(i % texts.size())).countries().size();
        }
        long slowest = 0;
        String slowestName = "";
        for (int i = 0; i < texts.size(); i++) {
            long t0 = System.nanoTime();
            x.extract(paths.get(i).getFileName().toString(), texts.get(i));
            long t = System.nanoTime() - t0;
            if (t > slowest) {
                slowest = t;
                slowestName = paths.get(i) + " (" + texts.get(i).length() + " chars)";
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        long doneChars = 0;
        while (System.nanoTime() < end) {
            int i = (int) (n++ % texts.size());
            sink += x.extract(paths.get(i).getFileName().toString(), texts.get(i)).countries().size();
            doneChars += texts.get(i).length();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d files, %d chars; %d extractions in %.1f s wall, %.1f s CPU: %.0f docs per CPU second, "
                + "%.1f MB of text per CPU second; slowest %.2f ms: %s (checksum %d)%n", texts.size(), chars, n, elapsed,
                cpu, n / cpu, doneChars / cpu / 1e6, slowest / 1e6, slowestName, sink);
    }

    /** One third each: podcast pages (half with a Chinese summary), article pages, wire news. */
    public static List<String> generate(int count, Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(switch (i % 3) {
                case 0 -> podcastPage(i, random, i % 6 == 0);
                case 1 -> articlePage(i, random);
                default -> wireNews(i, random);
            });
        }
        return out;
    }

    private static String podcastPage(int i, Random r, boolean chineseSummary) {
        String title = "Episode " + i + ": Putin's Play in North Korea";
        String host = NAMES[r.nextInt(NAMES.length)];
        String guest = NAMES[r.nextInt(NAMES.length)];
        StringBuilder sb = new StringBuilder();
        sb.append("cover of episode ").append(title).append("\n\n").append(title).append("\n\n")
                .append(2015 + r.nextInt(10)).append('/').append(1 + r.nextInt(12)).append('/').append(1 + r.nextInt(28))
                .append("\nlogo of podcast The Impossible State\n\nThe Impossible State\n\nPeople\n")
                .append(guest.charAt(0)).append('\n').append(guest).append("\nTopics\n");
        if (chineseSummary) {
            for (String s : ZH) {
                sb.append(s);
            }
        } else {
            sb.append(guest).append(" explains why the alliance between Russia and North Korea matters for sanctions.");
        }
        sb.append("\n\nDeep Dive\n\nChapters\nThis chapter explores the threat of the growing relationship between Russia and North Korea.\n")
                .append("  • North Korea is supplying Russia with ammunition for the war in Ukraine.\n")
                .append("  • The new mutual defense treaty is a significant security pact.\n\n")
                .append("Shownotes Transcript\n\nTranslations:\n中文\n\n")
                .append("Welcome to the show. I'm ").append(host).append(", and we have with us ").append(guest)
                .append(". Thanks for joining us.\n\n");
        body(sb, r, 1700);
        sb.append("My pleasure, ").append(host.split(" ")[0]).append(".\n\n")
                .append("If you have a question for one of our experts, email us at podcast@example.org.\n\n")
                .append("And don't forget to subscribe wherever you get your podcasts. This is The Impossible State.\n");
        return sb.toString();
    }

    private static String articlePage(int i, Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Language : English 简体 繁體\nForeign Policy\n\nRussia and China Look for More Korean Gains, part ")
                .append(i).append("\n\n").append(MONTHS[r.nextInt(12)]).append(' ').append(String.format("%02d", 1 + r.nextInt(28)))
                .append(", ").append(2010 + r.nextInt(15)).append("\n\ndAAdIb2UgrCecSKzh4yGguV1qS").append(i).append(".jpg\n\n");
        body(sb, r, 1900);
        sb.append("You might also like\nBack to Top");
        return sb.toString();
    }

    private static String wireNews(int i, Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append("N. Korea slams allied drills, report ").append(i).append("\n\nBy ")
                .append(NAMES[r.nextInt(NAMES.length)]).append("\n\n")
                .append("SEOUL, June ").append(1 + r.nextInt(28)).append(", ").append(2010 + r.nextInt(15))
                .append(" (Yonhap) -- ");
        body(sb, r, 1950);
        return sb.toString();
    }

    private static void body(StringBuilder sb, Random r, int until) {
        while (sb.length() < until) {
            for (int k = 0; k < 4 && sb.length() < until; k++) {
                sb.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
            }
            sb.append("\n\n");
        }
    }
}
