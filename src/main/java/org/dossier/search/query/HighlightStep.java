package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/**
 * Snippets from the body and the whole title, with matches in {@code <mark>} (tags and HTML
 * escaping are set in solrconfig.xml). Without query words there is nothing to mark, so the
 * opening of the body serves as the snippet and the title comes back escaped.
 */
public final class HighlightStep implements QueryStep {
    private final SearchConfig config;

    public HighlightStep(SearchConfig config) {
        this.config = config;
    }

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        String body = config.highlight().field();
        String title = config.highlight().titleField();
        solr.setHighlight(true);
        solr.set("hl.fl", body + "," + title);
        solr.setHighlightSnippets(config.highlight().snippets());
        solr.set("hl.defaultSummary", true);
        solr.set("f." + title + ".hl.bs.type", "WHOLE");
        solr.set("f." + title + ".hl.snippets", 1);
        if (!request.hasQuery()) {
            solr.set("hl.q", "*:*");
            solr.setHighlightSnippets(1);
        }
    }
}
