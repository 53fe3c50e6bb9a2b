package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dossier.cli.bench.CorpusGenerator;
import org.dossier.testing.DossierProcess;
import org.dossier.testing.FileTree;
import org.dossier.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory on a file system mounted read-only: {@code index} and {@code serve} refuse at
 * once with a message that says so (Solr takes a write lock on the index even to search, so a
 * read-only index cannot be served), and not a byte of the data directory changes. Needs mount
 * rights (see {@link SmallDisk}).
 */
class ReadOnlyDataDirIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @Test
    void indexAndServeRefuseAReadOnlyDataDirectoryClearlyAndChangeNothing() throws Exception {
        Path docs = temp.resolve("docs");
        new CorpusGenerator(4, 5).writeTo(docs, 5);
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), "16m")) {
            Path data = disk.path().resolve("data");
            DossierProcess first = DossierProcess.start("index", docs.toString(), "--data-dir", data.toString(), "--no-progress");
            assertThat(first.awaitExit(HANG_GUARD)).as(first.output()).isZero();
            Map<String, String> before = FileTree.checksums(data);

            disk.readOnly();
            for (List<String> command : List.of(
                    List.of("index", docs.toString(), "--data-dir", data.toString(), "--no-progress"),
                    List.of("serve", "--port", "0", "--data-dir", data.toString(), "--seeds", temp.resolve("none").toString()))) {
                DossierProcess refused = DossierProcess.start(command.toArray(String[]::new));
                int exit = refused.awaitExit(HANG_GUARD);
                String output = refused.output();
                assertThat(exit).as(output).isEqualTo(1);
                List<String> messages = output.lines().filter(l -> l.startsWith("dossier: ")).toList();
                assertThat(messages).as(output).singleElement().satisfies(line -> assertThat(line)
                        .containsIgnoringCase("read-only file system").contains(data.toString()));
                System.out.println("Read-only, " + command.get(0) + ": " + messages.get(0));
                assertThat(output).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
            }
            assertThat(FileTree.checksums(data)).as("the data directory is exactly as it was").isEqualTo(before);

            disk.readWrite();
            DossierProcess again = DossierProcess.start("index", docs.toString(), "--data-dir", data.toString(), "--no-progress");
            assertThat(again.awaitExit(HANG_GUARD)).isZero();
            assertThat(again.output()).contains("0 added, 0 updated, 5 unchanged, 0 failed");
        }
    }
}
