package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one file into text. Plain text formats (.txt, .md, .html, .json) are UTF-8, UTF-16 with a
 * byte order mark, or, failing those, a legacy encoding that Tika's detectors recognise; document
 * formats (PDF, Word, ODT, RTF, EPUB) go through a {@link FormatParser}. Refused with a reason: an
 * empty file, binary junk, a file over the size limit, a document without text. Uploads, which are
 * bytes without a file, are read the same way ({@link #read(Path, byte[], Charset)}). Closing it
 * closes its parser (and so stops a parser process).
 */
public final class SourceFileReader implements AutoCloseable {
    /** Larger files are almost certainly not a transcript, an article or a report. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;
    private final FormatParser documents;

    public SourceFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Parses document formats in this process: for tests and measurements, not for users' files. */
    public SourceFileReader(long maxBytes) {
        this(maxBytes, new TikaFormatParser());
    }

    /**
     * The reader for users' files: document formats are parsed in a child process that is killed
     * when one file takes longer than {@code parseTimeout} ({@link IsolatedFormatParser}).
     */
    public static SourceFileReader isolated(long maxBytes, Duration parseTimeout) {
        return new SourceFileReader(maxBytes, new IsolatedFormatParser(parseTimeout));
    }

    public SourceFileReader(long maxBytes, FormatParser documents) {
        this.maxBytes = maxBytes;
        this.documents = documents;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The file's id and a checksum of its bytes, without parsing it: cheap enough to run on every
     * file to find those that changed.
     */
    public FileStamp stamp(Path path) throws IngestException {
        Path absolute = path.toAbsolutePath().normalize();
        long size = checkSize(absolute);
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(absolute)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw unreadable(absolute, e);
        }
        return new FileStamp(absolute, DocumentIds.forPath(absolute), HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Gets ready to read {@code path} outside its time limit: for a document format, starts the
     * parser process if it is not running.
     */
    public void prepare(Path path) throws InterruptedException {
        if (Formats.isDocument(path)) {
            documents.prepare();
        }
    }

    public SourceFile read(Path path) throws IngestException {
        try {
            return readInterruptibly(path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(path, "interrupted");
        }
    }

    /** As {@link #read}, letting a parser that notices interruption stop early. */
    public SourceFile readInterruptibly(Path path) throws IngestException, InterruptedException {
        Path absolute = path.toAbsolutePath().normalize();
        return read(absolute, readBytes(absolute), null);
    }

    /**
     * Reads bytes that came without a file (an upload) as if they were the file {@code name}: by its
     * extension, a document format through the parser, anything else as text in {@code declared}
     * (a charset the sender named; null when none) or else as {@link #decodeAnyEncoding} finds it.
     */
    public SourceFile read(Path name, byte[] bytes, Charset declared) throws IngestException, InterruptedException {
        if (bytes.length > maxBytes) {
            throw IngestException.skipped(name, "too large (" + bytes.length + " bytes; the limit is " + maxBytes + ")");
        }
        String id = DocumentIds.forPath(name);
        String checksum = HexFormat.of().formatHex(sha256().digest(bytes));
        if (Formats.isDocument(name)) {
            if (bytes.length == 0) {
                throw IngestException.skipped(name, "empty file");
            }
            FormatParser.Parsed parsed = documents.parse(name, bytes);
            return new SourceFile(name, id, checksum, parsed.text(), parsed.metadata());
        }
        String text = declared == null ? decodeAnyEncoding(name, bytes) : TextDecoding.decodeDeclared(name, bytes, declared);
        return new SourceFile(name, id, checksum, text);
    }

    /** The charset a {@code Content-Type} header names, or null when it names none Java knows. */
    public static Charset charsetOf(String contentType) {
        return TextDecoding.charsetOf(contentType);
    }

    @Override
    public void close() {
        if (documents instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the parser: " + e.getMessage(), e);
            }
        }
    }

    /**
     * {@link #decode}, and when the bytes are not UTF-8, the legacy encoding Tika detects; binary
     * junk is still refused.
     */
    static String decodeAnyEncoding(Path name, byte[] bytes) throws IngestException {
        try {
            return decode(name, bytes);
        } catch (IngestException e) {
            if (!e.reason().startsWith("not UTF-8")) {
                throw e;
            }
        }
        String text = TextDecoding.decodeLegacy(name, bytes, Formats.isHtml(name));
        if (text.isBlank()) {
            throw IngestException.skipped(name, "no text (only white space)");
        }
        return text;
    }

    /**
     * The text of a file's bytes: UTF-8 (with or without a byte order mark), or UTF-16 when a byte
     * order mark says so. Anything else that is not valid UTF-8, or holds NUL bytes, is refused.
     * {@code name} only serves the messages.
     */
    public static String decode(Path name, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw IngestException.skipped(name, "empty file");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = decodeStrictly(name, bytes, startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, 2);
        } else {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw IngestException.skipped(name, "binary file (NUL byte at offset " + i + ")");
                }
            }
            text = decodeStrictly(name, bytes, StandardCharsets.UTF_8, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw IngestException.skipped(name, "binary file (NUL character in the text)");
        }
        if (text.isBlank()) {
            throw IngestException.skipped(name, "no text (only white space)");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private long checkSize(Path path) throws IngestException {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        if (size > maxBytes) {
            throw IngestException.skipped(path, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
        }
        return size;
    }

    private byte[] readBytes(Path path) throws IngestException {
        checkSize(path);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static IngestException unreadable(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new IngestException(path, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new IngestException(path, "not readable (permission denied)");
        }
        return new IngestException(path, "not readable (" + e.getMessage() + ")");
    }

    private static String decodeStrictly(Path path, byte[] bytes, java.nio.charset.Charset charset, int skip) throws IngestException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            String encoding = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            throw IngestException.skipped(path, "not " + encoding + " text (invalid byte sequence at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw IngestException.skipped(path, "not " + charset.name() + " text");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
