package org.dossier.web;

import java.util.List;

/** Re-runs the indexing of the folders the server was started with, for {@code POST /api/reindex}. */
@FunctionalInterface
public interface Reindexing {
    Result reindex();

    /** What a run did; {@code failures} are "path: reason" lines. */
    record Result(int files, int added, int updated, int unchanged, List<String> failures, long elapsedMs) {}
}
