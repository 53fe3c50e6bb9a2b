package org.dossier.index;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * How often, and how patiently, a request to Solr is tried again after a transient failure: a
 * node down, a shard leader being elected, a timeout, an overloaded server. Waits double from
 * {@code firstBackoff} up to {@code maxBackoff}; the defaults span about half a minute, longer than
 * a leader election takes.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(250), Duration.ofSeconds(10));
    /** One attempt, no waiting. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more");
        }
    }

    /** The wait after the {@code attempt}-th failure (1-based). */
    Duration backoff(int attempt) {
        long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    /**
     * Whether trying the same request again may succeed. Client errors (a 4xx: a document the
     * schema refuses, an unknown collection) never do, nor does a full or read-only disk; server errors, unavailable shards, refused
     * connections and timeouts may.
     */
    static boolean isTransient(Throwable failure) {
        if (org.dossier.solr.StorageFailure.of(failure).isPresent()) {
            return false; // a full or read-only disk needs a person, not another attempt
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SolrException e) {
                int code = e.code();
                if (code >= 400 && code < 500) {
                    return code == 408 || code == 429;
                }
                if (code >= 500 || code <= 0) {
                    return true;
                }
            }
            if (t instanceof SolrServerException || t instanceof IOException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
