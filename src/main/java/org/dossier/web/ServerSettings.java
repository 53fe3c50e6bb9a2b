package org.dossier.web;

import java.util.List;

/**
 * How the HTTP server behaves towards clients.
 *
 * @param apiKey the Bearer token that unlocks the write routes; null disables writing altogether
 * @param maxBodyBytes largest request body (an uploaded document); larger ones get 413
 * @param corsOrigins origins allowed to call the API from a browser; empty: CORS off
 * @param maxConcurrentSearches searches answered at once; more get 503 with Retry-After
 * @param accessLog whether each request is logged (logger {@code org.dossier.access})
 */
public record ServerSettings(String apiKey, long maxBodyBytes, List<String> corsOrigins, int maxConcurrentSearches,
        boolean accessLog) {
    public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;

    public ServerSettings {
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (maxBodyBytes < 1 || maxConcurrentSearches < 1) {
            throw new IllegalArgumentException("The body limit and the number of concurrent searches must be positive");
        }
    }

    /** Read-only, no CORS, room for a few concurrent searches per core. */
    public static ServerSettings defaults() {
        return new ServerSettings(null, DEFAULT_MAX_BODY_BYTES, List.of(),
                Math.max(8, 8 * Runtime.getRuntime().availableProcessors()), false);
    }

    public ServerSettings withApiKey(String key) {
        return new ServerSettings(key, maxBodyBytes, corsOrigins, maxConcurrentSearches, accessLog);
    }

    public ServerSettings withMaxConcurrentSearches(int max) {
        return new ServerSettings(apiKey, maxBodyBytes, corsOrigins, max, accessLog);
    }

    public ServerSettings withMaxBodyBytes(long max) {
        return new ServerSettings(apiKey, max, corsOrigins, maxConcurrentSearches, accessLog);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(apiKey, maxBodyBytes, origins, maxConcurrentSearches, accessLog);
    }
}
