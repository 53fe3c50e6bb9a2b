package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/** A time limit on every search: a pathological query returns partial results, flagged, not never. */
public final class LimitsStep implements QueryStep {
    private final SearchConfig config;

    public LimitsStep(SearchConfig config) {
        this.config = config;
    }

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        solr.setTimeAllowed(config.query().timeAllowedMs());
    }
}
