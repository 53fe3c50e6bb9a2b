package org.dossier.search;

import static org.dossier.solr.SolrFields.ID;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.dossier.search.query.FieldListStep;
import org.dossier.search.query.SolrQueryPipeline;
import org.dossier.solr.SolrConnection;

/** Searches, reads documents and finds similar ones through SolrJ; knows nothing of HTTP. */
public final class SearchService {
    /** How long the corpus's year range may be reused before it is asked again. */
    private static final Duration STATS_TTL = Duration.ofSeconds(5);

    private final SolrExecutor solr;
    private final SearchConfig config;
    private final SolrQueryPipeline pipeline;
    private final SolrResponseMapper mapper;
    private final PassageService passages;
    private volatile CachedRange corpusRange;

    private record CachedRange(RangeStats stats, long fetchedAtNanos) {}

    public SearchService(SolrConnection solr, SearchConfig config) {
        this.solr = new SolrExecutor(solr);
        this.config = config;
        this.pipeline = SolrQueryPipeline.standard(config);
        this.mapper = new SolrResponseMapper(config);
        this.passages = new PassageService(this);
    }

    public SearchConfig config() {
        return config;
    }

    public SearchResponse search(SearchRequest request) {
        long start = System.nanoTime();
        QueryResponse response = solr.query(pipeline.build(request));
        RangeStats years = corpusRange();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        return mapper.toSearchResponse(request, response, years, elapsedMs);
    }

    /**
     * The stored document with this id, if there is one; with query words, its body and summary
     * come back whole with the matches marked.
     */
    public Optional<DocumentDetail> document(String id, String query) {
        SolrQuery solrQuery = new SolrQuery();
        solrQuery.addFilterQuery("{!term f=" + ID + " v=$docId}");
        solrQuery.set("docId", id);
        solrQuery.setRows(1);
        solrQuery.setFields("*");
        boolean highlight = query != null && !query.isBlank();
        if (highlight) {
            solrQuery.setHighlight(true);
            solrQuery.set("hl.fl", "body,summary");
            solrQuery.set("hl.q", query);
            solrQuery.set("hl.qparser", "edismax"); // never the lucene parser: no local params from users
            solrQuery.set("hl.bs.type", "WHOLE");
            solrQuery.setHighlightSnippets(1);
            solrQuery.set("hl.defaultSummary", false);
        }
        QueryResponse response = solr.query(solrQuery);
        SolrDocumentList docs = response.getResults();
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> marked = highlight && response.getHighlighting() != null
                ? response.getHighlighting().get(id) : null;
        return Optional.of(mapper.toDetail(docs.get(0), marked).withPassages(passages.passagesOf(id)));
    }

    /** Documents like this one (MoreLikeThis over title, summary and body), or empty if it is unknown. */
    public Optional<List<Hit>> similar(String id, int limit) {
        if (document(id, null).isEmpty()) {
            return Optional.empty();
        }
        // the parser's settings live in solrconfig.xml (/similar defaults); only the id comes from here
        SolrQuery query = new SolrQuery("{!mlt qf=$similar.fields mintf=$similar.mintf mindf=$similar.mindf"
                + " minwl=$similar.minwl maxqt=$similar.maxqt v=$docId}");
        query.set("docId", id);
        query.setRows(limit);
        query.setFields(FieldListStep.HIT_FIELDS);
        return Optional.of(mapper.hits(solr.query("/similar", query)));
    }

    /** Number of documents in the index. */
    public long count() {
        SolrQuery query = new SolrQuery();
        query.setRows(0);
        return solr.query(query).getResults().getNumFound();
    }

    /** The first and last year in the corpus, cached briefly: it changes only when indexing commits. */
    RangeStats corpusRange() {
        if (config.range() == null) {
            return RangeStats.EMPTY;
        }
        CachedRange cached = corpusRange;
        if (cached != null && System.nanoTime() - cached.fetchedAtNanos() < STATS_TTL.toNanos()) {
            return cached.stats();
        }
        String field = config.facet(config.range().facet()).orElseThrow().field();
        SolrQuery query = new SolrQuery();
        query.setRows(0);
        query.setGetFieldStatistics(true);
        query.set("stats.field", "{!min=true max=true}" + field);
        FieldStatsInfo info = solr.query(query).getFieldStatsInfo().get(field);
        RangeStats stats = info == null || info.getMin() == null ? RangeStats.EMPTY
                : new RangeStats(((Number) info.getMin()).intValue(), ((Number) info.getMax()).intValue());
        corpusRange = new CachedRange(stats, System.nanoTime());
        return stats;
    }

    /** Exposed for services in this package that build on the standard request. */
    SolrQueryPipeline pipeline() {
        return pipeline;
    }

    SolrExecutor executor() {
        return solr;
    }

    SolrResponseMapper mapper() {
        return mapper;
    }
}
