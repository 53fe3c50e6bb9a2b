package org.dossier.search;

import static org.dossier.solr.SolrFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.dossier.model.Passage;
import org.dossier.search.query.FilterStep;
import org.dossier.search.query.FilterTags;
import org.dossier.search.query.LimitsStep;
import org.dossier.search.query.PagingStep;
import org.dossier.search.query.TextQueryStep;

/**
 * "Who said what, where exactly": search over passages (speaker turns, or paragraphs) with every
 * document filter, through the {@code /passages} handler. Facets come from Solr's JSON facets so
 * the speaker facet can count passages while the others count distinct documents.
 */
public final class PassageService {
    private static final String SPEAKER_FACET = "speaker";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SolrExecutor solr;
    private final SearchConfig config;

    public PassageService(SearchService search) {
        this.solr = search.executor();
        this.config = search.config();
    }

    public PassageResponse search(SearchRequest request) {
        long start = System.nanoTime();
        SolrQuery query = new SolrQuery();
        new TextQueryStep().apply(request, query);
        new FilterStep(config).apply(request, query);
        new PagingStep().apply(request, query);
        new LimitsStep(config).apply(request, query);
        query.set("sort", sort(request));
        query.setFields(ID, PARENT_ID, PARENT_TITLE, DATE, YEAR, KIND, SOURCE, SPEAKER, START_SECONDS, POSITION);
        query.setHighlight(true);
        query.set("hl.fl", PASSAGE_TEXT);
        query.set("hl.bs.type", "WHOLE");
        query.setHighlightSnippets(1);
        query.set("hl.defaultSummary", true);
        query.set("hl.maxAnalyzedChars", 100_000);
        if (!request.hasQuery()) {
            query.set("hl.q", "*:*");
        }
        query.set("json.facet", facets());
        QueryResponse response = solr.queryPassages(query);
        List<PassageHit> hits = new ArrayList<>();
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        for (SolrDocument doc : response.getResults()) {
            String id = SolrResponseMapper.string(doc, ID);
            List<String> text = highlighting == null ? List.of()
                    : highlighting.getOrDefault(id, Map.of()).getOrDefault(PASSAGE_TEXT, List.of());
            hits.add(new PassageHit(id, SolrResponseMapper.string(doc, PARENT_ID), SolrResponseMapper.string(doc, PARENT_TITLE),
                    SolrResponseMapper.date(doc), SolrResponseMapper.integer(doc, YEAR), SolrResponseMapper.string(doc, KIND),
                    SolrResponseMapper.string(doc, SOURCE), SolrResponseMapper.string(doc, SPEAKER),
                    SolrResponseMapper.integer(doc, START_SECONDS), SolrResponseMapper.integer(doc, POSITION),
                    text.isEmpty() ? "" : text.get(0)));
        }
        long total = response.getResults().getNumFound();
        NamedList<?> header = response.getResponseHeader();
        boolean partial = header != null && Boolean.TRUE.equals(header.get("partialResults"));
        return new PassageResponse(total, request.page(), request.pageSize(), (total + request.pageSize() - 1) / request.pageSize(),
                (System.nanoTime() - start) / 1_000_000, partial, hits, facetValues(request, response));
    }

    /** A document's passages in order, for the document view's transcript. */
    List<Passage> passagesOf(String documentId) {
        SolrQuery query = new SolrQuery();
        query.addFilterQuery("{!term f=" + PARENT_ID + " v=$docId}");
        query.set("docId", documentId);
        query.set("sort", POSITION + " asc");
        query.setRows(10_000);
        query.setFields(POSITION, SPEAKER, START_SECONDS, PASSAGE_TEXT);
        List<Passage> passages = new ArrayList<>();
        for (SolrDocument doc : solr.queryPassages(query).getResults()) {
            passages.add(new Passage(SolrResponseMapper.integer(doc, POSITION), SolrResponseMapper.string(doc, SPEAKER),
                    SolrResponseMapper.integer(doc, START_SECONDS), SolrResponseMapper.string(doc, PASSAGE_TEXT)));
        }
        return passages;
    }

    private static String sort(SearchRequest request) {
        String name = request.sort().name();
        return switch (name) {
            case "newest" -> DATE + " desc, " + PARENT_ID + " asc, " + POSITION + " asc";
            case "oldest" -> DATE + " asc, " + PARENT_ID + " asc, " + POSITION + " asc";
            case "relevance" -> request.hasQuery() ? "score desc, " + ID + " asc" : DATE + " desc, " + PARENT_ID + " asc, " + POSITION + " asc";
            default -> throw new InvalidRequestException("sort", "Passages can be sorted by relevance, newest or oldest, not '" + name + "'.");
        };
    }

    /** Every declared facet, each ignoring its own filters; all but the speaker count documents. */
    private String facets() {
        Map<String, Object> facets = new LinkedHashMap<>();
        for (FacetSpec facet : config.facets()) {
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("type", "terms");
            terms.put("field", facet.field());
            terms.put("limit", facet.limit());
            terms.put("mincount", 1);
            terms.put("domain", Map.of("excludeTags", FilterTags.of(facet.name())));
            if (!facet.name().equals(SPEAKER_FACET)) {
                terms.put("facet", Map.of("documents", "unique(" + PARENT_ID + ")"));
                terms.put("sort", "documents desc");
            }
            facets.put(facet.name(), terms);
        }
        try {
            return JSON.writeValueAsString(facets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, List<FacetValue>> facetValues(SearchRequest request, QueryResponse response) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        Object raw = response.getResponse().get("facets");
        NamedList<?> facets = raw instanceof NamedList<?> nl ? nl : null;
        for (FacetSpec facet : config.facets()) {
            List<FacetValue> values = new ArrayList<>();
            Object entry = facets == null ? null : facets.get(facet.name());
            if (entry instanceof NamedList<?> f && f.get("buckets") instanceof List<?> buckets) {
                for (Object b : buckets) {
                    NamedList<?> bucket = (NamedList<?>) b;
                    String value = String.valueOf(bucket.get("val"));
                    Object count = facet.name().equals(SPEAKER_FACET) ? bucket.get("count") : bucket.get("documents");
                    values.add(new FacetValue(value, count instanceof Number n ? n.longValue() : 0,
                            request.selected(facet.name()).contains(value), request.excluded(facet.name()).contains(value)));
                }
            }
            result.put(facet.name(), values);
        }
        return result;
    }
}
