package org.dossier.search.query;

import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.FacetSpec;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/**
 * One filter query per filtered facet, built with the terms query parser so values are matched
 * exactly and never parsed as query syntax: selected values are ORed, facets ANDed, excluded
 * values removed. The year range is a numeric range built from validated integers. Each filter
 * carries its facet's tag, so that facet's own counts can ignore it (multi-select).
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
            List<String> selected = request.selected(facet.name());
            if (!selected.isEmpty()) {
                solr.addFilterQuery(terms(facet, selected));
            }
            List<String> excluded = request.excluded(facet.name());
            if (!excluded.isEmpty()) {
                // the negative clause goes in a parameter of its own: no quoting of values inside local params
                String param = "fq." + facet.name() + ".not";
                solr.set(param, terms(facet, excluded));
                solr.addFilterQuery("{!bool tag=" + FilterTags.of(facet.name()) + " must=$fq.all must_not=$" + param + "}");
                solr.set("fq.all", "*:*");
            }
        }
        SearchRequest.Range range = request.range();
        if (config.range() != null && range.isSet()) {
            FacetSpec facet = config.facet(config.range().facet()).orElseThrow();
            solr.addFilterQuery("{!lucene tag=" + FilterTags.of(facet.name()) + "}" + facet.field() + ":["
                    + (range.from() == null ? "*" : range.from()) + " TO " + (range.to() == null ? "*" : range.to()) + "]");
        }
    }

    static String terms(FacetSpec facet, List<String> values) {
        return "{!terms tag=" + FilterTags.of(facet.name()) + " f=" + facet.field()
                + " separator=\"" + SEPARATOR + "\"}" + String.join(SEPARATOR, values);
    }
}
