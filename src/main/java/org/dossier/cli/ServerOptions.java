package org.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import org.dossier.web.ServerSettings;
import picocli.CommandLine.Option;

/** How the HTTP server treats clients: writing, limits, CORS, logging. */
final class ServerOptions {
    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${DOSSIER_API_KEY}",
            description = "Enables POST/DELETE /api/documents and POST /api/reindex for clients sending 'Authorization: Bearer KEY'. "
                    + "Prefer the environment variable DOSSIER_API_KEY: a command line is visible to other users.")
    String apiKey;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "${DOSSIER_MAX_UPLOAD_MB:-20}",
            description = "Largest request body, e.g. an uploaded document (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",", defaultValue = "${DOSSIER_CORS_ORIGINS}",
            description = "Allow browser pages from this origin (e.g. https://example.org) to call the API; repeatable. Default: CORS off.")
    List<String> corsOrigins;

    @Option(names = "--max-concurrent-searches", paramLabel = "N", defaultValue = "${DOSSIER_MAX_CONCURRENT_SEARCHES:-0}",
            description = "Searches answered at once; more get 503 with Retry-After (default: 8 per core).")
    int maxConcurrentSearches;

    @Option(names = "--access-log", defaultValue = "${DOSSIER_ACCESS_LOG:-false}",
            description = "Log every request (method, path, status, time, size, client) on standard error.")
    boolean accessLog;

    ServerSettings settings() {
        ServerSettings defaults = ServerSettings.defaults();
        if (maxUploadMb < 1) {
            throw new IllegalArgumentException("--max-upload-mb must be at least 1");
        }
        List<String> origins = corsOrigins == null ? List.of() : new ArrayList<>(corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        return new ServerSettings(apiKey, maxUploadMb * 1024L * 1024L, origins,
                maxConcurrentSearches > 0 ? maxConcurrentSearches : defaults.maxConcurrentSearches(), accessLog);
    }
}
