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
        if (bytes.length == 0) {
            throw new IngestException(absolute, "empty file");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IngestException(absolute, "binary file (NUL byte at offset " + i + ")");
            }
        }
        String text = decodeUtf8(absolute, bytes);
        if (text.isBlank()) {
            throw new IngestException(absolute, "no text (only white space)");
        }
        return new SourceFile(absolute, DocumentIds.forPath(absolute), sha256(bytes), text);
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

    private static String decodeUtf8(Path path, byte[] bytes) throws IngestException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new IngestException(path, "not UTF-8 text (invalid byte sequence at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new IngestException(path, "not UTF-8 text");
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
