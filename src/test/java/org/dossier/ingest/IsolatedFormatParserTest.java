package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document formats parsed in a child JVM: the same answers as in this process, one child for many
 * files, and a child that hangs, fills its heap or dies is gone afterwards while the next file is
 * parsed by a new one. Misbehaving parsers: {@link TroublesomeTestParser}. The time limits are
 * behaviour under test, not speed targets; {@code @Timeout} only guards against a hang.
 */
@Timeout(300)
class IsolatedFormatParserTest {
    private static final Path FIXTURES = FormatsTest.FIXTURES;
    private static final Path NOISY = Path.of("noisy.pdf");
    private static final byte[] NOISY_BYTES = "DOSSIER-TEST-NOISY".getBytes(StandardCharsets.US_ASCII);

    @Test
    void everyFormatGivesWhatTheInProcessParserGivesFromOneChild() throws Exception {
        TikaFormatParser direct = new TikaFormatParser();
        ProcessHandle child;
        try (IsolatedFormatParser isolated = new IsolatedFormatParser(Duration.ofSeconds(120))) {
            assertThat(isolated.workers()).as("no child before the first document").isEmpty();
            for (String format : List.of("pdf", "docx", "odt", "rtf", "epub")) {
                Path file = FIXTURES.resolve("sanctions." + format);
                byte[] bytes = Files.readAllBytes(file);
                assertThat(isolated.parse(file, bytes)).as(format).isEqualTo(direct.parse(file, bytes));
            }
            Path fake = Path.of("report.docx");
            byte[] notWord = "%PDF-1.4 this is not a Word file".getBytes(StandardCharsets.US_ASCII);
            IngestException expected = catchIngest(() -> direct.parse(fake, notWord));
            assertThat(catchIngest(() -> isolated.parse(fake, notWord)))
                    .as("a parser's refusal comes back as it is")
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(expected.reason()))
                    .satisfies(e -> assertThat(e.isSkipped()).isEqualTo(expected.isSkipped()));
            assertThat(isolated.workers()).as("one child serves every file").hasSize(1);
            child = isolated.workers().get(0);
            assertThat(child.isAlive()).isTrue();
        }
        child.onExit().get(60, TimeUnit.SECONDS);
        assertThat(child.isAlive()).as("closing stops the child").isFalse();
    }

    @Test
    void aParserThatHangsIsKilledAtTheTimeLimitAndTheNextFileGetsANewChild() throws Exception {
        try (IsolatedFormatParser isolated = new IsolatedFormatParser(Duration.ofSeconds(5))) {
            isolated.prepare();
            IngestException e = catchIngest(() -> isolated.parse(Path.of("hang.pdf"), bytes("DOSSIER-TEST-HANG")));
            assertThat(e.reason()).isEqualTo("parsing took longer than 5 s and was stopped (--parse-timeout)");
            assertThat(e.isSkipped()).isFalse();
            ProcessHandle hung = isolated.workers().get(0);
            hung.onExit().get(60, TimeUnit.SECONDS); // a parser thread that ignores interruption would run forever
            assertThat(hung.isAlive()).isFalse();

            assertThat(isolated.parse(NOISY, NOISY_BYTES).text()).contains("noisymarker");
            assertThat(isolated.workers()).hasSize(2);
        }
    }

    @Test
    void aFileIsNotHeldUpByAnotherWhoseParserHangs(@TempDir Path dir) throws Exception {
        Path started = dir.resolve("hang-started");
        ExecutorService other = Executors.newSingleThreadExecutor();
        // the limit is far beyond the test's own: only closing the parser ends the hung child
        try (IsolatedFormatParser isolated = new IsolatedFormatParser(Duration.ofMinutes(30))) {
            Future<IngestException> hung = other.submit(() -> catchIngest(
                    () -> isolated.parse(Path.of("hang.pdf"), bytes("DOSSIER-TEST-HANG " + started))));
            while (!Files.exists(started)) {
                assertThat(hung.isDone()).as("the hanging parse is under way").isFalse();
                Thread.sleep(50);
            }
            assertThat(isolated.parse(NOISY, NOISY_BYTES).text()).as("parsed by a child of its own").contains("noisymarker");
            assertThat(hung.isDone()).isFalse();
            assertThat(isolated.workers()).hasSize(2);
            isolated.close();
            assertThat(hung.get(60, TimeUnit.SECONDS).reason()).startsWith("could not be parsed");
            for (ProcessHandle child : isolated.workers()) {
                assertThat(child.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
            }
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aParserThatFillsItsHeapFailsTheFileWithAReasonAndTheNextFileIsParsed() throws Exception {
        try (IsolatedFormatParser isolated = new IsolatedFormatParser(Duration.ofSeconds(120), 96)) {
            IngestException e = catchIngest(() -> isolated.parse(Path.of("bomb.pdf"), bytes("DOSSIER-TEST-BOMB")));
            assertThat(e.reason()).isEqualTo("could not be parsed (the parser ran out of memory (96 MB) and was stopped)");
            assertThat(e.isSkipped()).isFalse();
            assertThat(isolated.workers().get(0).isAlive()).isFalse();
            assertThat(isolated.parse(NOISY, NOISY_BYTES).text()).as("stray output does not break the protocol").contains("noisymarker");
        }
    }

    @Test
    void aChildThatDiesFailsTheFileWithItsExitCodeAndTheNextFileIsParsed() throws Exception {
        try (IsolatedFormatParser isolated = new IsolatedFormatParser(Duration.ofSeconds(120))) {
            IngestException e = catchIngest(() -> isolated.parse(Path.of("exit.pdf"), bytes("DOSSIER-TEST-EXIT")));
            assertThat(e.reason()).isEqualTo("could not be parsed (the parser process stopped (exit code 7))");
            assertThat(isolated.parse(NOISY, NOISY_BYTES).text()).contains("noisymarker");
            assertThat(isolated.workers()).hasSize(2);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private interface Parse {
        void run() throws Exception;
    }

    private static IngestException catchIngest(Parse parse) {
        IngestException[] caught = new IngestException[1];
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(IngestException.class, e -> caught[0] = e);
        return caught[0];
    }
}
