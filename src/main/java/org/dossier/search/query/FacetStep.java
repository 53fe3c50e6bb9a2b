package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.FacetSpec;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/** Counts for every declared facet, each excluding its own filter (multi-select). */
public final class FacetStep implements QueryStep {
    private final SearchConfig config;

    public FacetStep(SearchConfig config) {
        this.config = config;
    }

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        solr.setFacet(true);
        solr.setFacetMinCount(1);
        solr.setFacetSort("count");
        for (FacetSpec facet : config.facets()) {
            solr.addFacetField("{!ex=" + FilterTags.of(facet.name()) + " key=" + facet.name()
                    + " facet.limit=" + facet.limit() + "}" + facet.field());
        }
    }
}
