package org.dossier.search.query;

import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.FacetSpec;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/**
 * One filter query per filtered facet, built with the terms query parser so values are matched
 * exactly and never parsed as query syntax. Values of one facet are ORed, facets are ANDed.
 */
public final class FilterStep implements QueryStep {
    /** Joins values in the terms parser; the request parser rejects control characters in values. */
    static final String SEPARATOR = "\u001f";

    private final SearchConfig config;

    public FilterStep(SearchConfig config) {
        this.config = config;
    }

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        for (FacetSpec facet : config.facets()) {
            List<String> values = request.selected(facet.name());
            if (!values.isEmpty()) {
                solr.addFilterQuery(termsFilter(facet, values));
            }
        }
    }

    static String termsFilter(FacetSpec facet, List<String> values) {
        return "{!terms tag=" + FilterTags.of(facet.name()) + " f=" + facet.field()
                + " separator=\"" + SEPARATOR + "\"}" + String.join(SEPARATOR, values);
    }
}
