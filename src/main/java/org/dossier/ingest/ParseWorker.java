package org.dossier.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The child process that parses document formats for {@link IsolatedFormatParser}: it reads
 * requests from stdin and answers on stdout ({@link WorkerProtocol}) until stdin closes. A parser
 * that loops here is ended by the indexer killing this process; one that exhausts memory ends it
 * by itself ({@code -XX:+ExitOnOutOfMemoryError}). Either way the indexer's own heap and threads are
 * untouched. Not meant to be started by hand.
 */
public final class ParseWorker {
    private ParseWorker() {}

    public static void main(String[] args) throws IOException {
        // stdout carries the protocol: whatever a library prints goes to stderr instead
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        exitWithParent();
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        TikaFormatParser parser = new TikaFormatParser();
        WorkerProtocol.write(out, WorkerProtocol.Response.ready());
        while (true) {
            WorkerProtocol.Request request;
            byte[] bytes;
            try {
                request = WorkerProtocol.read(in, WorkerProtocol.Request.class);
                bytes = WorkerProtocol.readBytes(in);
            } catch (EOFException e) {
                return; // the indexer is done with us
            }
            WorkerProtocol.write(out, parse(parser, request.name(), bytes));
        }
    }

    private static WorkerProtocol.Response parse(TikaFormatParser parser, String name, byte[] bytes) {
        try {
            return WorkerProtocol.Response.parsed(parser.parse(Path.of(name), bytes));
        } catch (IngestException e) {
            return WorkerProtocol.Response.failed(e);
        } catch (StackOverflowError | LinkageError e) {
            return WorkerProtocol.Response.failed(new IngestException(Path.of(name), "could not be parsed (" + e + ")"));
        }
    }

    /**
     * A worker stuck in a parser would outlive an indexer killed with -9 (its stdin closes, but
     * nobody reads it): it watches its parent and halts when the parent is gone.
     */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    }
}
