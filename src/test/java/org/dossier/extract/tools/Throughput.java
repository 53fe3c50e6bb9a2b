package org.dossier.extract.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.extract.DocumentExtractor;
import org.dossier.model.Document;

/**
 * Measures parse+extract throughput on one thread over generated ~2 KB plain-text documents
 * (a header, a date line, prose with country names, demonyms, topic phrases and speaker turns).
 * Not a test: timing assertions on a shared machine would be flaky. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.dossier.extract.tools.Throughput [seconds]}
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
        "KIM: We do not seek conflict, but we will defend ourselves.",
        "PARK: What about the Korean Peninsula and the Korean War armistice?",
    };

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        DocumentExtractor x = DocumentExtractor.withDefaults();
        List<String> docs = generate(500, new Random(42));
        long bytes = docs.stream().mapToLong(String::length).sum() / docs.size();
        // Warm-up so the JIT has compiled the hot paths before we measure.
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += x.extract("d.txt", docs.get(i % docs.size())).countries().size();
        }
        long n = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++, n++) {
                Document d = x.extract("d.txt", docs.get((int) (n % docs.size())));
                sink += d.countries().size() + d.topics().size();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d docs of ~%d chars in %.1f s on one thread: %.0f docs/s (checksum %d)%n",
                n, bytes, elapsed, n / elapsed, sink);
    }

    static List<String> generate(int count, Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            sb.append("Report ").append(i).append(": Tensions in Northeast Asia\n\n");
            sb.append(2000 + random.nextInt(25)).append('-').append(1 + random.nextInt(12)).append('-')
                    .append(1 + random.nextInt(28)).append("\n\nBy Jane Doe\n\n");
            while (sb.length() < 2000) {
                for (int k = 0; k < 4 && sb.length() < 2000; k++) {
                    sb.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
                }
                sb.append("\n\n");
            }
            out.add(sb.toString());
        }
        return out;
    }
}
