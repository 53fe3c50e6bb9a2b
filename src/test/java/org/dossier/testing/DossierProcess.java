package org.dossier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged {@code target/dossier.jar} run as a child process, as a user runs it, with what it
 * prints (stdout and stderr together) collected as it goes. Closing kills it if it still runs, so a
 * failed test leaves no process behind.
 */
public final class DossierProcess implements AutoCloseable {
    public static final Path JAR = Path.of("target/dossier.jar");
    private static final Pattern LISTENING = Pattern.compile("on http://[^:]+:(\\d+)/");

    private final Process process;
    /**
     * What it prints goes to a file, not a pipe: reading a pipe from another thread can lose the
     * last lines when the process ends (the JDK drains and closes the pipe on exit).
     */
    private final Path log;

    private DossierProcess(List<String> command) {
        assertThat(Files.exists(JAR)).as("target/dossier.jar is built by mvn package").isTrue();
        try {
            log = Files.createTempFile("dossier-process", ".log");
            log.toFile().deleteOnExit();
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java -jar target/dossier.jar ARGS}. */
    public static DossierProcess start(String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new DossierProcess(command);
    }

    /**
     * The jar with {@code first} ahead of it on the class path, so that resources there (a
     * configset, say) replace the jar's own.
     */
    public static DossierProcess startWithClasspathFirst(Path first, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-cp",
                first.toAbsolutePath() + java.io.File.pathSeparator + JAR.toAbsolutePath(), "org.dossier.cli.DossierCli"));
        command.addAll(List.of(args));
        return new DossierProcess(command);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Everything printed so far. */
    public String output() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as a service manager or {@code kill} sends it. */
    public void terminate() {
        process.destroy();
    }

    /** Waits until the output contains {@code text}; fails with the output after {@code guard}. */
    public void awaitOutput(String text, Duration guard) {
        long deadline = System.nanoTime() + guard.toNanos();
        while (!output().contains(text)) {
            if (System.nanoTime() > deadline || (!process.isAlive() && !output().contains(text))) {
                throw new AssertionError("expected '" + text + "' in the output of dossier; it printed:\n" + output());
            }
            sleep(50);
        }
    }

    /** Waits until {@code serve} says where it listens; its port. */
    public int awaitPort() {
        awaitOutput("Ctrl-C stops it", Duration.ofSeconds(120));
        Matcher m = LISTENING.matcher(output());
        assertThat(m.find()).as(output()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Waits for the process to end (failing after {@code guard}, a hang guard) and returns its exit code. */
    public int awaitExit(Duration guard) {
        try {
            boolean ended = process.waitFor(guard.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(ended).as("dossier ended within " + guard + "; it printed:\n" + output()).isTrue();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // deleted at exit
        }
    }
}
