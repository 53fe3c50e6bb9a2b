package org.dossier.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running {@link ParseWorker}: a JVM started with this JVM's own class path (the shaded
 * {@code dossier.jar}, or Maven's test class path), so it runs exactly the parsers this process
 * would. Its stderr (PDFBox and POI warnings, a crash message) is read into a short tail that only
 * serves to explain a crash; none of it reaches the user's console. Not thread-safe: one request at
 * a time, and {@link #kill} from any thread.
 */
final class ParserProcess {
    /** {@code -XX:+ExitOnOutOfMemoryError} exits with this code. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final int TAIL_LINES = 20;

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final int heapMb;

    private ParserProcess(Process process, int heapMb) {
        this.process = process;
        this.heapMb = heapMb;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        Thread drain = new Thread(this::drainStderr, "dossier-parser-stderr-" + process.pid());
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts a worker; it is ready once {@link #awaitReady} returns. */
    static ParserProcess start(int heapMb) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m",
                "-XX:+ExitOnOutOfMemoryError",
                // one parse at a time: the serial collector needs no GC threads and the least memory
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                ParseWorker.class.getName()));
        return new ParserProcess(new ProcessBuilder(command).start(), heapMb);
    }

    /** Blocks until the worker has loaded its parsers (or died trying). */
    void awaitReady() throws IOException {
        WorkerProtocol.read(fromWorker, WorkerProtocol.Response.class);
    }

    /** Sends one file and blocks for the answer; an IOException when the worker died meanwhile. */
    WorkerProtocol.Response parse(String name, byte[] bytes) throws IOException {
        WorkerProtocol.write(toWorker, new WorkerProtocol.Request(name));
        WorkerProtocol.writeBytes(toWorker, bytes);
        return WorkerProtocol.read(fromWorker, WorkerProtocol.Response.class);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the worker at once, whatever it is doing, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the worker to finish (its stdin closes), then makes sure it has. */
    void stop() {
        try {
            toWorker.close();
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return;
            }
        } catch (IOException ignored) {
            // killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** Why the worker stopped answering, in words for a failed file. */
    String deathReason() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                return "the parser process stopped answering";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        int exit = process.exitValue();
        if (exit == OUT_OF_MEMORY_EXIT || tail().contains("OutOfMemoryError")) {
            return "the parser ran out of memory (" + heapMb + " MB) and was stopped";
        }
        String last = lastErrorLine();
        return "the parser process stopped (exit code " + exit + (last == null ? "" : ": " + last) + ")";
    }

    private String lastErrorLine() {
        synchronized (stderrTail) {
            return stderrTail.stream().filter(l -> l.contains("Error") || l.contains("Exception")).reduce((a, b) -> b).orElse(null);
        }
    }

    private String tail() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    private void drainStderr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == TAIL_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line.length() > 300 ? line.substring(0, 300) : line);
                }
            }
        } catch (IOException ignored) {
            // the worker is gone
        }
    }
}
