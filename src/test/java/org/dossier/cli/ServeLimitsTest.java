package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.extract.DocumentExtractor;
import org.dossier.solr.SolrConnection;
import org.dossier.web.ServerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} reads its seeds (and watched folders and uploads) within --max-file-size and --parse-timeout. */
class ServeLimitsTest {
    @TempDir
    Path dir;

    @Test
    void serveTakesTheReadingLimitsOfIndex() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--max-file-size", "1KB", "--parse-timeout", "7");
        assertThat(serve.ingest.limits()).isEqualTo(new ReadLimits(1024, Duration.ofSeconds(7)));
    }

    @Test
    void seedsOverTheLimitAreSkippedWithAMessage() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("small.txt"), "A short note on servelimitword.");
        Files.writeString(seeds.resolve("large.txt"), "Long text. ".repeat(200));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (DossierApp app = DossierApp.start(SolrConnection.embedded(dir.resolve("data")), DocumentExtractor.withDefaults(), seeds,
                "127.0.0.1", 0, new PrintStream(log, true, StandardCharsets.UTF_8), ServerSettings.defaults(), List.of(),
                new ReadLimits(1000, Duration.ofSeconds(30)))) {
            assertThat(app.seedReport().added()).isEqualTo(1);
            assertThat(app.seedReport().skipped()).singleElement()
                    .satisfies(f -> assertThat(f.reason()).isEqualTo("too large (2200 bytes; the limit is 1000)"));
        }
    }
}
