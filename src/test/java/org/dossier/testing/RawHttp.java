package org.dossier.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, for tests that must tell a complete answer from a
 * truncated one (which an ordinary client reports as a bare IOException, like a refused
 * connection), and that must be able to read an answer slowly, or pause reading it, so that the
 * server is still writing when something happens to it.
 */
public final class RawHttp implements AutoCloseable {
    /** The status and headers, then the body and whether it arrived whole (the final chunk, or all of Content-Length). */
    public record Response(int status, Map<String, String> headers, byte[] body, boolean complete) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private int status = -1;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /**
     * Connects and sends {@code GET path}. A small receive buffer makes the server's writes block
     * soon when this side stops reading. Throws (e.g. ConnectException) when no connection is made.
     */
    public RawHttp(int port, String path, int receiveBuffer) throws IOException {
        socket = new Socket();
        socket.setReceiveBufferSize(receiveBuffer);
        socket.setSoTimeout(60_000); // a hang guard: nothing here waits that long when things work
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        // keep-alive (the default), so the server must mark the body's end (length or chunks) rather
        // than end it by closing, which would make a cut-short answer look whole
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One request read to the end at full speed. */
    public static Response get(int port, String path) throws IOException {
        try (RawHttp http = new RawHttp(port, path, 64 * 1024)) {
            http.readHead();
            return http.readRest();
        }
    }

    /** Reads the status line and headers; the status, or -1 when the server closed without answering. */
    public int readHead() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            return -1;
        }
        status = Integer.parseInt(statusLine.split(" ")[1]);
        String header;
        while ((header = line()) != null && !header.isEmpty()) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        return status;
    }

    /** Reads the body to its end (or to where the connection broke). */
    public Response readRest() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean complete;
        try {
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                complete = readChunks(body);
            } else if (headers.containsKey("content-length")) {
                long length = Long.parseLong(headers.get("content-length"));
                complete = copy(body, length) == length;
            } else {
                copy(body, Long.MAX_VALUE);
                complete = false; // no way to know
            }
        } catch (IOException e) {
            complete = false; // reset mid-body: truncated
        }
        return new Response(status, Map.copyOf(headers), body.toByteArray(), complete);
    }

    private boolean readChunks(ByteArrayOutputStream body) throws IOException {
        while (true) {
            String size = line();
            if (size == null) {
                return false;
            }
            int semicolon = size.indexOf(';');
            long length = Long.parseLong((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
            if (length == 0) {
                String trailer;
                while ((trailer = line()) != null && !trailer.isEmpty()) {
                    // trailers: none expected
                }
                return trailer != null;
            }
            if (copy(body, length) != length) {
                return false;
            }
            if (line() == null) {
                return false;
            }
        }
    }

    private long copy(ByteArrayOutputStream body, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        while (copied < length) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, length - copied));
            if (n < 0) {
                break;
            }
            body.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    /** A CRLF-terminated line, or null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
