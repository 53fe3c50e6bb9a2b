package org.dossier.ingest.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.ingest.IsolatedFormatParser;
import org.dossier.ingest.TikaFormatParser;

/**
 * What parsing in a child JVM costs against parsing in this one, on the format fixtures: the
 * child's start (until its parsers are loaded), each format's first parse, and the mean of warm
 * parses, alternating child and in-process so a busy machine weighs on both alike. Not a test:
 * timing assertions on a shared machine would be flaky. Run (after {@code mvn -o test-compile} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.dossier.ingest.tools.ParseIsolationCost [rounds]}.
 */
public final class ParseIsolationCost {
    private static final Path FIXTURES = Path.of("src/test/resources/ingest/formats");

    private ParseIsolationCost() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        long t = System.nanoTime();
        TikaFormatParser direct = new TikaFormatParser();
        long tikaLoad = System.nanoTime() - t;
        try (IsolatedFormatParser isolated = new IsolatedFormatParser(Duration.ofSeconds(60))) {
            t = System.nanoTime();
            isolated.prepare();
            System.out.printf("Tika loaded in this JVM in %d ms; child JVM started and ready in %d ms%n", tikaLoad / 1_000_000,
                    (System.nanoTime() - t) / 1_000_000);
            for (String format : List.of("pdf", "docx", "odt", "rtf", "epub")) {
                Path file = FIXTURES.resolve("sanctions." + format);
                byte[] bytes = Files.readAllBytes(file);
                long childFirst = time(() -> isolated.parse(file, bytes));
                long directFirst = time(() -> direct.parse(file, bytes));
                for (int i = 0; i < 10; i++) {
                    isolated.parse(file, bytes);
                    direct.parse(file, bytes);
                }
                long child = 0;
                long inProcess = 0;
                for (int i = 0; i < rounds; i++) {
                    child += time(() -> isolated.parse(file, bytes));
                    inProcess += time(() -> direct.parse(file, bytes));
                }
                System.out.printf("%-5s first parse: child %4d ms, in-process %4d ms | warm mean of %d: child %6.2f ms, in-process %6.2f ms%n",
                        format, childFirst / 1_000_000, directFirst / 1_000_000, rounds, child / 1e6 / rounds, inProcess / 1e6 / rounds);
            }
            System.out.println("child JVMs started: " + isolated.workers().size());
        }
    }

    private interface Parse {
        void run() throws Exception;
    }

    private static long time(Parse parse) throws Exception {
        long t = System.nanoTime();
        parse.run();
        return System.nanoTime() - t;
    }
}
