package org.dossier.search;

import static org.dossier.solr.SolrFields.INDEXED_AT;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.common.util.NamedList;
import org.dossier.solr.SolrConnection;

/** Figures about the index as a whole, for {@code /api/stats}. */
public final class StatsService {
    private final SearchService search;
    private final SolrExecutor solr;

    public StatsService(SearchService search) {
        this.search = search;
        this.solr = search.executor();
    }

    public IndexStats stats() {
        SearchRequest everything = new SearchRequestParser(search.config()).parse(Map.of());
        SearchResponse response = search.search(everything.withPaging(1, 1));
        return new IndexStats(response.totalHits(), passages(), indexSizeBytes(), lastIndexed(),
                solr.connection().describe(), response.facets());
    }

    private long passages() {
        SolrQuery query = new SolrQuery();
        query.setRows(0);
        return solr.queryPassages(query).getResults().getNumFound();
    }

    private Instant lastIndexed() {
        SolrQuery query = new SolrQuery();
        query.setRows(0);
        query.setGetFieldStatistics(true);
        query.set("stats.field", "{!max=true}" + INDEXED_AT);
        FieldStatsInfo info = solr.query(query).getFieldStatsInfo().get(INDEXED_AT);
        return info != null && info.getMax() instanceof Date d ? d.toInstant() : null;
    }

    /**
     * Size of the index on disk, documents and passages, as the cores report it; null where a
     * core's status is not the whole story (a sharded collection) or not available.
     */
    private Long indexSizeBytes() {
        SolrConnection connection = solr.connection();
        try {
            long total = 0;
            for (String collection : connection.collections()) { // documents and passages
                CoreAdminResponse status = CoreAdminRequest.getStatus(collection, connection.client());
                NamedList<Object> core = status.getCoreStatus(collection);
                Object index = core == null ? null : core.get("index");
                Object size = index instanceof NamedList<?> info ? info.get("sizeInBytes") : null;
                if (!(size instanceof Number n)) {
                    return null;
                }
                total += n.longValue();
            }
            return total;
        } catch (Exception e) {
            return null; // a figure for information only: its absence must not fail the stats
        }
    }

}
