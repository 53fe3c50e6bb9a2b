package org.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a passage search. {@code totalHits} counts passages; the {@code speaker} facet
 * counts passages (who says the most about the query), every other facet counts documents.
 */
public record PassageResponse(
        long totalHits,
        int page,
        int pageSize,
        long totalPages,
        long processingTimeMs,
        boolean partial,
        List<PassageHit> hits,
        Map<String, List<FacetValue>> facets) {}
