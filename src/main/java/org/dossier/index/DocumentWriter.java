package org.dossier.index;

import java.io.IOException;
import java.time.Clock;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.dossier.model.Document;
import org.dossier.solr.SolrConnection;

/**
 * Single-document writes for the HTTP API. Each write is committed before it returns, so what a
 * client was told is stored is durable and searchable; the cost is one commit per write, which is
 * fine for documents added by hand (bulk loads go through {@link Indexer}).
 */
public final class DocumentWriter {
    private final SolrConnection solr;
    private final Clock clock;

    public DocumentWriter(SolrConnection solr) {
        this.solr = solr;
        this.clock = Clock.systemUTC();
    }

    /** Adds or replaces the document with this id. */
    public void put(Document document) {
        if (document.id() == null || document.id().isBlank()) {
            throw new IllegalArgumentException("A document needs an id to be stored");
        }
        try {
            solr.client().add(solr.collection(), SolrDocumentMapper.toSolr(document, clock.instant()));
            solr.client().commit(solr.collection(), true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexException("Solr could not store document " + document.id() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the document with this id; false when there was none. */
    public boolean delete(String id) {
        try {
            ModifiableSolrParams params = new ModifiableSolrParams();
            boolean existed = solr.client().getById(solr.collection(), id, params) != null;
            if (existed) {
                solr.client().deleteById(solr.collection(), id);
                solr.client().commit(solr.collection(), true, true);
            }
            return existed;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexException("Solr could not delete document " + id + ": " + e.getMessage(), e);
        }
    }
}
