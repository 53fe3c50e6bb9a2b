package org.dossier.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one file as UTF-8 text, refusing what is not text: an empty file, a binary file (NUL
 * bytes), bytes that are not valid UTF-8, or a file that is too large.
 */
public final class SourceFileReader {
    /** Larger files are almost certainly not a transcript or an article. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public SourceFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceFile read(Path path) throws IngestException {
        Path absolute = path.toAbsolutePath().normalize();
        byte[] bytes = readBytes(absolute);
        return new SourceFile(absolute, DocumentIds.forPath(absolute), sha256(bytes), decode(absolute, bytes));
    }

    /**
     * The text of a file's bytes: UTF-8 (with or without a byte order mark), or UTF-16 when a byte
     * order mark says so. Anything else that is not valid UTF-8, or holds NUL bytes, is refused.
     * {@code name} only serves the messages.
     */
    public static String decode(Path name, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(name, "empty file");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = decodeStrictly(name, bytes, startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, 2);
        } else {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new IngestException(name, "binary file (NUL byte at offset " + i + ")");
                }
            }
            text = decodeStrictly(name, bytes, StandardCharsets.UTF_8, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new IngestException(name, "binary file (NUL character in the text)");
        }
        if (text.isBlank()) {
            throw new IngestException(name, "no text (only white space)");
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

    private byte[] readBytes(Path path) throws IngestException {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new IngestException(path, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IngestException(path, "no such file");
        } catch (AccessDeniedException e) {
            throw new IngestException(path, "not readable (permission denied)");
        } catch (IOException e) {
            throw new IngestException(path, "not readable (" + e.getMessage() + ")");
        }
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
            throw new IngestException(path, "not " + encoding + " text (invalid byte sequence at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new IngestException(path, "not " + charset.name() + " text");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
