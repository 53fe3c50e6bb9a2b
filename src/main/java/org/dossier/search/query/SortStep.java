package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchRequest;
import org.dossier.solr.SolrFields;

/**
 * The chosen order, then the id, so that equal scores or dates come back in the same order on
 * every call and every shard.
 */
public final class SortStep implements QueryStep {
    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        solr.set("sort", request.sort().solr() + ", " + SolrFields.ID + " asc");
    }
}
