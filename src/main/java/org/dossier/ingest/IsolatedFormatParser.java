package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * <p>Callers on several threads (the indexer's loading threads, concurrent uploads) each get a
 * child of their own: an idle one, or a new one, so no file waits behind another's parse. Children
 * stay idle between files and stop when this is closed.
 *
 * <p>If the child cannot start at all (a class path the {@code java} command cannot use, as when
 * running inside Maven's JVM), parsing falls back to this process, with one warning. Thread-safe.
 */
public final class IsolatedFormatParser implements FormatParser, AutoCloseable {
    /** Enough for Tika on a few hundred pages of PDF; a parser bomb stops here, not in the indexer. */
    public static final int DEFAULT_HEAP_MB = 512;
    /** Loading Tika's parsers takes a second or two; far longer means the child will not come. */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedFormatParser.class);

    private final Duration timeout;
    private final int heapMb;
    /** One thread per busy child, blocked on its answer while the caller waits with a time limit. */
    private final ExecutorService io;
    private final List<ProcessHandle> started = new CopyOnWriteArrayList<>();
    private final Deque<ParserProcess> idle = new ArrayDeque<>(); // guarded by this
    private final Set<ParserProcess> running = new HashSet<>(); // guarded by this
    private boolean closed; // guarded by this
    private volatile FormatParser inProcess;

    /** {@code timeout}: how long one file may take before its parser is killed. */
    public IsolatedFormatParser(Duration timeout) {
        this(timeout, DEFAULT_HEAP_MB);
    }

    IsolatedFormatParser(Duration timeout, int heapMb) {
        this.timeout = timeout;
        this.heapMb = heapMb;
        this.io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dossier-parser-io");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Makes sure an idle child is waiting, so that starting one does not count against the next
     * file's time. (With several callers at once, one may still find the spare taken and start its
     * own child within its time: a few seconds of a limit of a minute.)
     */
    @Override
    public void prepare() throws InterruptedException {
        synchronized (this) {
            if (inProcess != null || closed || idle.stream().anyMatch(ParserProcess::isAlive)) {
                return;
            }
        }
        ParserProcess spare = startWorker();
        if (spare != null) {
            checkIn(spare);
        }
    }

    @Override
    public Parsed parse(Path path, byte[] bytes) throws IngestException, InterruptedException {
        ParserProcess worker = checkOut();
        if (worker == null) {
            return inProcess.parse(path, bytes);
        }
        String name = path.getFileName() == null ? "document" : path.getFileName().toString();
        Future<WorkerProtocol.Response> answer = io.submit(() -> worker.parse(name, bytes));
        WorkerProtocol.Response response;
        try {
            response = answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            discard(worker);
            throw IngestException.timedOut(path, timeout);
        } catch (InterruptedException e) {
            discard(worker); // the caller gave up on this file (its own time limit): so do we
            throw e;
        } catch (ExecutionException e) {
            String reason = worker.deathReason();
            discard(worker);
            throw new IngestException(path, "could not be parsed (" + reason + ")");
        }
        checkIn(worker);
        if (response.error() != null) {
            throw response.skipped() ? IngestException.skipped(path, response.error()) : new IngestException(path, response.error());
        }
        return new Parsed(response.text(), new FileMetadata(response.title(), response.authors(),
                response.created() == null ? null : LocalDate.parse(response.created())));
    }

    /** Every child started so far, oldest first: one unless a parse was killed or crashed, or several ran at once. */
    public List<ProcessHandle> workers() {
        return List.copyOf(started);
    }

    /** An idle child, or a new one; null when children cannot start (then {@link #inProcess} is set). */
    private ParserProcess checkOut() throws InterruptedException {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the parser is closed");
            }
            while (!idle.isEmpty()) {
                ParserProcess worker = idle.pollFirst();
                if (worker.isAlive()) {
                    return worker;
                }
                running.remove(worker); // died while idle (killed from outside): a new one below
            }
        }
        return inProcess != null ? null : startWorker();
    }

    private void checkIn(ParserProcess worker) {
        synchronized (this) {
            if (!closed) {
                idle.addFirst(worker);
                return;
            }
        }
        worker.stop();
    }

    private void discard(ParserProcess worker) {
        worker.kill();
        synchronized (this) {
            running.remove(worker);
        }
    }

    /** A new child once its parsers are loaded, or null (and parsing in this process from now on). */
    private ParserProcess startWorker() throws InterruptedException {
        ParserProcess process;
        try {
            process = ParserProcess.start(heapMb);
        } catch (IOException e) {
            fallBack(e.getMessage());
            return null;
        }
        started.add(process.handle());
        synchronized (this) {
            running.add(process);
        }
        Future<?> ready = io.submit(() -> {
            process.awaitReady();
            return null;
        });
        try {
            ready.get(STARTUP_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
            return process;
        } catch (InterruptedException e) {
            discard(process);
            throw e;
        } catch (TimeoutException | ExecutionException e) {
            String reason = e instanceof TimeoutException ? "no answer in " + STARTUP_LIMIT.toSeconds() + " s" : process.deathReason();
            discard(process);
            fallBack(reason);
            return null;
        }
    }

    private synchronized void fallBack(String reason) {
        if (inProcess == null) {
            LOG.warn("Parsing documents in this process, without the parser process's time and memory limits: it did not start ({})",
                    reason);
            inProcess = new TikaFormatParser();
        }
    }

    @Override
    public void close() {
        List<ParserProcess> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(running);
            running.clear();
            idle.clear();
        }
        all.forEach(ParserProcess::stop);
        io.shutdownNow();
    }
}
