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
        if (config.faceting().threads() > 0) {
            solr.set("facet.threads", config.faceting().threads());
        }
        for (FacetSpec facet : config.facets()) {
            solr.addFacetField("{!ex=" + FilterTags.of(facet.name()) + " key=" + facet.name() + "}" + facet.field());
            // a per-field parameter, not a local param: a sharded collection ignores a local facet.limit
            // when it merges the shards' counts (and then returns up to 100 values)
            solr.set("f." + facet.field() + ".facet.limit", facet.limit());
            if (facet.method() != null) {
                solr.set("f." + facet.field() + ".facet.method", facet.method());
            }
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
