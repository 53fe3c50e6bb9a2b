package org.dossier.search.query;

import static org.dossier.solr.SolrFields.*;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchRequest;

/** Only the fields a hit shows: bodies are large and the snippets carry what is needed of them. */
public final class FieldListStep implements QueryStep {
    public static final String[] HIT_FIELDS = {ID, TITLE, KIND, SOURCE, DATE, YEAR, COUNTRY, TOPIC, SPEAKER};

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        solr.setFields(HIT_FIELDS);
    }
}
