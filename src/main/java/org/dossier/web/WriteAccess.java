package org.dossier.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the write routes: off unless an API key is configured, then the key is required as a
 * Bearer token. The comparison takes the same time whatever the token, so timing reveals nothing.
 */
final class WriteAccess {
    private final byte[] key;

    WriteAccess(String apiKey) {
        this.key = apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws a {@link Denied} unless the request may write. */
    void check(Context ctx) {
        if (key == null) {
            throw new Denied(403, "Writing is disabled",
                    "This server is read-only. Start it with an API key (DOSSIER_API_KEY) to enable writing.");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Denied(401, "Authentication required", "Send the API key as 'Authorization: Bearer KEY'.");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(digest(given), digest(key))) {
            throw new Denied(401, "Authentication failed", "The API key is not valid.");
        }
    }

    /** Hashing first makes the comparison independent of both lengths. */
    private static byte[] digest(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Denied extends RuntimeException {
        final int status;
        final String title;

        Denied(int status, String title, String detail) {
            super(detail);
            this.status = status;
            this.title = title;
        }
    }
}
