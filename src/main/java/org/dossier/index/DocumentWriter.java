package org.dossier.index;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
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
            // passages before their document, as Indexer does: a document never shows without them
            solr.client().deleteByQuery(solr.passageCollection(), passagesOf(document.id()));
            List<SolrInputDocument> passages = SolrDocumentMapper.passages(document, clock.instant());
            if (!passages.isEmpty()) {
                solr.client().add(solr.passageCollection(), passages);
            }
            solr.client().commit(solr.passageCollection(), true, true);
            solr.client().add(solr.collection(), SolrDocumentMapper.toSolr(document, clock.instant()));
            solr.client().commit(solr.collection(), true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failure("storing document " + document.id(), e);
        }
    }

    private IndexException failure(String doing, Exception e) {
        return IndexException.of(solr, doing, e, "");
    }

    private static String passagesOf(String id) {
        return Indexer.passagesOf(List.of(id));
    }

    /** Deletes the document with this id; false when there was none. */
    public boolean delete(String id) {
        try {
            ModifiableSolrParams params = new ModifiableSolrParams();
            boolean existed = solr.client().getById(solr.collection(), id, params) != null;
            if (existed) {
                solr.client().deleteById(solr.collection(), id);
                solr.client().commit(solr.collection(), true, true);
                solr.client().deleteByQuery(solr.passageCollection(), passagesOf(id));
                solr.client().commit(solr.passageCollection(), true, true);
            }
            return existed;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failure("deleting document " + id, e);
        }
    }
}
