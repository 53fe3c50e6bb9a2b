package org.dossier.search.query;

import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/** The steps, in order, that build the Solr request for a search. */
public final class SolrQueryPipeline {
    private final List<QueryStep> steps;

    public SolrQueryPipeline(List<QueryStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public static SolrQueryPipeline standard(SearchConfig config) {
        return new SolrQueryPipeline(List.of(
                new TextQueryStep(),
                new ProximityRerankStep(config),
                new FilterStep(config),
                new FacetStep(config),
                new HighlightStep(config),
                new PagingStep(),
                new SortStep(),
                new FieldListStep(),
                new SpellcheckStep(),
                new LimitsStep(config)));
    }

    public SolrQuery build(SearchRequest request) {
        SolrQuery solr = new SolrQuery();
        for (QueryStep step : steps) {
            step.apply(request, solr);
        }
        return solr;
    }
}
