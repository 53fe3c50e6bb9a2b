package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable document ids. A file's id depends only on its absolute path, so indexing the same file
 * again replaces its document instead of adding a second one, and a changed file is updated.
 */
public final class DocumentIds {
    private DocumentIds() {}

    public static String forPath(Path path) {
        String normalized = path.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            // 16 hex digits (64 bits): no collision in any realistic corpus, short enough for a URL.
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
