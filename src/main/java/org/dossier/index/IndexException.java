package org.dossier.index;

/** Solr refused or failed an indexing operation; nothing committed before it is affected. */
public class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
