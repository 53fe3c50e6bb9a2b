package org.dossier.search;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.SolrParams;
import org.dossier.solr.SolrConnection;

/** Runs queries against the connection's collections, turning Solr's failures into one exception. */
final class SolrExecutor {
    private final SolrConnection solr;

    SolrExecutor(SolrConnection solr) {
        this.solr = solr;
    }

    QueryResponse query(SolrParams params) {
        return query("/select", params);
    }

    QueryResponse query(String handler, SolrParams params) {
        return query(solr.collection(), handler, params);
    }

    /** A query to the passage collection's {@code /passages} handler. */
    QueryResponse queryPassages(SolrParams params) {
        return query(solr.passageCollection(), "/passages", params);
    }

    private QueryResponse query(String collection, String handler, SolrParams params) {
        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        request.setPath(handler);
        Timer.Sample sample = Timer.start();
        String outcome = "error";
        try {
            QueryResponse response = request.process(solr.client(), collection);
            outcome = "ok";
            return response;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SearchException("Solr could not answer: " + e.getMessage(), e);
        } finally {
            // Micrometer's global registry: whoever exposes metrics (the web layer) registers there
            sample.stop(Metrics.timer("dossier.solr.requests", "handler", handler, "outcome", outcome));
        }
    }

    SolrConnection connection() {
        return solr;
    }
}
