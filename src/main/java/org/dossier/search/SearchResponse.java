package org.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: one page of hits, the facet counts of the whole result, the year
 * histogram over the corpus's years (ignoring the year filters), "did you mean", and whether
 * Solr's time limit cut the search short.
 */
public record SearchResponse(
        long totalHits,
        int page,
        int pageSize,
        long totalPages,
        long processingTimeMs,
        boolean partial,
        String didYouMean,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        List<YearCount> yearHistogram,
        Map<String, RangeStats> facetStats) {}
