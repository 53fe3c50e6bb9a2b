package org.dossier.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What is in the index: documents, their passages (speaker turns or paragraphs), size on disk,
 * when it last changed, and the facets' values.
 */
public record IndexStats(
        long documents,
        long passages,
        Long indexSizeBytes,
        Instant lastIndexed,
        String engine,
        Map<String, List<FacetValue>> facets) {}
