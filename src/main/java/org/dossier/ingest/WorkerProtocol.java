package org.dossier.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What the indexer and its {@link ParseWorker} say to each other over the worker's stdin and
 * stdout. Every message is a frame: a marker, a length, then the bytes. The marker makes a stray
 * write to stdout (a library printing where it should not) a clear protocol error rather than a
 * garbled length. A request is a JSON {@link Request} frame followed by a frame with the file's
 * bytes (bytes, not a path, so that uploads, which have no file, take the same way); the answer is
 * a JSON {@link Response} frame. The worker announces itself with a {@link Response} once its
 * parsers are loaded.
 */
final class WorkerProtocol {
    private static final int MARKER = 0x444F5331; // "DOS1"
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkerProtocol() {}

    /** One file to parse: its name helps Tika tell the format. */
    record Request(String name) {}

    /**
     * The text and metadata of a parsed file, or the reason it could not be parsed ({@code error},
     * with {@code skipped} when the refusal is on purpose, as for an encrypted file).
     */
    record Response(String text, String title, List<String> authors, String created, String error, boolean skipped) {
        static Response ready() {
            return new Response(null, null, List.of(), null, null, false);
        }

        static Response failed(IngestException e) {
            return new Response(null, null, List.of(), null, e.reason(), e.isSkipped());
        }

        static Response parsed(FormatParser.Parsed parsed) {
            FileMetadata m = parsed.metadata();
            return new Response(parsed.text(), m.title(), m.authors(), m.created() == null ? null : m.created().toString(), null, false);
        }
    }

    static void write(DataOutputStream out, Object message) throws IOException {
        writeBytes(out, JSON.writeValueAsBytes(message));
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(MARKER);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    static <T> T read(DataInputStream in, Class<T> type) throws IOException {
        return JSON.readValue(readBytes(in), type);
    }

    /** @throws java.io.EOFException when the other side closed the stream (or died) */
    static byte[] readBytes(DataInputStream in) throws IOException {
        int marker = in.readInt();
        if (marker != MARKER) {
            throw new IOException(String.format("not a worker message (0x%08x)", marker));
        }
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("a worker message of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
