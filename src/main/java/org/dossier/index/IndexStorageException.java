package org.dossier.index;

import org.dossier.solr.StorageFailure;

/**
 * Solr could not write because its disk is full or read-only. The message says where and what to
 * do; what was committed before is untouched (Lucene's commits are all or nothing).
 */
public final class IndexStorageException extends IndexException {
    private final StorageFailure failure;

    public IndexStorageException(StorageFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public StorageFailure failure() {
        return failure;
    }

    /** What is wrong, without saying where: fit for an API client, who need not know the server's paths. */
    public String reason() {
        return failure == StorageFailure.NO_SPACE ? "no space left on device" : "its file system is read-only";
    }
}
