package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dossier.cli.bench.CorpusGenerator;
import org.dossier.testing.DossierProcess;
import org.dossier.testing.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken Solr configset: Dossier names the file and what is wrong with it, exits non-zero at once
 * (Solr's threads do not keep the JVM alive), and leaves the existing index exactly as it was. The
 * configset travels inside the jar and is installed into the data directory at each start, so a
 * broken one comes from the build (or from a hand edit of {@code solr-config/}): here a folder put
 * ahead of the jar on the class path supplies it. A broken copy inside the data directory, on the
 * other hand, is simply replaced at the next start.
 */
class CorruptConfigsetIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    record Breakage(String file, String expected, UnaryOperator<String> damage) {}

    @Test
    void aBrokenConfigsetIsNamedTheRunExitsNonZeroAndTheIndexIsUntouched() throws Exception {
        Path docs = temp.resolve("docs");
        new CorpusGenerator(5, 5).writeTo(docs, 5);
        Path data = temp.resolve("data");
        DossierProcess first = DossierProcess.start("index", docs.toString(), "--data-dir", data.toString(), "--no-progress");
        assertThat(first.awaitExit(HANG_GUARD)).as(first.output()).isZero();
        Path index = data.resolve("solr/dossier/data");
        Map<String, String> before = FileTree.checksums(index);

        List<Breakage> breakages = List.of(
                new Breakage("solrconfig.xml", "solrconfig.xml", text -> text.substring(0, text.length() / 2)),
                new Breakage("schema.xml", "schema.xml", text -> text.substring(0, text.length() / 2)),
                new Breakage("schema.xml", "Unknown fieldType 'text_nowhere'",
                        text -> text.replaceFirst("type=\"text_en\"", "type=\"text_nowhere\"")));
        for (Breakage breakage : breakages) {
            Path classpath = brokenConfigset(breakage);
            for (List<String> command : List.of(
                    List.of("index", docs.toString(), "--data-dir", data.toString(), "--no-progress"),
                    List.of("serve", "--port", "0", "--data-dir", data.toString(), "--seeds", temp.resolve("none").toString()))) {
                DossierProcess run = DossierProcess.startWithClasspathFirst(classpath, command.toArray(String[]::new));
                int exit = run.awaitExit(HANG_GUARD);
                String output = run.output();
                assertThat(exit).as(output).isEqualTo(1);
                List<String> messages = output.lines().filter(l -> l.startsWith("dossier: ")).toList();
                assertThat(messages).as(output).singleElement().satisfies(line -> assertThat(line)
                        .contains(data.resolve("solr/dossier/conf").resolve(breakage.file()).toAbsolutePath().toString())
                        .contains(breakage.expected()).contains("invalid"));
                System.out.println("Broken " + breakage.file() + ", " + command.get(0) + ": " + messages.get(0));
                assertThat(output).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
                assertThat(FileTree.checksums(index)).as("the index is exactly as it was").isEqualTo(before);
            }
        }

        DossierProcess healed = DossierProcess.start("index", docs.toString(), "--data-dir", data.toString(), "--no-progress");
        assertThat(healed.awaitExit(HANG_GUARD)).as(healed.output()).isZero();
        assertThat(healed.output()).as("the shipped configset is back and the documents are all there")
                .contains("0 added, 0 updated, 5 unchanged, 0 failed");
    }

    @Test
    void aDamagedConfigsetCopyInTheDataDirectoryIsReplacedAtStart() throws Exception {
        Path docs = temp.resolve("docs");
        new CorpusGenerator(6, 5).writeTo(docs, 5);
        Path data = temp.resolve("data");
        DossierProcess first = DossierProcess.start("index", docs.toString(), "--data-dir", data.toString(), "--no-progress");
        assertThat(first.awaitExit(HANG_GUARD)).as(first.output()).isZero();
        Path installed = data.resolve("solr/dossier/conf/solrconfig.xml");
        String good = Files.readString(installed);
        Files.writeString(installed, good.substring(0, good.length() / 3)); // a crash mid-copy, a stray edit

        DossierProcess again = DossierProcess.start("index", docs.toString(), "--data-dir", data.toString(), "--no-progress");
        assertThat(again.awaitExit(HANG_GUARD)).as(again.output()).isZero();
        assertThat(again.output()).contains("0 added, 0 updated, 5 unchanged, 0 failed");
        assertThat(Files.readString(installed)).isEqualTo(good);
    }

    /** A copy of the shipped configset with one file damaged, laid out as on the class path. */
    private Path brokenConfigset(Breakage breakage) throws IOException {
        Path root = Files.createTempDirectory(temp, "classpath");
        Path conf = root.resolve("solr-config/conf");
        Path shipped = Path.of("solr-config/conf");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = conf.resolve(shipped.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Path damaged = conf.resolve(breakage.file());
        String text = Files.readString(damaged, StandardCharsets.UTF_8);
        String broken = breakage.damage().apply(text);
        assertThat(broken).as("the damage changes the file").isNotEqualTo(text);
        Files.writeString(damaged, broken, StandardCharsets.UTF_8);
        return root;
    }
}
