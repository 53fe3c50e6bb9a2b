package org.dossier.index;

import static org.dossier.solr.SolrFields.CHECKSUM;
import static org.dossier.solr.SolrFields.ID;
import static org.dossier.solr.SolrFields.PARENT_ID;
import static org.dossier.solr.SolrFields.SOURCE_PATH;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.dossier.model.Document;
import org.dossier.solr.SolrConnection;
import org.dossier.solr.StorageFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes documents into Solr in batches. Documents become visible at {@link #commit()}, once per
 * run, because a commit opens a new searcher and is the expensive part of indexing.
 *
 * <p>Ids are stable (ingestion derives them from the file), so re-adding a document replaces it:
 * indexing the same files twice leaves the same number of documents. The same stable ids make a
 * retried batch harmless, so every request is retried with backoff on transient failures (a
 * SolrCloud node down, a leader election, a timeout); a batch that still fails is reported with an
 * {@link IndexException}, never dropped.
 */
public final class Indexer {
    /** How many documents one update request carries: large enough to amortise the request. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    /** Waits between attempts; tests replace it to run without sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final SolrConnection solr;
    private final int batchSize;
    private final Clock clock;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final List<SolrInputDocument> pendingDocuments = new ArrayList<>();
    private final List<SolrInputDocument> pendingPassages = new ArrayList<>();
    /** Ids of queued documents that may replace stored ones, whose old passages must go. */
    private final List<String> replaced = new ArrayList<>();
    private long added;
    private long retries;

    public Indexer(SolrConnection solr) {
        this(solr, RetryPolicy.DEFAULT);
    }

    public Indexer(SolrConnection solr, RetryPolicy retry) {
        this(solr, DEFAULT_BATCH_SIZE, Clock.systemUTC(), retry, d -> Thread.sleep(d.toMillis()));
    }

    Indexer(SolrConnection solr, int batchSize, Clock clock) {
        this(solr, batchSize, clock, RetryPolicy.DEFAULT, d -> Thread.sleep(d.toMillis()));
    }

    Indexer(SolrConnection solr, int batchSize, Clock clock, RetryPolicy retry, Sleeper sleeper) {
        this.solr = solr;
        this.batchSize = batchSize;
        this.clock = clock;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /**
     * The stored checksums of those of {@code ids} that are already indexed, so callers can skip
     * files that have not changed without parsing them again.
     */
    public Map<String, String> storedChecksums(Collection<String> ids) {
        Map<String, String> checksums = new HashMap<>();
        if (ids.isEmpty()) {
            return checksums;
        }
        SolrQuery query = new SolrQuery();
        query.addFilterQuery("{!terms f=" + ID + " separator=\"\u001f\"}" + String.join("\u001f", ids));
        query.setFields(ID, CHECKSUM);
        query.setRows(ids.size());
        query.set("timeAllowed", -1);
        QueryResponse response = withRetries("reading the stored checksums of " + ids.size() + " documents",
                () -> solr.client().query(solr.collection(), query));
        for (SolrDocument doc : response.getResults()) {
            Object checksum = doc.getFirstValue(CHECKSUM);
            checksums.put((String) doc.getFirstValue(ID), checksum == null ? "" : checksum.toString());
        }
        return checksums;
    }

    /**
     * The ids and source paths of the stored documents whose file is under {@code folder} (an
     * absolute path; the separator is added), read with a cursor so any number fits.
     */
    public Map<String, String> storedPathsUnder(String folder, String separator) {
        String prefix = folder.endsWith(separator) ? folder : folder + separator;
        Map<String, String> paths = new HashMap<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery query = new SolrQuery("*:*");
            query.addFilterQuery("{!prefix f=" + SOURCE_PATH + " v=$under}");
            query.set("under", prefix);
            query.setFields(ID, SOURCE_PATH);
            query.setRows(1000);
            query.setSort(ID, SolrQuery.ORDER.asc);
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            query.set("timeAllowed", -1);
            QueryResponse response = withRetries("listing the documents under " + prefix,
                    () -> solr.client().query(solr.collection(), query));
            for (SolrDocument doc : response.getResults()) {
                paths.put((String) doc.getFirstValue(ID), String.valueOf(doc.getFirstValue(SOURCE_PATH)));
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return paths;
            }
            cursor = next;
        }
    }

    /** Deletes these documents and their passages (after sending what is queued); visible at the next commit. */
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        flush();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += batchSize) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            withRetries("deleting the passages of " + batch.size() + " documents",
                    () -> solr.client().deleteByQuery(solr.passageCollection(), passagesOf(batch)));
            withRetries("deleting " + batch.size() + " documents", () -> solr.client().deleteById(solr.collection(), batch));
        }
    }

    /** A delete-by-query for the passages of these documents; ids go through the terms parser, never query syntax. */
    static String passagesOf(Collection<String> documentIds) {
        return "{!terms f=" + PARENT_ID + " separator=\"\u001f\"}" + String.join("\u001f", documentIds);
    }

    /** Queues a document; sends a batch when enough are queued. */
    public void add(Document document) {
        add(document, true);
    }

    /**
     * Queues a document and its passages. {@code replacing} says the document may already be
     * stored: its old passages are then deleted first (a new version may have fewer of them).
     */
    public void add(Document document, boolean replacing) {
        if (document.id() == null || document.id().isBlank()) {
            throw new IllegalArgumentException("A document needs an id to be indexed: " + document.title());
        }
        if (replacing) {
            replaced.add(document.id());
        }
        pendingPassages.addAll(SolrDocumentMapper.passages(document, clock.instant()));
        pendingDocuments.add(SolrDocumentMapper.toSolr(document, clock.instant()));
        if (pendingDocuments.size() >= batchSize) {
            flush();
        } else if (pendingPassages.size() >= batchSize) {
            flushPassages(); // several per batch of documents: a document has seven passages on average
        }
    }

    /** Sends what is queued and makes every document added so far searchable. */
    public void commit() {
        flush();
        // passages first, as in flush(): a document visible without its passages would be skipped as unchanged ever after
        withRetries("committing the passages", () -> solr.client().commit(solr.passageCollection(), true, true));
        withRetries("committing", () -> solr.client().commit(solr.collection(), true, true));
    }

    /**
     * Commits, then merges the index into one segment (Solr's optimize). Searching a segment is
     * cheaper than searching several: facet counts need no mapping between segments' values. It
     * rewrites the whole index once, so it suits a corpus loaded in bulk, not every small update.
     */
    public void mergeSegments() {
        commit();
        for (String collection : solr.collections()) {
            withRetries("merging " + collection + " into one segment", () -> solr.client().optimize(collection, true, true, 1));
        }
    }

    /** Number of documents (not counting their passages) sent to Solr by this indexer. */
    public long added() {
        return added;
    }

    /** Number of requests that failed transiently and were sent again. */
    public long retries() {
        return retries;
    }

    /**
     * Sends the queued passages, then their documents. In that order because each collection's
     * transaction log replays a cut-off write up to where it was cut: a document restored without
     * its passages would be skipped as unchanged ever after, while passages without their document
     * are replaced when the document is indexed again.
     */
    private void flush() {
        if (pendingDocuments.isEmpty()) {
            return;
        }
        flushPassages();
        String first = String.valueOf(pendingDocuments.get(0).getFieldValue(ID));
        String last = String.valueOf(pendingDocuments.get(pendingDocuments.size() - 1).getFieldValue(ID));
        withRetries("sending a batch of " + pendingDocuments.size() + " documents (ids " + first + " ... " + last + ")",
                () -> solr.client().add(solr.collection(), pendingDocuments));
        added += pendingDocuments.size();
        pendingDocuments.clear(); // kept until accepted: a failed batch stays queued and is reported, not dropped
    }

    /** Deletes the old passages of queued documents that replace stored ones, then sends the queued passages. */
    private void flushPassages() {
        if (!replaced.isEmpty()) {
            String query = passagesOf(replaced);
            withRetries("removing the old passages of " + replaced.size() + " documents",
                    () -> solr.client().deleteByQuery(solr.passageCollection(), query));
            replaced.clear();
        }
        if (!pendingPassages.isEmpty()) {
            String first = String.valueOf(pendingPassages.get(0).getFieldValue(ID));
            withRetries("sending a batch of " + pendingPassages.size() + " passages (from " + first + ")",
                    () -> solr.client().add(solr.passageCollection(), pendingPassages));
            pendingPassages.clear();
        }
    }

    private interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    private <T> T withRetries(String what, SolrCall<T> call) {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (SolrServerException | IOException | RuntimeException e) {
                java.util.Optional<StorageFailure> storage = StorageFailure.of(e);
                if (storage.isPresent()) {
                    solr.afterStorageFailure(); // a later batch (serve --watch) may then succeed once there is space
                    throw new IndexStorageException(storage.get(), storage.get().explain(solr.storage(), what), e);
                }
                boolean transientFailure = RetryPolicy.isTransient(e);
                if (!transientFailure || attempt >= retry.maxAttempts()) {
                    String tries = attempt == 1 ? "" : " after " + attempt + " attempts in "
                            + (System.nanoTime() - start) / 1_000_000 + " ms";
                    throw new IndexException("Solr failed " + what + tries + ": " + IndexException.brief(e)
                            + (transientFailure ? " (Solr or the cluster stayed unavailable; run the same command again)" : ""), e);
                }
                Duration wait = retry.backoff(attempt);
                retries++;
                LOG.warn("Solr failed {} (attempt {} of {}): {}; retrying in {} ms", what, attempt, retry.maxAttempts(),
                        e.getMessage(), wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IndexException("Interrupted while " + what, e);
                }
            }
        }
    }
}
