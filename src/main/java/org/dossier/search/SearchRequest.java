package org.dossier.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: the user's query text (empty means every document), the selected values of
 * each facet (OR within a facet, AND across facets), the page and the sort.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int page, int pageSize, SortSpec sort) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    /** The values selected for a facet, empty when it is not filtered. */
    public List<String> selected(String facet) {
        return filters.getOrDefault(facet, List.of());
    }

    /** Zero-based offset of the first hit of this page. */
    public int offset() {
        return (page - 1) * pageSize;
    }
}
