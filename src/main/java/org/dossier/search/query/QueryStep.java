package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchRequest;

/** One named stage of turning a {@link SearchRequest} into Solr parameters. */
@FunctionalInterface
public interface QueryStep {
    void apply(SearchRequest request, SolrQuery solr);
}
