package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchRequest;
import org.dossier.solr.SolrFields;

/**
 * The chosen order, then the id, so that equal scores or dates come back in the same order on
 * every call and every shard. Without query words every score is equal, so "relevance" means
 * newest first.
 */
public final class SortStep implements QueryStep {
    static final String BROWSING_ORDER = SolrFields.DATE + " desc";

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        String order = request.sort().solr();
        if (!request.hasQuery() && order.startsWith("score")) {
            order = BROWSING_ORDER;
        }
        solr.set("sort", order + ", " + SolrFields.ID + " asc");
    }
}
