package org.dossier.search;

import static org.dossier.solr.SolrFields.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.dossier.search.query.FacetStep;
import org.jsoup.nodes.Entities;

/** Maps Solr's answers, once, into the plain records the API and the page share. */
final class SolrResponseMapper {
    private final SearchConfig config;

    SolrResponseMapper(SearchConfig config) {
        this.config = config;
    }

    SearchResponse toSearchResponse(SearchRequest request, QueryResponse response, RangeStats corpusYears, long elapsedMs) {
        SolrDocumentList results = response.getResults();
        List<Hit> hits = hits(response);
        long total = results.getNumFound();
        long totalPages = (total + request.pageSize() - 1) / request.pageSize();
        Map<String, List<FacetValue>> facets = facets(request, response);
        Map<String, RangeStats> stats = new LinkedHashMap<>();
        List<YearCount> histogram = List.of();
        if (config.range() != null) {
            stats.put(config.range().facet(), corpusYears);
            histogram = histogram(facets.get(config.range().facet()), corpusYears);
        }
        return new SearchResponse(total, request.page(), request.pageSize(), totalPages, elapsedMs,
                isPartial(response), didYouMean(response, total), hits, facets, histogram, stats);
    }

    List<Hit> hits(QueryResponse response) {
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        List<Hit> hits = new ArrayList<>(response.getResults().size());
        for (SolrDocument doc : response.getResults()) {
            String id = string(doc, ID);
            Map<String, List<String>> marked = highlighting == null ? Map.of() : highlighting.getOrDefault(id, Map.of());
            String title = string(doc, TITLE);
            List<String> titles = marked.getOrDefault(config.highlight().titleField(), List.of());
            String highlightedTitle = titles.isEmpty() ? escape(title) : titles.get(0);
            hits.add(new Hit(id, title, highlightedTitle, string(doc, KIND), string(doc, SOURCE), date(doc),
                    integer(doc, YEAR), strings(doc, COUNTRY), strings(doc, TOPIC), strings(doc, SPEAKER),
                    List.copyOf(marked.getOrDefault(config.highlight().field(), List.of()))));
        }
        return hits;
    }

    private Map<String, List<FacetValue>> facets(SearchRequest request, QueryResponse response) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        Map<String, Integer> chosenCounts = response.getFacetQuery() == null ? Map.of() : response.getFacetQuery();
        for (FacetSpec spec : config.facets()) {
            FacetField field = response.getFacetField(spec.name());
            List<String> selected = request.selected(spec.name());
            List<String> excluded = request.excluded(spec.name());
            List<FacetValue> values = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            if (field != null) {
                for (FacetField.Count count : field.getValues()) {
                    values.add(new FacetValue(count.getName(), count.getCount(),
                            selected.contains(count.getName()), excluded.contains(count.getName())));
                    seen.add(count.getName());
                }
            }
            List<String> chosen = new ArrayList<>(selected);
            chosen.addAll(excluded);
            for (int i = 0; i < chosen.size(); i++) {
                String value = chosen.get(i);
                if (!seen.contains(value)) {
                    Integer count = chosenCounts.get(FacetStep.valueKey(spec, i));
                    values.add(new FacetValue(value, count == null ? 0 : count, selected.contains(value), excluded.contains(value)));
                }
            }
            facets.put(spec.name(), values);
        }
        return facets;
    }

    /** Every year from the corpus's first to its last, zeros included, for a timeline. */
    private List<YearCount> histogram(List<FacetValue> yearFacet, RangeStats corpus) {
        if (corpus.min() == null || corpus.max() - corpus.min() > config.range().maxSpan()) {
            return List.of();
        }
        Map<Integer, Long> counts = new HashMap<>();
        for (FacetValue value : yearFacet) {
            counts.put(Integer.parseInt(value.value()), value.count());
        }
        List<YearCount> histogram = new ArrayList<>();
        for (int year = corpus.min(); year <= corpus.max(); year++) {
            histogram.add(new YearCount(year, counts.getOrDefault(year, 0L)));
        }
        return histogram;
    }

    private String didYouMean(QueryResponse response, long totalHits) {
        SpellCheckResponse spelling = response.getSpellCheckResponse();
        if (spelling == null || totalHits > config.spellcheck().whenHitsAtMost() || spelling.getCollatedResults() == null) {
            return null;
        }
        return spelling.getCollatedResults().stream()
                .filter(c -> c.getNumberOfHits() > totalHits)
                .map(SpellCheckResponse.Collation::getCollationQueryString)
                .findFirst().orElse(null);
    }

    private static boolean isPartial(QueryResponse response) {
        NamedList<?> header = response.getResponseHeader();
        return header != null && Boolean.TRUE.equals(header.get("partialResults"));
    }

    DocumentDetail toDetail(SolrDocument doc, Map<String, List<String>> highlighted) {
        String path = string(doc, SOURCE_PATH);
        return new DocumentDetail(string(doc, ID), string(doc, TITLE), string(doc, KIND), string(doc, SOURCE),
                string(doc, URL), date(doc), integer(doc, YEAR), strings(doc, COUNTRY), strings(doc, TOPIC),
                strings(doc, SPEAKER), string(doc, LANGUAGE), string(doc, SUMMARY), strings(doc, CHAPTERS),
                string(doc, BODY), path == null ? null : Path.of(path).getFileName().toString(),
                first(highlighted, BODY), first(highlighted, SUMMARY));
    }

    private static String first(Map<String, List<String>> highlighted, String field) {
        if (highlighted == null) {
            return null;
        }
        List<String> values = highlighted.getOrDefault(field, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    /** The same escaping Solr's html encoder applies, for titles that had nothing to mark. */
    static String escape(String text) {
        return text == null ? null : Entities.escape(text);
    }

    static String string(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    static Integer integer(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value instanceof Number n ? n.intValue() : null;
    }

    static LocalDate date(SolrDocument doc) {
        Object value = doc.getFirstValue(DATE);
        return value instanceof Date d ? LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC) : null;
    }

    static List<String> strings(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }
}
