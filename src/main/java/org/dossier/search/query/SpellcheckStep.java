package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchRequest;

/**
 * Asks for a corrected query ("did you mean"). Collations are tried against the index with the
 * same filters, so a suggestion is only made when it finds something.
 */
public final class SpellcheckStep implements QueryStep {
    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        if (!request.hasQuery()) {
            return;
        }
        solr.set("spellcheck", true);
        solr.set("spellcheck.q", request.query());
        solr.set("spellcheck.count", 5);
        solr.set("spellcheck.collate", true);
        solr.set("spellcheck.maxCollations", 1);
        solr.set("spellcheck.maxCollationTries", 5);
        solr.set("spellcheck.collateExtendedResults", true);
    }
}
