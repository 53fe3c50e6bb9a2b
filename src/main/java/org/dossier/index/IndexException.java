package org.dossier.index;

import org.dossier.solr.SolrConnection;
import org.dossier.solr.StorageFailure;

/** Solr refused or failed an indexing operation; nothing committed before it is affected. */
public class IndexException extends RuntimeException {
    /** Solr's messages can quote a whole refused document; a person needs the start of it. */
    private static final int MAX_DETAIL = 300;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What a failed write becomes: a full or read-only disk is told apart (so the API can answer
     * 507 and say why, and the writer is reopened for later writes), anything else says what failed.
     */
    static IndexException of(SolrConnection solr, String doing, Exception e, String hint) {
        var storage = StorageFailure.of(e);
        if (storage.isPresent()) {
            solr.afterStorageFailure();
            return new IndexStorageException(storage.get(), storage.get().explain(solr.storage(), doing), e);
        }
        return new IndexException("Solr failed " + doing + hint + ": " + brief(e), e);
    }

    /** The first line of a failure's message, cut to a readable length. */
    static String brief(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "...";
    }
}
