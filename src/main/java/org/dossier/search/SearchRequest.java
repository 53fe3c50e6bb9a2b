package org.dossier.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: the user's query text (empty means every document), the selected and the
 * excluded values of each facet (selected values OR within a facet; facets AND together), an
 * optional inclusive range on the range facet (the year), the page and the sort.
 */
public record SearchRequest(
        String query,
        Map<String, List<String>> filters,
        Map<String, List<String>> exclusions,
        Range range,
        int page,
        int pageSize,
        SortSpec sort) {

    /** Inclusive bounds; either may be null for an open end. */
    public record Range(Integer from, Integer to) {
        public static final Range NONE = new Range(null, null);

        public boolean isSet() {
            return from != null || to != null;
        }
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = copy(filters);
        exclusions = copy(exclusions);
        range = range == null ? Range.NONE : range;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((facet, list) -> copy.put(facet, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    /** The values selected for a facet, empty when it is not filtered. */
    public List<String> selected(String facet) {
        return filters.getOrDefault(facet, List.of());
    }

    /** The values excluded from a facet. */
    public List<String> excluded(String facet) {
        return exclusions.getOrDefault(facet, List.of());
    }

    /** Zero-based offset of the first hit of this page. */
    public int offset() {
        return (page - 1) * pageSize;
    }

    /** The same search on another page or with another page size. */
    public SearchRequest withPaging(int newPage, int newPageSize) {
        return new SearchRequest(query, filters, exclusions, range, newPage, newPageSize, sort);
    }

    /** The same search in another order. */
    public SearchRequest withSort(SortSpec newSort) {
        return new SearchRequest(query, filters, exclusions, range, page, pageSize, newSort);
    }
}
