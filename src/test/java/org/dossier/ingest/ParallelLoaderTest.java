package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.dossier.extract.DocumentExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read and understood on several threads: in order, each within its own time limit. */
class ParallelLoaderTest {
    private static final DocumentLoader LOADER = new DocumentLoader(DocumentExtractor.withDefaults());

    @TempDir
    Path dir;

    @Test
    void resultsComeBackInTheOrderTheFilesWereGivenWhateverThreadReadThem() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // sizes vary, so threads finish out of order
            files.add(Files.writeString(dir.resolve("note-" + i + ".txt"),
                    "Title " + i + "\n\nSanctions on North Korea. ".repeat(1 + (i * 37) % 200) + "orderword" + i));
        }
        try (ParallelLoader loader = new ParallelLoader(new SourceFileReader(), LOADER, Duration.ofSeconds(30), 3)) {
            List<Future<ParallelLoader.Loaded>> loads = files.stream().map(loader::load).toList();
            for (int i = 0; i < files.size(); i++) {
                ParallelLoader.Loaded loaded = loads.get(i).get();
                assertThat(loaded.path()).isEqualTo(files.get(i));
                assertThat(loaded.document().body()).endsWith("orderword" + i);
                assertThat(loaded.document().sourcePath()).isEqualTo(files.get(i).toAbsolutePath().normalize().toString());
            }
        }
    }

    @Test
    void aParserThatHangsOnOneThreadIsStoppedWhileTheOtherFilesAreRead() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        FormatParser hanging = (path, bytes) -> {
            if (path.getFileName().toString().startsWith("hang")) {
                never.await(); // until interrupted
            }
            return new FormatParser.Parsed("Report on sanctions, from " + path.getFileName(), FileMetadata.NONE);
        };
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("hang-1.pdf"), "%PDF-1.4 pretend"));
        for (int i = 0; i < 10; i++) {
            files.add(Files.writeString(dir.resolve("fine-" + i + ".pdf"), "%PDF-1.4 pretend"));
        }
        files.add(Files.writeString(dir.resolve("hang-2.pdf"), "%PDF-1.4 pretend"));
        files.add(Files.writeString(dir.resolve("last.txt"), "Plain notes."));
        SourceFileReader reader = new SourceFileReader(SourceFileReader.DEFAULT_MAX_BYTES, hanging);
        try (ParallelLoader loader = new ParallelLoader(reader, LOADER, Duration.ofMillis(300), 2)) {
            List<ParallelLoader.Loaded> results = new ArrayList<>();
            for (Future<ParallelLoader.Loaded> f : files.stream().map(loader::load).toList()) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(r -> !r.ok()).extracting(r -> r.path().getFileName().toString())
                    .containsExactly("hang-1.pdf", "hang-2.pdf");
            assertThat(results).filteredOn(r -> !r.ok()).allSatisfy(r -> {
                assertThat(r.timedOut()).isTrue();
                assertThat(r.failure().reason()).isEqualTo("parsing took longer than 0.3 s and was stopped (--parse-timeout)");
            });
            assertThat(results).filteredOn(ParallelLoader.Loaded::ok).hasSize(11);
        }
    }

    @Test
    void aFileThatCannotBeReadIsAReasonNotAnException() throws Exception {
        Path missing = dir.resolve("gone.txt");
        try (ParallelLoader loader = new ParallelLoader(new SourceFileReader(), LOADER, Duration.ofSeconds(30), 1)) {
            ParallelLoader.Loaded loaded = loader.load(missing).get();
            assertThat(loaded.ok()).isFalse();
            assertThat(loaded.timedOut()).isFalse();
            assertThat(loaded.failure().path()).isEqualTo(missing.toAbsolutePath().normalize());
            ParallelLoader.Stamped stamped = loader.stamp(missing).get();
            assertThat(stamped.stamp()).isNull();
            assertThat(stamped.failure()).isNotNull();
        }
    }
}
