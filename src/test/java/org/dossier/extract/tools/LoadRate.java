package org.dossier.extract.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.extract.DocumentExtractor;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.SourceFile;
import org.dossier.ingest.SourceFileReader;
import org.dossier.model.Document;
import org.dossier.model.Passage;

/**
 * What the bench's "parse + extract" figure measures ({@code Benchmark#extractRate}:
 * {@link DocumentLoader#load} over files read beforehand, on one thread, after 2,000 warm-up
 * documents), timed by the measuring thread's CPU time so that other processes on a shared machine
 * do not distort it; and a full dump of what loading makes of files, to check that a speed change
 * kept every output. Not a test. Run (after {@code mvn -o test-compile} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}) with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.dossier.extract.tools.LoadRate}:
 * <ul>
 *   <li>{@code rate ROUNDS LIMIT DIR...}: the first LIMIT files (sorted) under the directories,
 *       loaded ROUNDS times over after the warm-up; prints docs per CPU second of the thread;</li>
 *   <li>{@code dump OUT LIMIT DIR...}: every field of every loaded document (passages included),
 *       and of {@link Throughput}'s generated documents, written to OUT.</li>
 * </ul>
 */
public final class LoadRate {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int limit = Integer.parseInt(args[2]);
        List<Path> files = files(List.of(args).subList(3, args.length), limit);
        if (mode.equals("rate")) {
            rate(Integer.parseInt(args[1]), files);
        } else if (mode.equals("dump")) {
            dump(Path.of(args[1]), files);
        } else {
            throw new IllegalArgumentException("rate or dump, not " + mode);
        }
    }

    private static List<Path> files(List<String> dirs, int limit) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : dirs) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                found = walk.filter(Files::isRegularFile).sorted().toList();
            }
            files.addAll(found.subList(0, Math.min(limit, found.size())));
        }
        return files;
    }

    private static void rate(int rounds, List<Path> files) throws IngestException {
        List<SourceFile> sources = new ArrayList<>(files.size());
        try (SourceFileReader reader = new SourceFileReader()) {
            for (Path file : files) {
                sources.add(reader.read(file));
            }
        }
        long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
        DocumentLoader loader = new DocumentLoader(DocumentExtractor.withDefaults());
        long sink = 0;
        int warm = Math.min(sources.size(), 2_000);
        for (int i = 0; i < warm; i++) {
            sink += loader.load(sources.get(i)).passages().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (SourceFile source : sources) {
                sink += loader.load(source).passages().size();
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d docs (mean %d chars) in %.2f s CPU, %.2f s wall: %.0f docs per CPU second, "
                    + "%.1f µs per doc, %.1f ns per char (wall %.0f docs/s; checksum %d)%n", round + 1, sources.size(),
                    chars / sources.size(), cpu, wall, sources.size() / cpu, cpu * 1e6 / sources.size(), cpu * 1e9 / chars,
                    sources.size() / wall, sink);
        }
    }

    private static void dump(Path out, List<Path> files) throws IOException, IngestException {
        DocumentLoader loader = new DocumentLoader(DocumentExtractor.withDefaults());
        try (SourceFileReader reader = new SourceFileReader();
                PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Path file : files) {
                SourceFile source;
                try {
                    source = reader.read(file);
                } catch (IngestException e) {
                    w.println("=== " + file + "\nrefused: " + e.reason());
                    continue;
                }
                write(w, file.toString(), source.text(), loader.load(source));
            }
            // The same generator as Throughput's, for its page shapes.
            List<String> generated = Throughput.generate(600, new Random(42));
            for (int i = 0; i < generated.size(); i++) {
                write(w, "generated " + i, generated.get(i), loader.understand("d.txt", generated.get(i)));
            }
        }
    }

    private static void write(PrintWriter w, String name, String text, Document d) {
        w.println("=== " + name + " (" + text.length() + " chars read)");
        w.println("text hash: " + text.hashCode());
        w.println("id: " + d.id() + "\nchecksum: " + d.checksum() + "\nsourcePath: " + d.sourcePath());
        w.println("title: " + d.title());
        w.println("kind: " + d.kind());
        w.println("source: " + d.source());
        w.println("url: " + d.url());
        w.println("date: " + d.date());
        w.println("year: " + d.year());
        w.println("speakers: " + d.speakers());
        w.println("countries: " + d.countries());
        w.println("topics: " + d.topics());
        w.println("language: " + d.language());
        w.println("summary: " + d.summary());
        w.println("chapters: " + d.chapters());
        w.println("body: " + d.body());
        for (Passage p : d.passages()) {
            w.println("passage " + p.position() + " | " + p.speaker() + " | " + p.startSeconds() + " | " + p.text());
        }
    }
}
