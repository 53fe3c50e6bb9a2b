package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/**
 * Snippets from the body with matches in {@code <mark>} (tags and HTML escaping are set in
 * solrconfig.xml). Without query words there is nothing to mark, so the opening of the body
 * serves as the snippet.
 */
public final class HighlightStep implements QueryStep {
    private final SearchConfig config;

    public HighlightStep(SearchConfig config) {
        this.config = config;
    }

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        solr.setHighlight(true);
        solr.set("hl.fl", config.highlight().field());
        solr.setHighlightSnippets(config.highlight().snippets());
        solr.set("hl.defaultSummary", true);
        if (!request.hasQuery()) {
            solr.set("hl.q", "*:*");
            solr.setHighlightSnippets(1);
        }
    }
}
