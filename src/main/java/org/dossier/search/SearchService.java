package org.dossier.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.dossier.search.query.SolrQueryPipeline;
import org.dossier.solr.SolrConnection;

/** Searches and reads documents through SolrJ; knows nothing of HTTP. */
public final class SearchService {
    private final SolrConnection solr;
    private final SearchConfig config;
    private final SolrQueryPipeline pipeline;
    private final SolrResponseMapper mapper;

    public SearchService(SolrConnection solr, SearchConfig config) {
        this.solr = solr;
        this.config = config;
        this.pipeline = SolrQueryPipeline.standard(config);
        this.mapper = new SolrResponseMapper(config);
    }

    public SearchConfig config() {
        return config;
    }

    public SearchResponse search(SearchRequest request) {
        long start = System.nanoTime();
        SolrQuery query = pipeline.build(request);
        QueryResponse response = execute(query);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        return mapper.toSearchResponse(request, response, elapsedMs);
    }

    /** The stored document with this id, if there is one. */
    public Optional<DocumentDetail> document(String id) {
        try {
            SolrDocument doc = solr.client().getById(solr.collection(), id, new ModifiableSolrParams());
            return Optional.ofNullable(doc).map(mapper::toDetail);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SearchException("Solr could not read document " + id + ": " + e.getMessage(), e);
        }
    }

    /** Number of documents in the index. */
    public long count() {
        SolrQuery query = new SolrQuery();
        query.setRows(0);
        return execute(query).getResults().getNumFound();
    }

    private QueryResponse execute(SolrQuery query) {
        try {
            return solr.client().query(solr.collection(), query);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SearchException("Solr could not answer the search: " + e.getMessage(), e);
        }
    }
}
