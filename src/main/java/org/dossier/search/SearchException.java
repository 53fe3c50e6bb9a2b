package org.dossier.search;

/** Solr failed to answer; not the client's fault, so it maps to a server error, never a trace. */
public class SearchException extends RuntimeException {
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
