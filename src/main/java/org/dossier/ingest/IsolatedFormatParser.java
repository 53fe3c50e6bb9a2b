package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses document formats (PDF, Word, ODT, RTF, EPUB) with Tika in a child JVM, a
 * {@link ParseWorker}, so that a file that makes a parser loop or swell cannot harm the indexer: on
 * the time limit the child is killed (its thread could not be: Java cannot stop a thread that
 * ignores interruption, and an abandoned one kept burning a core and its memory), and its heap has
 * a cap of its own. The next file gets a new child. The child starts on the first document, not
 * before (plain text, Markdown, HTML and JSON never need it), and serves every document after:
 * thousands of PDFs cost one JVM start.
 *
 * <p>Why not Tika's own {@code ForkParser}: its child loads classes and resources from the parent
 * through the pipe (or from a directory of separate jars, not from a shaded jar), it writes a
 * bootstrap jar to a temporary folder at each start, and it passes the child's stderr through to
 * the console. Our worker runs with this JVM's own class path, so what works here works there, and
 * its protocol is two small framed messages ({@link WorkerProtocol}).
 *
 * <p>If the child cannot start at all (a class path the {@code java} command cannot use, as when
 * running inside Maven's JVM), parsing falls back to this process, with one warning. Thread-safe:
 * one file at a time.
 */
public final class IsolatedFormatParser implements FormatParser, AutoCloseable {
    /** Enough for Tika on a few hundred pages of PDF; a parser bomb stops here, not in the indexer. */
    public static final int DEFAULT_HEAP_MB = 512;
    /** Loading Tika's parsers takes a second or two; far longer means the child will not come. */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedFormatParser.class);

    private final Duration timeout;
    private final int heapMb;
    private final ExecutorService io;
    private final List<ProcessHandle> started = new CopyOnWriteArrayList<>();
    private ParserProcess worker;
    private FormatParser inProcess;

    /** {@code timeout}: how long one file may take before its parser is killed. */
    public IsolatedFormatParser(Duration timeout) {
        this(timeout, DEFAULT_HEAP_MB);
    }

    IsolatedFormatParser(Duration timeout, int heapMb) {
        this.timeout = timeout;
        this.heapMb = heapMb;
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dossier-parser-io");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the child if it is not running, so its start does not count against a file's time. */
    @Override
    public synchronized void prepare() throws InterruptedException {
        ensureWorker();
    }

    @Override
    public synchronized Parsed parse(Path path, byte[] bytes) throws IngestException, InterruptedException {
        ensureWorker();
        if (inProcess != null) {
            return inProcess.parse(path, bytes);
        }
        ParserProcess current = worker;
        String name = path.getFileName() == null ? "document" : path.getFileName().toString();
        Future<WorkerProtocol.Response> answer = io.submit(() -> current.parse(name, bytes));
        WorkerProtocol.Response response;
        try {
            response = answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            discardWorker();
            throw IngestException.timedOut(path, timeout);
        } catch (InterruptedException e) {
            discardWorker(); // the caller gave up on this file (its own time limit): so do we
            throw e;
        } catch (ExecutionException e) {
            String reason = current.deathReason();
            discardWorker();
            throw new IngestException(path, "could not be parsed (" + reason + ")");
        }
        if (response.error() != null) {
            throw response.skipped() ? IngestException.skipped(path, response.error()) : new IngestException(path, response.error());
        }
        return new Parsed(response.text(), new FileMetadata(response.title(), response.authors(),
                response.created() == null ? null : LocalDate.parse(response.created())));
    }

    /** Every child started so far, oldest first: one unless a parse was killed or crashed. */
    public List<ProcessHandle> workers() {
        return List.copyOf(started);
    }

    private void ensureWorker() throws InterruptedException {
        if (inProcess != null || (worker != null && worker.isAlive())) {
            return;
        }
        discardWorker();
        ParserProcess process;
        try {
            process = ParserProcess.start(heapMb);
        } catch (IOException e) {
            fallBack(e.getMessage());
            return;
        }
        started.add(process.handle());
        Future<?> ready = io.submit(() -> {
            process.awaitReady();
            return null;
        });
        try {
            ready.get(STARTUP_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
            worker = process;
        } catch (InterruptedException e) {
            process.kill();
            throw e;
        } catch (TimeoutException | ExecutionException e) {
            process.kill();
            fallBack(e instanceof TimeoutException ? "no answer in " + STARTUP_LIMIT.toSeconds() + " s" : process.deathReason());
        }
    }

    private void fallBack(String reason) {
        LOG.warn("Parsing documents in this process, without the parser process's time and memory limits: it did not start ({})",
                reason);
        inProcess = new TikaFormatParser();
    }

    private void discardWorker() {
        if (worker != null) {
            worker.kill();
            worker = null;
        }
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.stop();
            worker = null;
        }
        io.shutdownNow();
    }
}
