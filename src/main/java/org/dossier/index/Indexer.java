package org.dossier.index;

import static org.dossier.solr.SolrFields.CHECKSUM;
import static org.dossier.solr.SolrFields.ID;

import java.io.IOException;
import java.time.Clock;
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
import org.dossier.model.Document;
import org.dossier.solr.SolrConnection;

/**
 * Writes documents into Solr in batches. Documents become visible at {@link #commit()}, once per
 * run, because a commit opens a new searcher and is the expensive part of indexing.
 *
 * <p>Ids are stable (ingestion derives them from the file), so re-adding a document replaces it:
 * indexing the same files twice leaves the same number of documents.
 */
public final class Indexer {
    /** How many documents one update request carries: large enough to amortise the request. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final SolrConnection solr;
    private final int batchSize;
    private final Clock clock;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private long added;

    public Indexer(SolrConnection solr) {
        this(solr, DEFAULT_BATCH_SIZE, Clock.systemUTC());
    }

    Indexer(SolrConnection solr, int batchSize, Clock clock) {
        this.solr = solr;
        this.batchSize = batchSize;
        this.clock = clock;
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
        try {
            QueryResponse response = solr.client().query(solr.collection(), query);
            for (SolrDocument doc : response.getResults()) {
                Object checksum = doc.getFirstValue(CHECKSUM);
                checksums.put((String) doc.getFirstValue(ID), checksum == null ? "" : checksum.toString());
            }
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexException("Could not read stored checksums from Solr: " + e.getMessage(), e);
        }
        return checksums;
    }

    /** Queues a document; sends a batch when enough are queued. */
    public void add(Document document) {
        if (document.id() == null || document.id().isBlank()) {
            throw new IllegalArgumentException("A document needs an id to be indexed: " + document.title());
        }
        pending.add(SolrDocumentMapper.toSolr(document, clock.instant()));
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** Sends what is queued and makes every document added so far searchable. */
    public void commit() {
        flush();
        try {
            solr.client().commit(solr.collection(), true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexException("Solr could not commit: " + e.getMessage(), e);
        }
    }

    /** Number of documents sent to Solr by this indexer. */
    public long added() {
        return added;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            solr.client().add(solr.collection(), pending);
            added += pending.size();
            pending.clear();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexException("Solr rejected a batch of " + pending.size() + " documents: " + e.getMessage(), e);
        }
    }
}
