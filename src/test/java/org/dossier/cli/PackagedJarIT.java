package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped artefact, {@code target/dossier.jar}, run as a user runs it. A fat jar loses Lucene's
 * SPI files unless the build merges them, so this is tested on the jar, not on the classpath.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/dossier.jar");
    private static final Pattern READY = Pattern.compile("on http://[^:]+:(\\d+)/");

    @TempDir
    Path dataDir;

    @Test
    void servesTheSeedsAndStopsCleanlyOnSigterm() throws Exception {
        long start = System.nanoTime();
        Process serve = java("serve", "--port", "0", "--data-dir", dataDir.toString(), "--seeds", "seeds");
        try {
            int port = awaitPort(serve);
            JsonNode answer = new Http(port).get("/api/search?q=ammunition").json();
            long coldStartMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Packaged jar: cold start to first answered query " + coldStartMs + " ms");
            assertThat(answer.get("totalHits").asLong()).isEqualTo(1);
            assertThat(answer.get("hits").get(0).get("snippets").get(0).asText()).contains("<mark>");
            assertThat(new Http(port).get("/").body()).contains("Dossier");
        } finally {
            serve.destroy(); // SIGTERM: the shutdown hook stops the server and Solr
        }
        assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve exits after SIGTERM").isTrue();
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryFailsFastWithAClearMessage() throws Exception {
        Process first = java("serve", "--port", "0", "--data-dir", dataDir.toString(), "--seeds", "seeds");
        try {
            awaitPort(first);
            Process second = java("index", "seeds", "--data-dir", dataDir.toString());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("second process exits").isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output).contains("in use by another Dossier").doesNotContain("\tat ");
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killMinus9DuringIndexingLosesNothingCommittedAndARerunCompletesWithoutDuplicates() throws Exception {
        Path docs = Files.createDirectories(dataDir.resolve("docs"));
        String template = Files.readString(Path.of("seeds/003_f8fbb9045df074aa.txt"));
        int files = 3_000;
        for (int i = 0; i < files; i++) {
            Files.writeString(docs.resolve(String.format("doc-%05d.txt", i)), template.replace("2019", String.valueOf(1990 + i % 30)) + "\nNote " + i);
        }
        Path index = dataDir.resolve("index");
        // commit every second, so the run commits well before it ends and the kill comes mid-run
        Process first = java("index", docs.toString(), "--data-dir", index.toString(), "--commit-interval", "1");
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int committed = -1;
        while ((line = out.readLine()) != null) {
            Matcher m = Pattern.compile("^committed (\\d+) new or changed documents").matcher(line);
            if (m.find()) {
                committed = Integer.parseInt(m.group(1));
                break;
            }
        }
        assertThat(committed).as("the run reported a periodic commit before ending").isPositive();
        first.destroyForcibly(); // SIGKILL right after a commit: no shutdown hook, no final commit
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process rerun = java("index", docs.toString(), "--data-dir", index.toString());
        assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String rerunOut = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.exitValue()).as(rerunOut).isZero();
        String summary = rerunOut.lines().filter(l -> l.startsWith("Indexed")).findFirst().orElseThrow();
        System.out.println("kill -9 after " + committed + " committed documents; then: " + summary);
        Matcher counts = Pattern.compile("(\\d+) added, (\\d+) updated, (\\d+) unchanged, 0 failed").matcher(summary);
        assertThat(counts.find()).as(summary).isTrue();
        assertThat(Integer.parseInt(counts.group(3))).as("documents committed before the kill are still there")
                .isGreaterThanOrEqualTo(committed);
        assertThat(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(3))).isEqualTo(files);

        Process check = java("index", docs.toString(), "--data-dir", index.toString());
        assertThat(check.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String checkOut = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(checkOut).as("every file is there exactly once").contains("0 added, 0 updated, " + files + " unchanged, 0 failed");
    }

    @Test
    void aPortInUseExitsPromptlyWithNonZeroStatus() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Process serve = java("serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", dataDir.toString(), "--seeds", "seeds");
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve exits instead of hanging").isTrue();
            String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(serve.exitValue()).isEqualTo(1);
            assertThat(output).contains("dossier:").containsIgnoringCase("port");
        }
    }

    private static Process java(String... args) throws IOException {
        assertThat(Files.exists(JAR)).as("target/dossier.jar is built by mvn package").isTrue();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output until it says where it listens; fails with that output otherwise. */
    private static int awaitPort(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = READY.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve did not report a port; its output:\n" + seen);
    }
}
