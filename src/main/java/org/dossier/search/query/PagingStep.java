package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchRequest;

/** The window of hits for the requested page. */
public final class PagingStep implements QueryStep {
    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        solr.setStart(request.offset());
        solr.setRows(request.pageSize());
    }
}
