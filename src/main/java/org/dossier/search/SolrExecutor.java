package org.dossier.search;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.SolrParams;
import org.dossier.solr.SolrConnection;

/** Runs queries against the connection's collection, turning Solr's failures into one exception. */
final class SolrExecutor {
    private final SolrConnection solr;

    SolrExecutor(SolrConnection solr) {
        this.solr = solr;
    }

    QueryResponse query(SolrParams params) {
        return query("/select", params);
    }

    QueryResponse query(String handler, SolrParams params) {
        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        request.setPath(handler);
        try {
            return request.process(solr.client(), solr.collection());
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SearchException("Solr could not answer: " + e.getMessage(), e);
        }
    }

    SolrConnection connection() {
        return solr;
    }
}
