package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchRequest;

/**
 * The user's words. Parser and fields are fixed in solrconfig.xml (edismax invariants), so the
 * text is passed as is; an empty query falls back to {@code q.alt}, every document.
 */
public final class TextQueryStep implements QueryStep {
    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        if (request.hasQuery()) {
            solr.setQuery(request.query());
        }
    }
}
