package org.dossier.search;

import java.util.List;
import java.util.Map;

/** The answer to a search: one page of hits and the facet counts of the whole result. */
public record SearchResponse(
        long totalHits,
        int page,
        int pageSize,
        long totalPages,
        long processingTimeMs,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets) {}
