package org.dossier.solr;

/** Solr could not be started or reached; the message is meant for the person running Dossier. */
public class SolrStartException extends RuntimeException {
    public SolrStartException(String message) {
        super(message);
    }

    public SolrStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
