package org.dossier.extract.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.extract.DocumentExtractor;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.SourceFile;
import org.dossier.ingest.SourceFileReader;

/**
 * Compares builds of the extraction code on one machine that others share: each build (a
 * {@code target/classes} directory, kept aside) is loaded in its own class loader in one JVM, and
 * rounds of {@link DocumentLoader#load} over the same files alternate between them, timed by the
 * thread's CPU time. Whatever else the machine does then weighs on every build alike, which runs
 * in separate JVMs one after the other cannot promise. Not a test. Run (after
 * {@code mvn -o test-compile} and {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt})
 * {@code java -cp target/test-classes:$(cat cp.txt) org.dossier.extract.tools.InterleavedRate
 * ROUNDS LIMIT DIR CLASSES...}: the first LIMIT files (sorted) of DIR, each build's median and
 * fastest round after the first third (the warm-up).
 */
public final class InterleavedRate {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int limit = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[2]))) {
            files = walk.filter(Files::isRegularFile).sorted().limit(limit).toList();
        }
        URL tools = InterleavedRate.class.getProtectionDomain().getCodeSource().getLocation();
        List<Callable<Long>> builds = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            ClassLoader loader = new OwnFirst(new URL[] {Path.of(args[i]).toUri().toURL(), tools},
                    InterleavedRate.class.getClassLoader());
            @SuppressWarnings("unchecked")
            Callable<Long> round = (Callable<Long>) loader.loadClass(InterleavedRate.class.getName() + "$Round")
                    .getConstructor(List.class).newInstance(files);
            builds.add(round);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] micros = new double[builds.size()][rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.size(); b++) {
                long cpu = threads.getCurrentThreadCpuTime();
                sink += builds.get(b).call();
                micros[b][r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / files.size();
            }
        }
        for (int b = 0; b < builds.size(); b++) {
            double[] measured = Arrays.copyOfRange(micros[b], rounds / 3, rounds);
            Arrays.sort(measured);
            double median = measured[measured.length / 2];
            System.out.printf("%s: median %.1f us per document (%.0f docs per CPU second), fastest %.1f%n",
                    args[3 + b], median, 1e6 / median, measured[0]);
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** One round: every file loaded once, with this class loader's build. */
    public static final class Round implements Callable<Long> {
        private final List<SourceFile> sources = new ArrayList<>();
        private final DocumentLoader loader = new DocumentLoader(DocumentExtractor.withDefaults());

        public Round(List<Path> files) throws Exception {
            try (SourceFileReader reader = new SourceFileReader()) {
                for (Path file : files) {
                    sources.add(reader.read(file));
                }
            }
        }

        @Override
        public Long call() {
            long sink = 0;
            for (SourceFile source : sources) {
                sink += loader.load(source).passages().size();
            }
            return sink;
        }
    }

    /** Loads Dossier's classes from its own path first, so each build runs its own code. */
    private static final class OwnFirst extends URLClassLoader {
        OwnFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && name.startsWith("org.dossier.")) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = null;
                    }
                }
                if (c == null) {
                    c = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
