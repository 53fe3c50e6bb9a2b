package org.dossier.search;

import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.dossier.search.query.FilterStep;
import org.dossier.search.query.ProximityRerankStep;
import org.dossier.search.query.SortStep;
import org.dossier.search.query.TextQueryStep;
import org.dossier.solr.SolrFields;

/**
 * Every document of a search, in the search's order, fetched with Solr's cursorMark in fixed-size
 * pages: memory stays constant and deep results cost no more than the first ones.
 */
public final class Exporter {
    static final int PAGE = 500;

    private final SolrExecutor solr;
    private final SearchConfig config;
    private final SolrResponseMapper mapper;

    public Exporter(SearchService search) {
        this.solr = search.executor();
        this.config = search.config();
        this.mapper = search.mapper();
    }

    /** Hands every matching document to {@code sink}, in order; returns how many there were. */
    public long export(SearchRequest request, Consumer<ExportedDocument> sink) {
        SolrQuery query = new SolrQuery();
        new TextQueryStep().apply(request, query);
        new FilterStep(config).apply(request, query);
        new SortStep().apply(request, query); // always ends in the unique id, as cursors require
        query.setFields("*");
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        long count = 0;
        ProximityRerankStep proximity = new ProximityRerankStep(config);
        if (proximity.reranks(request)) {
            // A cursor cannot follow a rerank, which reorders only the best documents: those come
            // as the search has them, and the cursor takes over after them, where the orders agree.
            SolrQuery best = query.getCopy();
            proximity.apply(request, best);
            best.setRows(proximity.documents());
            count += emit(solr.query(best), sink);
            if (count < proximity.documents()) {
                return count;
            }
            SolrQuery skip = query.getCopy();
            skip.setFields(SolrFields.ID);
            skip.setRows(proximity.documents());
            skip.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            cursor = solr.query(skip).getNextCursorMark();
        }
        query.setRows(PAGE);
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = solr.query(query);
            count += emit(response, sink);
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return count;
            }
            cursor = next;
        }
    }

    private long emit(QueryResponse response, Consumer<ExportedDocument> sink) {
        for (SolrDocument doc : response.getResults()) {
            sink.accept(ExportedDocument.of(mapper.toDetail(doc, null)));
        }
        return response.getResults().size();
    }
}
