package org.dossier.search.query;

import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.FacetSpec;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/**
 * Counts for every declared facet, each excluding its own filter (multi-select). Selected and
 * excluded values are also counted one by one, so they are in the answer even when they are not
 * among a facet's top values.
 */
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
            List<String> chosen = new java.util.ArrayList<>(request.selected(facet.name()));
            chosen.addAll(request.excluded(facet.name()));
            for (int i = 0; i < chosen.size(); i++) {
                String param = valueParam(facet, i);
                solr.set(param, chosen.get(i));
                solr.addFacetQuery("{!term ex=" + FilterTags.of(facet.name()) + " key=" + valueKey(facet, i)
                        + " f=" + facet.field() + " v=$" + param + "}");
            }
        }
    }

    /** The key under which the count of the i-th chosen value of a facet comes back. */
    public static String valueKey(FacetSpec facet, int i) {
        return "chosen." + facet.name() + "." + i;
    }

    private static String valueParam(FacetSpec facet, int i) {
        return "fv." + facet.name() + "." + i;
    }
}
