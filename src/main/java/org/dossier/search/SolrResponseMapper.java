package org.dossier.search;

import static org.dossier.solr.SolrFields.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/** Maps Solr's answers, once, into the plain records the API and the page share. */
final class SolrResponseMapper {
    private final SearchConfig config;

    SolrResponseMapper(SearchConfig config) {
        this.config = config;
    }

    SearchResponse toSearchResponse(SearchRequest request, QueryResponse response, long elapsedMs) {
        SolrDocumentList results = response.getResults();
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        List<Hit> hits = new ArrayList<>(results.size());
        for (SolrDocument doc : results) {
            String id = string(doc, ID);
            List<String> snippets = highlighting == null ? List.of()
                    : highlighting.getOrDefault(id, Map.of()).getOrDefault(config.highlight().field(), List.of());
            hits.add(new Hit(id, string(doc, TITLE), string(doc, KIND), string(doc, SOURCE), date(doc),
                    integer(doc, YEAR), strings(doc, COUNTRY), strings(doc, TOPIC), strings(doc, SPEAKER),
                    List.copyOf(snippets)));
        }
        long total = results.getNumFound();
        long totalPages = (total + request.pageSize() - 1) / request.pageSize();
        return new SearchResponse(total, request.page(), request.pageSize(), totalPages, elapsedMs, hits,
                facets(request, response));
    }

    private Map<String, List<FacetValue>> facets(SearchRequest request, QueryResponse response) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (FacetSpec spec : config.facets()) {
            FacetField field = response.getFacetField(spec.name());
            List<FacetValue> values = new ArrayList<>();
            List<String> selected = request.selected(spec.name());
            if (field != null) {
                for (FacetField.Count count : field.getValues()) {
                    values.add(new FacetValue(count.getName(), count.getCount(), selected.contains(count.getName())));
                }
            }
            facets.put(spec.name(), values);
        }
        return facets;
    }

    DocumentDetail toDetail(SolrDocument doc) {
        String path = string(doc, SOURCE_PATH);
        return new DocumentDetail(string(doc, ID), string(doc, TITLE), string(doc, KIND), string(doc, SOURCE),
                string(doc, URL), date(doc), integer(doc, YEAR), strings(doc, COUNTRY), strings(doc, TOPIC),
                strings(doc, SPEAKER), string(doc, LANGUAGE), string(doc, SUMMARY), strings(doc, CHAPTERS),
                string(doc, BODY), path == null ? null : Path.of(path).getFileName().toString());
    }

    private static String string(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    private static Integer integer(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value instanceof Number n ? n.intValue() : null;
    }

    private static LocalDate date(SolrDocument doc) {
        Object value = doc.getFirstValue(DATE);
        return value instanceof Date d ? LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC) : null;
    }

    private static List<String> strings(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }
}
